package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.langcheck.AcceptedTerms;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;

/** The terminology matcher answers the language checks' question "is this a glossary form?" through the seam. */
class GlossaryAcceptanceTest {

    private static Glossary glossary(Path dir) throws IOException {
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, "id,type,en,ru,ar\n"
                + "egypt,place,Egypt,Египет,مصر\n"
                + "unsc,organisation,Security Council,Совет Безопасности|Совбез [deprecated],مجلس الأمن\n");
        GlossaryLoad g = GlossaryFiles.read(csv);
        assertTrue(g.problems().isEmpty(), g.problems().toString());
        return g.glossary();
    }

    @Test
    void formsOnlyTheMatcherKnowsAreAccepted(@TempDir Path dir) throws IOException {
        Glossary g = glossary(dir);
        AcceptedTerms words = AcceptedTerms.of(List.of("Egypt", "Египет", "Совет Безопасности", "Совбез"));
        // Египта: the dictionary's lemma is Египет, but a light stem of it is not (the vowel drops out).
        assertFalse(words.acceptsSpan(Language.RUSSIAN, "Египта"), "the word lists alone do not know it");
        AcceptedTerms accepted = GlossaryAcceptance.of(g);
        assertTrue(accepted.acceptsSpan(Language.RUSSIAN, "Египта"));
        assertTrue(accepted.acceptsSpan(Language.RUSSIAN, "Совбеза"), "a deprecated term is no misspelling");
        assertTrue(accepted.acceptsSpan(Language.ARABIC, "ومصر"));
        assertFalse(accepted.acceptsSpan(Language.RUSSIAN, "Египтом фараонов"), "only spans the matcher finds whole");
    }

    @Test
    void anEmptyGlossaryAcceptsNothing() {
        assertSame(AcceptedTerms.none(), GlossaryAcceptance.of(Glossary.empty("none")));
    }
}
