package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicAnalysisTest {

    @Test
    void normalisesAlefYaTaMarbutaHarakatAndTatweel() {
        assertEquals("الامم المتحده", ArabicNormalizer.normalize("الأُمَم المتّحدة"));
        assertEquals("اسماعيل", ArabicNormalizer.normalize("إسماعيل"));
        assertEquals("مصطفي", ArabicNormalizer.normalize("مصطفى"));
        assertEquals("دمشق", ArabicNormalizer.normalize("دمـــشق"));
        assertEquals("ابوظبي", ArabicNormalizer.normalize("آبوظبي"));
    }

    @Test
    void stripsOnlyPrefixCliticsKeepingThreeLetters() {
        List<String> stems = ArabicClitics.readings("وللامم").stream().map(ArabicClitics.Reading::stem).toList();
        assertTrue(stems.contains("الامم"), stems.toString());
        assertTrue(ArabicClitics.readings("بدمشق").stream().anyMatch(r -> r.stem().equals("دمشق") && r.prefix().equals("ب")));
        // three letters must remain: بلد is not ب + لد
        assertFalse(ArabicClitics.readings("بلد").stream().anyMatch(r -> r.stem().equals("لد")));
        // no suffix stripping: الأسدي does not reduce to الأسد
        assertFalse(ArabicClitics.readings("الاسدي").stream().anyMatch(r -> r.stem().equals("الاسد")));
        // a ta marbuta word with a pronoun
        assertTrue(ArabicClitics.readings("حكومته").stream().anyMatch(r -> r.stem().equals("حكومه")));
    }

    @Test
    void attachesAPrefixTheWayItIsWritten() {
        assertEquals("للأمم المتحدة", ArabicClitics.attach("ل", "الأمم المتحدة"));
        assertEquals("وللأمم المتحدة", ArabicClitics.attach("ول", "الأمم المتحدة"));
        assertEquals("وبوتين", ArabicClitics.attach("و", "بوتين"));
        assertEquals("بوتين", ArabicClitics.attach("", "بوتين"));
    }

    @Test
    void tokenizerKeepsMarksInWordsAndSplitsHyphensAndApostrophes() {
        assertEquals(List.of("в", "Нью", "Йорке", "Putin", "s", "الأُمَم"),
                TermTokenizer.tokenize("в Нью-Йорке, Putin's الأُمَم!").stream().map(TermToken::text).toList());
        TermToken t = TermTokenizer.tokenize("  دمـشق").get(0);
        assertEquals(2, t.start());
        assertEquals(7, t.end());
    }
}
