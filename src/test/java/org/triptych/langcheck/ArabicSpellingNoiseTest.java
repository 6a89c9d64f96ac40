package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;

/**
 * What Hunspell's Arabic dictionary flags on correct text and the tuned settings leave out: acronyms spelled out
 * letter by letter, a two-word span the speller re-cut around one unknown word, words glued to the next by a lost
 * space. Our own sentences, checked by the real LanguageTool where it matters.
 */
class ArabicSpellingNoiseTest {

    private static final LanguageCheckSettings DEFAULTS = LanguageCheckSettings.languageToolDefaults(Language.ARABIC);

    @Test
    void latinLetterNamesOfAnAcronymAreWords() {
        // "The company bought a new SUV."
        String text = "اشترت الشركة سيارة إس يو في جديدة.";
        List<Finding> defaults = ParagraphCheckerTest.check(DEFAULTS, text);
        assertTrue(defaults.stream().anyMatch(f -> f.text().equals("إس")), defaults.toString());
        assertEquals(List.of(), ParagraphCheckerTest.check(Language.ARABIC, text));
        assertTrue(ArabicLetterNames.isLetterName("اتش"), "hamza seat folded");
        assertFalse(ArabicLetterNames.isLetterName("سيارة"));
    }

    @Test
    void aSpanReCutAroundOneUnknownWordIsNarrowedToThatWord() {
        // "A rap singer sang a new song yesterday": the speller flags "مغني الراب" and proposes "مغنيا لراب"
        String text = "غنى مغني الراب أغنية جديدة.";
        List<Finding> defaults = ParagraphCheckerTest.check(DEFAULTS, text);
        assertTrue(defaults.stream().anyMatch(f -> f.text().equals("مغني الراب")), defaults.toString());
        List<Finding> tuned = ParagraphCheckerTest.check(Language.ARABIC, text);
        for (Finding f : tuned) {
            assertFalse(f.text().equals("مغني الراب"), tuned.toString());
        }
        // and, narrowed, it is judged as a one-word finding: a word the other versions write, and the version
        // writes again, is no typo (written once, the swap الربا among its suggestions keeps it)
        LanguageCheckSettings s = LanguageCheckSettings.tuned(Language.ARABIC);
        List<Finding> raw = ParagraphChecker.forVariant(Language.ARABIC, s.variant()).check(text, 0, s, () -> false);
        NameEvidence rap = (language, paragraph, word) -> word.equals("الراب");
        assertEquals(List.of(), ParagraphChecker.filter(raw, AcceptedTerms.none(), rap,
                VersionWords.of(List.of(text, "الراب فن شعبي.")), false, true));
        assertEquals(1, ParagraphChecker.filter(raw, AcceptedTerms.none(), rap, VersionWords.of(List.of(text)),
                false, true).size());
    }

    @Test
    void anUnknownNameStartingAnArabicSentenceIsTreatedAsAnywhereElse() {
        // Arabic has no capitals, so a sentence start says nothing either way (a made-up name, no word one edit away)
        String text = "كرونيداستوف وصل إلى المدينة.";
        assertTrue(ParagraphCheckerTest.check(DEFAULTS, text).stream().anyMatch(f -> f.text().equals("كرونيداستوف")));
        assertEquals(List.of(), ParagraphCheckerTest.check(Language.ARABIC, text));
    }

    @Test
    void theServiceLetsAVersionsRecurringSpellingStandWithoutOtherVersions() {
        // no NameEvidence given: the version's own words still tell a recurring spelling (English: one the speller
        // can only split) from a single slip
        try (LanguageCheckService service = new LanguageCheckService()) {
            List<String> twice = List.of("A gorsebush caught fire near the road.", "The gorsebush burned for hours.");
            assertTrue(service.checkAll(Language.ENGLISH, twice).stream().noneMatch(f -> f.text().equals("gorsebush")));
            List<String> once = List.of("A gorsebush caught fire near the road.", "The fire burned for hours.");
            assertTrue(service.checkAll(Language.ENGLISH, once).stream().anyMatch(f -> f.text().equals("gorsebush")));
        }
    }

    private static Finding glued(String word, String split, int at) {
        return new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, at, at + word.length(), word, null,
                "Possible spelling mistake", List.of(split, "other"), "HUNSPELL_RULE_AR");
    }

    @Test
    void twoWordsGluedToTheNextInOneParagraphGiveOneNote() {
        Finding a = glued("الطلابفي", "الطلاب في", 0);
        Finding b = glued("النومعلى", "النوم على", 20);
        Finding typo = new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, 40, 45, "كاتب", null, "x",
                List.of("كتاب"), "HUNSPELL_RULE_AR");
        List<Finding> out = ParagraphChecker.groupRunTogetherWords(List.of(a, typo, b));
        assertEquals(2, out.size(), out.toString());
        Finding note = out.get(0);
        assertEquals(ParagraphChecker.RUN_TOGETHER, note.ruleId());
        assertEquals(Severity.INFO, note.severity());
        assertEquals(0, note.start());
        assertTrue(note.message().contains("الطلاب في") && note.message().contains("النوم على"), note.message());
        assertEquals(typo, out.get(1));
        // one alone is a space the writer left out: a spelling finding as before
        assertEquals(List.of(a, typo), ParagraphChecker.groupRunTogetherWords(List.of(a, typo)));
        // a split into a one-letter word is no lost space (Arabic attaches و ب ل ك ف)
        Finding oneLetter = glued("وكتاب", "و كتاب", 50);
        assertEquals(List.of(a, oneLetter), ParagraphChecker.groupRunTogetherWords(List.of(a, oneLetter)));
    }
}
