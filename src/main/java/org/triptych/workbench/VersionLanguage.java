package org.triptych.workbench;

import java.util.Optional;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.text.LanguageGuesser;

/**
 * Whether an imported version looks like another language than the column it was opened in (a Russian file opened as
 * the English version), and which: the same guess as the importer's warning, as a language the project can open the
 * file as instead.
 */
public final class VersionLanguage {

    private VersionLanguage() {
    }

    /** The language {@code version} looks like when that is not its own and is one a column can hold; else empty. */
    public static Optional<Language> otherThanOpened(DocumentVersion version) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : version.paragraphs()) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        Optional<String> guess = LanguageGuesser.guess(sample.toString());
        if (guess.isEmpty() || guess.get().equals(version.language().code()) || guess.get().startsWith("und")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.of(guess.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "Russian": the language's name as a person reads it in English. */
    public static String describe(Language l) {
        return LanguageGuesser.describe(l.code());
    }
}
