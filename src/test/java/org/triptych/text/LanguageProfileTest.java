package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;
import org.triptych.model.WritingDirection;

/** Profiles are found by the language's code, agree with the model about direction, and default sensibly. */
class LanguageProfileTest {

    @Test
    void profilesAreFoundByCodeWhateverTheLanguageObject() {
        assertSame(LanguageProfile.of(Language.ARABIC), LanguageProfile.of(Language.of("AR")));
        assertSame(LanguageProfile.of(Language.RUSSIAN),
                LanguageProfile.of(new Language("ru", "Russian", WritingDirection.LEFT_TO_RIGHT)));
        assertEquals(Language.ENGLISH, LanguageProfile.all().get(0).language(), "the pivot comes first");
    }

    @Test
    void everyProfileNamesItsScriptAndAgreesWithTheModelAboutDirection() {
        for (LanguageProfile p : LanguageProfile.all()) {
            Character.UnicodeScript script = p.script().orElseThrow(() -> new AssertionError(p + " has no script"));
            boolean rtl = script == Character.UnicodeScript.ARABIC;
            assertEquals(rtl ? WritingDirection.RIGHT_TO_LEFT : WritingDirection.LEFT_TO_RIGHT, p.direction(),
                    p.toString());
            assertEquals(!rtl, p.hasLetterCase(), p + ": Arabic script has no capitals, Latin and Cyrillic have");
            assertTrue(p.digits().contains(Digits.WESTERN), p + ": news in every language writes Western digits");
        }
    }

    @Test
    void eachLanguageHasItsOwnFacts() {
        assertEquals(0.95, LanguageProfile.of(Language.ARABIC).lengthRatioToEnglish());
        assertEquals(1.13, LanguageProfile.of(Language.RUSSIAN).lengthRatioToEnglish());
        assertInstanceOf(RussianTokenAnalyzer.class, LanguageProfile.of(Language.RUSSIAN).tokenAnalyzer());
        assertInstanceOf(ArabicTokenAnalyzer.class, LanguageProfile.of(Language.ARABIC).tokenAnalyzer());
        assertTrue(LanguageProfile.of(Language.ENGLISH).languageTool().orElseThrow().readsVariantFromText());
        assertEquals("ru", LanguageProfile.of(Language.RUSSIAN).languageTool().orElseThrow().defaultVariant());
        assertTrue(LanguageProfile.of(Language.RUSSIAN).declinedNameStem().isPresent());
        assertFalse(LanguageProfile.of(Language.ENGLISH).declinedNameStem().isPresent());
        assertEquals("эрдоган", LanguageProfile.of(Language.RUSSIAN).declinedNameStem().orElseThrow().apply("эрдогана"));
    }

    @Test
    void replacementsTakeTheFoundFormsInflectionOrClitics() {
        assertEquals("وبمجلس الأمن",
                LanguageProfile.of(Language.ARABIC).replacementForm().like("وبمجلس الامن", "وب", "مجلس الأمن"));
        assertEquals("Совета Безопасности",
                LanguageProfile.of(Language.RUSSIAN).replacementForm().like("Совбеза", "", "Совет Безопасности"));
        assertEquals("Security Council",
                LanguageProfile.of(Language.ENGLISH).replacementForm().like("Security Councils", "", "Security Council"));
    }

    @Test
    void aLanguageWithoutAProfileGetsANeutralOne() {
        Language german = Language.of("de");
        LanguageProfile p = LanguageProfile.of(german);
        assertFalse(LanguageProfile.isKnown(german));
        assertEquals(german, p.language());
        assertTrue(p.script().isEmpty());
        assertTrue(p.languageTool().isEmpty());
        assertEquals(1.0, p.lengthRatioToEnglish());
        assertInstanceOf(CaseFoldingTokenAnalyzer.class, p.tokenAnalyzer());
        assertSame(p.sentenceSegmenter(), SentenceSegmenter.forLanguage(german), "one segmenter per language");
        // No abbreviations assumed: "Dr." ends a piece of its own, as punctuation says.
        assertEquals(List.of("Es regnet.", "Dr.", "Weber kam."),
                p.sentenceSegmenter().split("Es regnet. Dr. Weber kam.").stream().map(s -> s.text()).toList());
    }

    @Test
    void anEnglishNameIsRespeltAsEachLanguageSoundsItsLetters() {
        List<String> ru = LanguageProfile.of(Language.RUSSIAN).englishRespellings("Hollywood");
        assertTrue(ru.contains("Gollywood"), ru.toString());
        assertTrue(ru.contains("Gollyvood"), "all rules together: " + ru);
        // h in a digraph is no h of its own: Washington is not Wasgington
        assertFalse(LanguageProfile.of(Language.RUSSIAN).englishRespellings("Washington").stream()
                .anyMatch(r -> r.contains("sg")));
        List<String> ar = LanguageProfile.of(Language.ARABIC).englishRespellings("Wheeling");
        assertTrue(ar.contains("Wheelinj"), ar.toString());
        assertTrue(LanguageProfile.of(Language.ARABIC).englishRespellings("Tiger").contains("Tijer"));
        assertTrue(LanguageProfile.of(Language.ARABIC).englishRespellings("Thompson").contains("Tompson"));
        assertTrue(LanguageProfile.of(Language.ARABIC).englishRespellings("Thompson").contains("Tomson"),
                "th as t and the p of mps unsounded together");
        assertTrue(LanguageProfile.of(Language.ENGLISH).englishRespellings("Tiger").isEmpty());
        assertTrue(LanguageProfile.of(Language.RUSSIAN).englishRespellings("Putin").isEmpty(), "nothing to respell");
    }
}
