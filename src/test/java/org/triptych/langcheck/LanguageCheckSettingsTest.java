package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** The tuned settings come from the language's profile: its LanguageTool variant and the rules it switches off. */
class LanguageCheckSettingsTest {

    @Test
    void tunedEnglishResolvesToTheDocumentsVariant() {
        LanguageCheckSettings tuned = LanguageCheckSettings.tuned(Language.ENGLISH);
        assertTrue(tuned.isAutoVariant());
        assertEquals("en-GB", tuned.resolvedFor(List.of("The colour of the theatre.")).variant());
        assertEquals("en-US", tuned.resolvedFor(List.of("The color of the theater.")).variant());
        assertEquals("ru", LanguageCheckSettings.tuned(Language.RUSSIAN).resolvedFor(List.of("colour")).variant());
        assertFalse(LanguageCheckSettings.tuned(Language.ARABIC).isAutoVariant());
    }

    @Test
    void tunedSettingsSwitchOffTheProfilesRulesAndDefaultsSwitchOffNone() {
        LanguageCheckSettings arabic = LanguageCheckSettings.tuned(Language.ARABIC);
        assertTrue(arabic.disabledRules().contains("AR_DARJA_REPLACE"), arabic.key());
        assertTrue(arabic.disabledCategories().contains("TEST_NEW_FEATURES"), arabic.key());
        assertTrue(LanguageCheckSettings.tuned(Language.RUSSIAN).disabledCategories().contains("STYLE"));
        assertTrue(LanguageCheckSettings.tuned(Language.ENGLISH).disabledRules().contains("EN_UNPAIRED_QUOTES"));
        assertTrue(LanguageCheckSettings.languageToolDefaults(Language.ARABIC).disabledRules().isEmpty());
        assertEquals("en-US", LanguageCheckSettings.defaultVariant(Language.ENGLISH));
    }

    @Test
    void aLanguageWithoutLanguageToolSetupKeepsItsCodeAndSwitchesNothingOff() {
        LanguageCheckSettings german = LanguageCheckSettings.tuned(Language.of("de"));
        assertEquals("de", german.variant());
        assertTrue(german.disabledRules().isEmpty());
        assertFalse(german.isAutoVariant());
    }
}
