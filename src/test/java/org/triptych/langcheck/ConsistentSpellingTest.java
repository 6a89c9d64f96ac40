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
 * A spelling the version writes again letter for letter is the writer's, not a slip: dropped where it looks like a name
 * or a term the dictionary lacks, kept where a repeated misspelling would hide (a known word one edit away in a
 * language with capitals, two letters swapped back, a spelling convention). Findings made by hand, so no LanguageTool
 * is loaded; the sentences are our own.
 */
class ConsistentSpellingTest {

    private static Finding spelling(Language language, String word, String... suggestions) {
        return new Finding("spelling", Severity.WARNING, language, 0, 0, word.length(), word, null,
                "Possible spelling mistake", List.of(suggestions), "SPELLER");
    }

    private static List<Finding> filter(Finding f, List<String> version, boolean consistentSpellings) {
        return ParagraphChecker.filter(List.of(f), AcceptedTerms.none(), NameEvidence.NONE, VersionWords.of(version),
                false, consistentSpellings);
    }

    @Test
    void anArabicWordWrittenTwiceIsNoTypoButOnceItIs() {
        // a made-up transliterated name, with near words the speller might propose (no swap among them)
        Finding f = spelling(Language.ARABIC, "كرونيدا", "كرونيد", "قرونيدا");
        List<String> twice = List.of("وصل كرونيدا إلى المدينة.", "وقال كرونيدا إن الزيارة انتهت.");
        assertEquals(List.of(), filter(f, twice, true));
        assertEquals(1, filter(f, List.of("وصل كرونيدا إلى المدينة."), true).size());
        // only with the setting (LanguageTool's defaults show everything)
        assertEquals(1, filter(f, twice, false).size());
    }

    @Test
    void anArabicWordWithAndWithoutItsProcliticsIsOneSpelling() {
        assertTrue(VersionWords.of(List.of("تحدث كرونيدا طويلا وبكرونيدا بدأ الحفل")).writtenAgain("كرونيدا"));
        assertTrue(VersionWords.of(List.of("قال كرونيدا ذلك، ثم غادر والكرونيدا")).writtenAgain("والكرونيدا"));
        assertFalse(VersionWords.of(List.of("قال كرونيدا ذلك")).writtenAgain("كرونيدا"));
        assertTrue(ArabicProclitics.readings("وبالكرونيدا").contains("كرونيدا"));
        assertTrue(ArabicProclitics.readings("للكرونيدا").contains("كرونيدا"));
        assertEquals(java.util.Set.of("بيت"), ArabicProclitics.readings("بيت"), "three letters stay a word");
        // a different word that only shares its first letter is no second writing
        assertFalse(VersionWords.of(List.of("قال كرونيدا ذلك ثم ركب القطار")).writtenAgain("كرونيدا"));
    }

    @Test
    void aRepeatedSwapOfAKnownWordStaysFlagged() {
        // "the most" with two letters swapped, twice: a frequent word slips the same way more than once
        Finding f = spelling(Language.ARABIC, "أكرث", "أكثر");
        assertEquals(1, filter(f, List.of("هو أكرث الناس علما وأكرث الناس صبرا."), true).size());
    }

    @Test
    void aRepeatedSpellingConventionStaysFlagged() {
        // alef maqsura for ya: the suggestion differs only by a letter the writer chose throughout
        Finding f = spelling(Language.ARABIC, "الذى", "الذي", "اللذى");
        assertEquals(1, filter(f, List.of("الرجل الذى جاء والكتاب الذى قرأه."), true).size());
    }

    @Test
    void inALanguageWithCapitalsAKnownWordOneEditAwayKeepsARepeatedMisspelling() {
        Finding f = spelling(Language.ENGLISH, "accomodation", "accommodation");
        assertEquals(1, filter(f, List.of("The accomodation was poor.", "New accomodation is planned."), true).size());
        Finding cap = spelling(Language.ENGLISH, "Febuary", "February");
        assertEquals(1, filter(cap, List.of("In Febuary it rained.", "Febuary was cold."), true).size());
    }

    @Test
    void aRepeatedWordTheSpellerCanOnlySplitIsATermItLacks() {
        Finding f = spelling(Language.ENGLISH, "gorsebush", "gorse bush");
        List<String> twice = List.of("A gorsebush caught fire.", "The gorsebush burned for hours.");
        assertEquals(List.of(), filter(f, twice, true));
        assertEquals(1, filter(f, List.of("A gorsebush caught fire."), true).size());
    }

    @Test
    void aRecurringNameTheOtherVersionsWriteIsNoTypoEvenWithASwapOfAKnownWord() {
        // Kaplu -> Kalpu would be a known word two letters away: alone, the swap wins over the other versions
        Finding f = spelling(Language.ENGLISH, "Kaplu", "Kalpu", "Kappa");
        NameEvidence others = (language, paragraph, word) -> word.equals("Kaplu");
        List<String> twice = List.of("Rescuers reached Kaplu on Friday.", "In Kaplu the roads were closed.");
        assertEquals(List.of(), ParagraphChecker.filter(List.of(f), AcceptedTerms.none(), others,
                VersionWords.of(twice), false, true));
        assertEquals(1, ParagraphChecker.filter(List.of(f), AcceptedTerms.none(), others,
                VersionWords.of(List.of("Rescuers reached Kaplu on Friday.")), false, true).size());
    }
}
