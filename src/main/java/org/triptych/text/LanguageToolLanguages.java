package org.triptych.text;

import org.languagetool.Languages;

/**
 * The one way Triptych obtains LanguageTool's language objects. LanguageTool 6 allows a single instance of some
 * languages per JVM ({@code new Russian()} a second time throws "Language was already instantiated"), so the
 * segmenter, the morphology, the inflector and the language checks must all share the registered instances.
 */
public final class LanguageToolLanguages {

    private LanguageToolLanguages() {
    }

    /** The shared instance for a language's profile (its default variant), or null if it has no LanguageTool module. */
    public static org.languagetool.Language forLanguage(org.triptych.model.Language language) {
        return LanguageProfile.of(language).languageTool().map(s -> forCode(s.defaultVariant())).orElse(null);
    }

    /** The shared instance for a LanguageTool code such as {@code en-US}, {@code ru}, {@code ar}, or null if absent. */
    public static org.languagetool.Language forCode(String code) {
        return Languages.isLanguageSupported(code) ? Languages.getLanguageForShortCode(code) : null;
    }
}
