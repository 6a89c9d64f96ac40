package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;

/**
 * News copy mixes British and American spellings: the other standard's spelling is no misspelling, a typo still is,
 * and the hyphen LanguageTool wants in Korean given names is house style.
 */
class EnglishSpellingVariantsTest {

    private static final LanguageCheckService SERVICE = new LanguageCheckService();

    @AfterAll
    static void close() {
        SERVICE.close();
    }

    private static List<Finding> check(String text) {
        return SERVICE.checkAll(Language.ENGLISH, List.of(text));
    }

    private static boolean flagged(List<Finding> findings, String word) {
        return findings.stream().anyMatch(f -> f.text().strip().equals(word));
    }

    @Test
    void theOtherStandardsSpellingIsNotFlagged() {
        // An American document (recognized, center) quoting a British report.
        List<Finding> f = check("The center recognized the problem, and the neighbouring towns said the damage was"
                + " recognisable from the air.");
        assertFalse(flagged(f, "neighbouring"), f.toString());
        assertFalse(flagged(f, "recognisable"), f.toString());
    }

    @Test
    void aChosenVariantStillFlagsTheOtherStandard() {
        try (LanguageCheckService chosen = new LanguageCheckService()) {
            chosen.setSettings(LanguageCheckSettings.tuned(Language.ENGLISH).withVariant("en-US"));
            List<Finding> f = chosen.checkAll(Language.ENGLISH, List.of("The center recognized the problem, and the"
                    + " neighbouring towns said the damage was recognisable from the air."));
            assertTrue(flagged(f, "neighbouring"), f.toString());
        }
    }

    @Test
    void typosAreStillFlaggedBesideVariants() {
        // "aftre" is "after" with two letters swapped, as "centre" is "center": a typo, not a variant.
        List<Finding> f = check("The center recognized the problem aftre the meeting and the neighbouring towns"
                + " agreed untill spring.");
        assertTrue(flagged(f, "aftre"), f.toString());
        assertTrue(flagged(f, "untill"), f.toString());
        // "sentense" is one letter from "sentence" as "defense" is from "defence": only the listed groups are variants
        assertTrue(flagged(check("The center recognized that the sentense was long."), "sentense"));
    }

    @Test
    void koreanGivenNamesNeedNoHyphen() {
        List<Finding> f = check("North Korean leader Kim Jong Un met the delegation in Pyongyang on Monday.");
        assertTrue(f.stream().noneMatch(x -> "JONG_UN".equals(x.ruleId())), f.toString());
    }

    @Test
    void spellingVariantsAreAProfileFact() {
        LanguageProfile en = LanguageProfile.of(Language.ENGLISH);
        assertTrue(en.isSpellingVariant("recognisable", "recognizable"));
        assertTrue(en.isSpellingVariant("neighbouring", "neighboring"));
        assertTrue(en.isSpellingVariant("centre", "center"));
        assertTrue(en.isSpellingVariant("travelled", "traveled"));
        assertFalse(en.isSpellingVariant("untill", "until"), "not a standard's difference");
        assertFalse(en.isSpellingVariant("form", "four"));
        assertTrue(en.isSpellingVariant("defence", "defense"));
        assertFalse(en.isSpellingVariant("sentense", "sentence"));
        assertFalse(LanguageProfile.of(Language.RUSSIAN).isSpellingVariant("centre", "center"));
    }

    @Test
    void aTranspositionIsTwoNeighbouringLettersSwapped() {
        assertTrue(EditDistance.isTransposition("aftre", "after"));
        assertTrue(EditDistance.isTransposition("хмэмел", "хэммел"));
        assertFalse(EditDistance.isTransposition("after", "after"), "nothing swapped");
        assertFalse(EditDistance.isTransposition("abcd", "badc"), "two swaps");
        assertFalse(EditDistance.isTransposition("abc", "abcd"));
        assertFalse(EditDistance.isTransposition("aab", "aab"));
    }
}
