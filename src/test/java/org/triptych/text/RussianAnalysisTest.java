package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dictionary loads once for the class (about half a second). */
class RussianAnalysisTest {

    static RussianTokenAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new RussianTokenAnalyzer(RussianMorphology.shared());
        assertTrue(RussianMorphology.shared().hasDictionary());
    }

    @Test
    void lightStemmerCutsBaseAndInflectedFormsAlike() {
        for (String w : List.of("байден", "байдена", "байдену", "байденом", "байдене")) {
            assertEquals("байден", RussianLightStemmer.stem(w).stem(), w);
        }
        for (String w : List.of("богданов", "богданова", "богданову", "богдановым", "богдановой", "богдановых")) {
            assertEquals("богданов", RussianLightStemmer.stem(w).stem(), w);
        }
        assertEquals(TokenReading.FEMININE | TokenReading.NAME, RussianLightStemmer.stem("богдановой").flags());
        assertEquals("хезболл", RussianLightStemmer.stem("хезболлой").stem());
        for (String w : List.of("пясецкий", "пясецкого", "пясецкому", "пясецким", "пясецком")) {
            assertEquals("пясецк", RussianLightStemmer.stem(w).stem(), w);
        }
    }

    @Test
    void endingsMustFitOneDeclension() {
        assertTrue(RussianLightStemmer.endingsAgree("гутерриш", "", "ем"));
        assertFalse(RussianLightStemmer.endingsAgree("асад", "", "и"));
        assertTrue(RussianLightStemmer.endingsAgree("небенз", "я", "и"));
        assertFalse(RussianLightStemmer.endingsAgree("небенз", "я", "а"));
        assertFalse(RussianLightStemmer.endingsAgree("сис", "и", "а"));
    }

    @Test
    void dictionaryLemmasAndNameGender() {
        assertEquals("египет", analyzer.termReading("Египет").key());
        assertTrue(analyzer.textReadings("Египта").stream().anyMatch(r -> r.key().equals("египет")));
        TokenReading term = analyzer.termReading("Богданов");
        assertEquals("богданов", term.key());
        assertEquals(TokenReading.MASCULINE, term.genders() & TokenReading.MASCULINE);
        TokenReading fem = analyzer.textReadings("Богдановой").stream().filter(r -> r.key().equals("богданов"))
                .findFirst().orElseThrow();
        assertEquals(0, fem.genders() & TokenReading.MASCULINE);
        assertTrue(analyzer.textReadings("Асадов").stream()
                .anyMatch(r -> r.key().equals("асад") && r.has(TokenReading.DOUBTFUL)));
        assertFalse(analyzer.textReadings("Лавровый").stream().anyMatch(r -> r.key().equals("лавров")));
    }

    @Test
    void inflectsAReplacementLikeTheFoundForm() {
        RussianInflector inflector = new RussianInflector(RussianMorphology.shared());
        assertEquals("Совета Безопасности", inflector.inflectLike("Совбеза", "Совет Безопасности"));
        assertEquals("Советом Безопасности", inflector.inflectLike("Совбезом", "Совет Безопасности"));
        assertEquals("Генеральной Ассамблеи", inflector.inflectLike("Генассамблеи", "Генеральная Ассамблея"));
        assertEquals("Халворсена", inflector.inflectLike("Гальворсена", "Халворсен"));
        assertEquals("Совет Безопасности", inflector.inflectLike("Совбез", "Совет Безопасности"));
    }
}
