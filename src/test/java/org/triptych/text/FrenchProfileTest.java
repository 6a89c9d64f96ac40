package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.align.AlignOptions;
import org.triptych.align.ParagraphAligner;
import org.triptych.align.ParagraphAlignment;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.terms.BeadUnits;
import org.triptych.terms.TranslationChecker;

/**
 * A fourth language by its profile alone: a French version of a short article (written for this test, under
 * src/test/resources/languages) is cut into sentences, aligned with the English and checked against a glossary with
 * French terms, with no French knowledge anywhere but {@link LanguageProfiles#french()}. Without that profile the
 * sentence after "M." breaks off, the alignment loses its one-to-one sentence links, and the plural and feminine
 * forms of the French terms go unrecognised.
 */
class FrenchProfileTest {

    private static final Language FRENCH = Language.of("fr");

    private static DocumentVersion english;
    private static DocumentVersion french;
    private static TranslationChecker checker;

    @BeforeAll
    static void read(@TempDir Path dir) throws IOException {
        english = DocumentImporter.fromText(resource("valmora-en.txt"), Language.ENGLISH, "valmora-en.txt");
        french = DocumentImporter.fromText(resource("valmora-fr.txt"), FRENCH, "valmora-fr.txt");
        Path csv = dir.resolve("valmora-glossary.csv");
        Files.writeString(csv, resource("valmora-glossary.csv"));
        GlossaryLoad g = GlossaryFiles.read(csv);
        assertTrue(g.problems().isEmpty(), g.problems().toString());
        checker = new TranslationChecker(g.glossary());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FrenchProfileTest.class.getResourceAsStream("/languages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void frenchHasAProfileOfItsOwn() {
        assertTrue(LanguageProfile.isKnown(FRENCH));
        assertEquals("French", LanguageProfile.of(FRENCH).englishName());
        assertEquals("French", LanguageGuesser.describe("fr"));
        assertEquals("fr", LanguageGuesser.guess(String.join("\n", french.paragraphTexts())).orElseThrow(),
                "French text is told from English by its common words");
        assertEquals("en", LanguageGuesser.guess(String.join("\n", english.paragraphTexts())).orElseThrow());
    }

    @Test
    void sentencesAreNotCutAfterFrenchTitles() {
        assertEquals(List.of(1, 2, 2, 2, 1, 2), french.paragraphs().stream().map(p -> p.sentences().size()).toList());
        Paragraph bessiere = french.paragraphs().get(2);
        assertTrue(bessiere.sentences().get(0).text().startsWith("Selon M. Bessière, qui préside"),
                bessiere.sentences().toString());
    }

    @Test
    void theFrenchVersionAlignsParagraphBySentence() {
        ParagraphAlignment a = new ParagraphAligner().align(english, french, AlignOptions.defaults());
        // The fourth English paragraph is two in French: its quotation stands alone.
        assertEquals(List.of("[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3, 4]", "[4]-[5]"), shape(a.paragraphs()));
        List<String> oneToOne = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            oneToOne.add("[" + i + "]-[" + i + "]");
        }
        assertEquals(oneToOne, shape(a.sentences()));
    }

    @Test
    void aCorrectFrenchVersionRaisesNothingAndAWrongTermIsFound() {
        ParagraphAlignment a = new ParagraphAligner().align(english, french, AlignOptions.defaults());
        Alignment paragraphs = new Alignment(FRENCH, AlignmentLevel.PARAGRAPH, a.paragraphs());
        // élections législatives, bureaux de vote, sanctions: plural forms of the glossary's singular terms
        assertEquals(List.of(), checker.check(FRENCH, BeadUnits.of(paragraphs, english, french), true));

        DocumentVersion wrong = DocumentImporter.fromText(String.join("\n\n", french.paragraphTexts())
                .replace("les nouvelles élections législatives", "les nouveaux scrutins parlementaires"), FRENCH, "t");
        List<Finding> findings = checker.check(FRENCH, BeadUnits.of(paragraphs, english, wrong), true);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("deprecated", f.kind());
        assertEquals(2, f.unit());
        assertEquals("scrutins parlementaires", f.text());
        assertEquals(List.of("élection législative"), f.suggestions());
    }

    @Test
    void aParagraphInAnotherScriptIsForeignToTheFrenchColumn() {
        for (String p : french.paragraphTexts()) {
            assertFalse(ScriptCheck.isForeign(p, FRENCH, ScriptCheck.MOSTLY_FOREIGN), p);
        }
        assertTrue(ScriptCheck.isForeign("Избиратели провинции Вальмора вернутся на избирательные участки.", FRENCH,
                ScriptCheck.NEARLY_ALL_FOREIGN));
    }

    private static List<String> shape(List<Bead> beads) {
        return beads.stream().map(b -> b.english() + "-" + b.target()).toList();
    }
}
