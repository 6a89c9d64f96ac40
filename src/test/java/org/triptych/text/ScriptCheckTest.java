package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** The one script check: shares at and around both named thresholds, too few letters, unknown scripts. */
class ScriptCheckTest {

    /** {@code latin} Latin letters and {@code cyrillic} Cyrillic ones, in words, with digits and marks around. */
    private static String mix(int latin, int cyrillic) {
        return "2024: " + "a".repeat(latin) + " — " + "я".repeat(cyrillic) + " (100%)!";
    }

    @Test
    void onlyLettersCountAndTooFewSayNothing() {
        assertTrue(Double.isNaN(ScriptCheck.expectedScriptShare(mix(0, 11), Language.ENGLISH)), "11 letters");
        assertEquals(0.0, ScriptCheck.expectedScriptShare(mix(0, 12), Language.ENGLISH));
        assertEquals(0.25, ScriptCheck.expectedScriptShare(mix(3, 9), Language.ENGLISH));
        assertFalse(ScriptCheck.isForeign(mix(0, 11), Language.ENGLISH, ScriptCheck.MOSTLY_FOREIGN));
        assertTrue(ScriptCheck.isForeign(mix(0, 12), Language.ENGLISH, ScriptCheck.MOSTLY_FOREIGN));
    }

    @Test
    void mostlyForeignIsUnderHalf() {
        assertFalse(ScriptCheck.isForeign(mix(6, 6), Language.RUSSIAN, ScriptCheck.MOSTLY_FOREIGN), "exactly half");
        assertTrue(ScriptCheck.isForeign(mix(7, 5), Language.RUSSIAN, ScriptCheck.MOSTLY_FOREIGN));
    }

    @Test
    void nearlyAllForeignIsUnderAFifthSoTheChecksKeepMoreThanTheAligner() {
        assertFalse(ScriptCheck.isForeign(mix(16, 4), Language.RUSSIAN, ScriptCheck.NEARLY_ALL_FOREIGN), "a fifth");
        assertTrue(ScriptCheck.isForeign(mix(17, 3), Language.RUSSIAN, ScriptCheck.NEARLY_ALL_FOREIGN));
        // A Russian paragraph quoting at length in English: a doubtful link, but still Russian to check.
        assertTrue(ScriptCheck.isForeign(mix(14, 6), Language.RUSSIAN, ScriptCheck.MOSTLY_FOREIGN));
        assertFalse(ScriptCheck.isForeign(mix(14, 6), Language.RUSSIAN, ScriptCheck.NEARLY_ALL_FOREIGN));
    }

    @Test
    void scriptsAreThoseOfTheProfiles() {
        String arabic = "وقال المبعوث إن المحادثات ستستأنف الأسبوع المقبل";
        assertEquals(1.0, ScriptCheck.expectedScriptShare(arabic, Language.ARABIC));
        assertEquals(1.0, ScriptCheck.expectedScriptShare(arabic, Language.of("fa")), "Persian: Arabic script");
        assertTrue(ScriptCheck.isForeign(arabic, Language.RUSSIAN, ScriptCheck.NEARLY_ALL_FOREIGN));
        // Tatweel (a letter of no script of its own) and harakat (marks) neither help nor hurt.
        assertEquals(1.0, ScriptCheck.expectedScriptShare("الـمـبـعـوث الأُمَمِيّ وَصَلَ", Language.ARABIC));
    }

    @Test
    void aLanguageWithoutProfileIsNeverForeign() {
        String russian = "Избиратели вернутся на участки";
        assertTrue(Double.isNaN(ScriptCheck.expectedScriptShare(russian, Language.of("de"))));
        assertFalse(ScriptCheck.isForeign(russian, Language.of("de"), ScriptCheck.NEARLY_ALL_FOREIGN));
        assertTrue(ScriptCheck.hasLetterIn("2024", Language.of("de")));
    }

    @Test
    void aWordHasALetterOfItsLanguagesScriptOrNot() {
        assertTrue(ScriptCheck.hasLetterIn("аль-Assad", Language.RUSSIAN));
        assertFalse(ScriptCheck.hasLetterIn("Assad", Language.RUSSIAN));
        assertFalse(ScriptCheck.hasLetterIn("2024", Language.ENGLISH));
    }
}
