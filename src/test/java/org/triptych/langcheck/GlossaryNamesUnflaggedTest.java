package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/** Glossary names are never flagged, in the forms the text uses; without the glossary LanguageTool does flag them. */
class GlossaryNamesUnflaggedTest {

    private static final AcceptedTerms GLOSSARY = AcceptedTerms.of(List.of(
            "Ахрар аш-Шам", "Стаффан де Мистура", "ستافان دي ميستورا", "أحرار الشام", "Staffan de Mistura"));

    private static List<Finding> visible(Language language, String text, AcceptedTerms terms) {
        // the raw settings: no name heuristics, so only the glossary can silence the names
        return ParagraphCheckerTest.check(LanguageCheckSettings.languageToolDefaults(language), text, terms);
    }

    @Test
    void russianGlossaryNamesIncludingInflectedFormsAreNotFlagged() {
        String text = "Группировка Ахрар аш-Шам заявила, что встреча со Стаффаном де Мистурой не состоится, "
                + "хотя посланник ждал ответа от бойцов Ахрар аш-Шама целую недлю.";
        List<Finding> without = visible(Language.RUSSIAN, text, AcceptedTerms.none());
        assertTrue(without.stream().anyMatch(f -> f.text().contains("Ахрар") || f.text().contains("Шам")),
                "LanguageTool should flag the name without a glossary: " + without);
        List<Finding> with = visible(Language.RUSSIAN, text, GLOSSARY);
        assertFalse(with.stream().anyMatch(f -> f.text().matches(".*(Ахрар|Шам|Мистур|Стаффан).*")), with.toString());
        assertTrue(with.stream().anyMatch(f -> f.text().equals("недлю")), "real typo still found: " + with);
    }

    @Test
    void arabicGlossaryNamesWithCliticsAndDiacriticsAreNotFlagged() {
        String text = "وصل المبعوث الأممي ستافان دي ميستورا إلى دمشق، وقال لِدي ميستورا مسؤول في حركة أحرار الشام "
                + "إن الحكوكمة لم ترد بعد.";
        List<Finding> without = visible(Language.ARABIC, text, AcceptedTerms.none());
        assertTrue(without.stream().anyMatch(f -> f.text().contains("ميستورا")), without.toString());
        List<Finding> with = visible(Language.ARABIC, text, GLOSSARY);
        assertFalse(with.stream().anyMatch(f -> f.text().contains("ميستورا") || f.text().contains("ستافان")),
                with.toString());
        assertTrue(with.stream().anyMatch(f -> f.text().equals("الحكوكمة")), with.toString());
    }

    @Test
    void glossaryFormsFromTheTerminologyEngineAreAccepted() {
        String text = "The envoy Quirrelbant met Zorvanian officials.";
        List<Finding> without = visible(Language.ENGLISH, text, AcceptedTerms.none());
        assertTrue(without.stream().anyMatch(f -> f.text().equals("Zorvanian")), without.toString());
        AcceptedTerms terms = AcceptedTerms.of(Set.of("Quirrelbant")).withGlossaryForms(t -> t.equals("Zorvanian"));
        List<Finding> with = visible(Language.ENGLISH, text, terms);
        assertFalse(with.stream().anyMatch(f -> f.text().equals("Zorvanian") || f.text().equals("Quirrelbant")),
                with.toString());
    }
}
