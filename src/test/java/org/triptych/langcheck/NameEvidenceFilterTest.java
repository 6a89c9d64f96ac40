package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;

/**
 * The stage after LanguageTool that asks the other versions: a flagged word they write as a name is dropped, a typo
 * inside such a name (the versions disagree, the word is a swap of a word this version writes as often or more) is
 * kept with the name as the suggestion. Findings made by hand, so no LanguageTool is loaded.
 */
class NameEvidenceFilterTest {

    private static Finding spelling(String word, int unit) {
        return new Finding("spelling", Severity.WARNING, Language.RUSSIAN, unit, 0, word.length(), word, null,
                "Possible spelling mistake", List.of(), "MORFOLOGIK_RULE_RU_RU");
    }

    /** Other versions that write Хэммел (as Hammel, هاميل) in paragraph 0 and nothing in paragraph 1. */
    private static final NameEvidence HAMMEL = (language, paragraph, word) ->
            paragraph == 0 && Set.of("Хэммел", "Хэммела", "Хмэмел").contains(word);

    @Test
    void aWordTheOtherVersionsWriteAsANameIsNoMisspelling() {
        List<Finding> out = ParagraphChecker.filter(List.of(spelling("Хэммел", 0)), AcceptedTerms.none(), HAMMEL,
                VersionWords.of(List.of("Хэммел сказал.", "Хэммела спросили.")), false);
        assertEquals(List.of(), out);
        // where the other versions do not write it, it stays
        assertEquals(1, ParagraphChecker.filter(List.of(spelling("Хэммел", 1)), AcceptedTerms.none(), HAMMEL,
                VersionWords.NONE, false).size());
        // without other versions nothing changes
        assertEquals(1, ParagraphChecker.filter(List.of(spelling("Хэммел", 0)), AcceptedTerms.none()).size());
    }

    @Test
    void aTypoInsideANameIsStillFoundWhenTheVersionDisagreesWithItself() {
        VersionWords words = VersionWords.of(List.of("Хэммел сказал.", "Хмэмел спросил.", "Хэммел ушёл."));
        List<Finding> out = ParagraphChecker.filter(List.of(spelling("Хмэмел", 0)), AcceptedTerms.none(), HAMMEL, words,
                false);
        assertEquals(1, out.size());
        assertEquals(List.of("Хэммел"), out.get(0).suggestions());
        assertTrue(out.get(0).message().contains("Хэммел"));
    }

    @Test
    void onlyOneWordSpellingFindingsAreAsked() {
        Finding grammar = new Finding("grammar", Severity.WARNING, Language.RUSSIAN, 0, 0, 6, "Хэммел", null, "agreement",
                List.of(), "SOME_RULE");
        Finding two = spelling("Хэммел сказал", 0);
        NameEvidence any = (l, p, w) -> true;
        assertEquals(2, ParagraphChecker.filter(List.of(grammar, two), AcceptedTerms.none(), any,
                VersionWords.NONE, false).size());
    }

    @Test
    void aPersonNamedLikeAFamousOneIsNoMisspellingWhenTheOtherVersionsWriteTheName() {
        // LanguageTool's proper-noun lists propose a famous name for a person who only shares a first name
        Finding f = new Finding("spelling", Severity.WARNING, Language.ENGLISH, 0, 0, 11, "Peter Drumm", null,
                "Did you mean", List.of("Peter Drum"), "EN_MULTITOKEN_SPELLING_TWO");
        NameEvidence drumm = (l, p, w) -> w.equals("Drumm");
        assertEquals(List.of(), ParagraphChecker.filter(List.of(f), AcceptedTerms.none(), drumm, VersionWords.NONE,
                false));
        assertEquals(1, ParagraphChecker.filter(List.of(f), AcceptedTerms.none(), NameEvidence.NONE,
                VersionWords.NONE, false).size());
        // a case slip or a swap inside the famous name stays, whatever the other versions say
        NameEvidence any = (l, p, w) -> true;
        Finding caseSlip = new Finding("spelling", Severity.WARNING, Language.ENGLISH, 0, 0, 10, "Peter Mcgee", null,
                "case", List.of("Peter McGee"), "EN_SPECIFIC_CASE");
        Finding swap = new Finding("spelling", Severity.WARNING, Language.ENGLISH, 0, 0, 10, "Europa Laegue", null,
                "Did you mean", List.of("Europa League"), "EN_MULTITOKEN_SPELLING_TWO");
        assertEquals(2, ParagraphChecker.filter(List.of(caseSlip, swap), AcceptedTerms.none(), any, VersionWords.NONE,
                false).size());
    }

    @Test
    void theSwapMustBeOfAWordWrittenAtLeastAsOften() {
        VersionWords words = VersionWords.of(List.of("Хэммел сказал. Хмэмел ответил. Хмэмел ушёл."));
        // Хмэмел twice, Хэммел once: the rarer word is taken for the typo, not the other way round
        assertNull(words.transposedFrom("Хмэмел"));
        assertEquals("Хмэмел", words.transposedFrom("Хэммел"));
        assertEquals("Хмэмел", VersionWords.of(List.of("Хмэмел Хэммел")).transposedFrom("Хэммел"));
        // a repeated letter swapped with itself is no swap; short words are left alone
        assertNull(VersionWords.of(List.of("Хэммел")).transposedFrom("Хэммел"));
        assertNull(VersionWords.of(List.of("Кит Кти")).transposedFrom("Кти"));
    }

    @Test
    void anArabicNameWhoseSwapIsAWordIsDroppedWhereTheOtherVersionsWriteTheNameRatherThanTheWord() {
        // كيرستن for Kirsten: the speller knows كريستن, two letters swapped back, so the swap veto keeps it
        Finding name = new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, 0, 6, "كيرستن", null,
                "Possible spelling mistake", List.of("كيرستين", "كريستن"), "HUNSPELL_RULE_AR");
        NameEvidence confirmsOnly = (l, p, w) -> true;
        assertEquals(1, ParagraphChecker.filter(List.of(name), AcceptedTerms.none(), confirmsOnly, VersionWords.NONE,
                false).size());
        // the other versions write Kirsten closer as كيرستن than as كريستن: a name
        NameEvidence prefersKirsten = new NameEvidence() {
            @Override
            public boolean confirmsName(Language language, int paragraph, String word) {
                return true;
            }

            @Override
            public boolean prefersAsName(Language language, int paragraph, String word, String other) {
                return word.equals("كيرستن");
            }
        };
        assertEquals(List.of(), ParagraphChecker.filter(List.of(name), AcceptedTerms.none(), prefersKirsten,
                VersionWords.NONE, false));
        // the slip the other way round (كريستن written for a كيرستن the dictionary knew) is not preferred: it stays
        Finding slip = new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, 0, 6, "كريستن", null,
                "Possible spelling mistake", List.of("كيرستن"), "HUNSPELL_RULE_AR");
        assertEquals(1, ParagraphChecker.filter(List.of(slip), AcceptedTerms.none(), prefersKirsten, VersionWords.NONE,
                false).size());
        // every swap-back proposed must lose to the word: one that fits as well keeps the finding
        Finding twoSwaps = new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, 0, 6, "كيرستن", null,
                "Possible spelling mistake", List.of("كريستن", "كيرسنت"), "HUNSPELL_RULE_AR");
        NameEvidence prefersOverOne = new NameEvidence() {
            @Override
            public boolean confirmsName(Language language, int paragraph, String word) {
                return true;
            }

            @Override
            public boolean prefersAsName(Language language, int paragraph, String word, String other) {
                return other.equals("كريستن");
            }
        };
        assertEquals(1, ParagraphChecker.filter(List.of(twoSwaps), AcceptedTerms.none(), prefersOverOne,
                VersionWords.NONE, false).size());
    }

    @Test
    void evidenceAskedAboutOneParagraphAnswersBothQuestionsForIt() {
        NameEvidence onlyParagraphTwo = new NameEvidence() {
            @Override
            public boolean confirmsName(Language language, int paragraph, String word) {
                return paragraph == 2;
            }

            @Override
            public boolean prefersAsName(Language language, int paragraph, String word, String other) {
                return paragraph == 2;
            }
        };
        NameEvidence atTwo = onlyParagraphTwo.atParagraph(2);
        assertTrue(atTwo.confirmsName(Language.ARABIC, 0, "كيرستن"));
        assertTrue(atTwo.prefersAsName(Language.ARABIC, 0, "كيرستن", "كريستن"));
        assertFalse(onlyParagraphTwo.atParagraph(1).prefersAsName(Language.ARABIC, 2, "كيرستن", "كريستن"));
    }
}
