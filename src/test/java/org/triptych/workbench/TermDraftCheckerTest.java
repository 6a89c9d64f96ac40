package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;

/** The terminology checks reach MT drafts through the MT engine's own seam; back-translations are left alone. */
class TermDraftCheckerTest {

    private static TermDraftChecker checker() throws URISyntaxException {
        GlossaryLoad g = GlossaryFiles.read(Path.of(TermDraftCheckerTest.class.getResource("/terms/check-glossary.csv").toURI()));
        assertTrue(g.problems().isEmpty(), g.problems().toString());
        return new TermDraftChecker(g.glossary());
    }

    @Test
    void aDraftFromEnglishIsCheckedAgainstTheGlossary() throws URISyntaxException {
        List<Finding> findings = checker().check(3, Language.ENGLISH, "Bogdanov arrived in Damascus.",
                Language.RUSSIAN, "Богдан прибыл в Дамаск.");
        assertEquals(List.of("missing:bogdanov"), findings.stream().map(f -> f.kind() + ":" + f.concept()).toList());
        assertEquals(3, findings.get(0).unit());
        assertEquals(List.of(), checker().check(3, Language.ENGLISH, "Bogdanov arrived in Damascus.",
                Language.RUSSIAN, "Богданов прибыл в Дамаск."));
    }

    @Test
    void aBackTranslationIntoEnglishIsNotChecked() throws URISyntaxException {
        assertEquals(List.of(), checker().check(0, Language.RUSSIAN, "Богдан прибыл в Дамаск.", Language.ENGLISH,
                "Bogdan arrived in Damascus."));
    }
}
