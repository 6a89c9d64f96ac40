package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** The words each language derives from a place name, by rule and from the table. */
class DerivedFormsTest {

    private static List<String> of(String lang, String name) {
        return LanguageProfile.of(Language.of(lang)).derivedForms().of(name);
    }

    @Test
    void russianAdjectivesAndDemonymsByRuleInLowerCase() {
        assertTrue(of("ru", "Индонезия").contains("индонезийский"), of("ru", "Индонезия").toString());
        assertTrue(of("ru", "Индонезия").contains("индонезиец"));
        assertTrue(of("ru", "Македония").contains("македонский"));
        assertTrue(of("ru", "Македония").contains("македонец"));
        assertTrue(of("ru", "Лондон").contains("лондонский"));
        assertTrue(of("ru", "Гарлем").contains("гарлемский"));
        assertTrue(of("ru", "Корея").contains("корейский"));
        assertTrue(of("ru", "Мексика").contains("мексиканский"));
        assertTrue(of("ru", "Калифорния").contains("калифорнийец"));
        assertTrue(of("ru", "Омск").contains("омский"));
        // a two-word name with an adjective first joins: Северная Корея → северокорейский
        assertTrue(of("ru", "Северная Корея").contains("северокорейский"), of("ru", "Северная Корея").toString());
        assertTrue(of("ru", "Южная Корея").contains("южнокорейский"));
    }

    @Test
    void irregularFormsComeFromTheTableEvenForAcronyms() {
        assertTrue(of("ru", "США").contains("американский"));
        assertTrue(LanguageProfile.of(Language.RUSSIAN).derivedForms().of("США", true).contains("американский"));
        assertTrue(of("ru", "Уэльс").contains("валлийский"));
        assertTrue(of("ru", "Соединённые Штаты").contains("американский"), "ё is folded");
        assertTrue(of("en", "United States").contains("American"));
        assertTrue(of("en", "Wales").contains("Welsh"));
        assertTrue(of("ar", "الولايات المتحدة").contains("الامريكيين"));
        // an acronym gets the table only: "US" + "er" is a word
        assertEquals(List.of(), LanguageProfile.of(Language.ENGLISH).derivedForms().of("UK", true));
        assertFalse(LanguageProfile.of(Language.ENGLISH).derivedForms().of("US", true).contains("USer"));
    }

    @Test
    void englishDemonymsKeepTheNamesCase() {
        assertTrue(of("en", "Indonesia").contains("Indonesian"));
        assertTrue(of("en", "North Korea").contains("North Korean"));
        assertTrue(of("en", "Mexico").contains("Mexican"));
        assertTrue(of("en", "Italy").contains("Italian"));
        assertTrue(of("en", "Germany").contains("German"));
        assertTrue(of("en", "Iran").contains("Iranian"));
        assertTrue(of("en", "Iraq").contains("Iraqi"));
        assertTrue(of("en", "Canada").contains("Canadian"));
        assertTrue(of("en", "Belgium").contains("Belgian"));
    }

    @Test
    void arabicNisbaWithItsEndingsAndTheArticle() {
        List<String> indonesia = of("ar", "إندونيسيا");
        for (String f : List.of("اندونيسي", "الاندونيسيه", "الاندونيسيين", "اندونيسيون", "الاندونيسيات")) {
            assertTrue(indonesia.contains(f), f + " in " + indonesia);
        }
        assertTrue(of("ar", "العراق").contains("العراقي"), "the article is taken off the name first");
        assertTrue(of("ar", "لندن").contains("اللندني"));
        assertTrue(of("ar", "النمسا").contains("النمساويين"));
        // the adjective of a name agrees with the nisba; a noun before the head stays
        assertTrue(of("ar", "كوريا الشمالية").contains("الكوري الشمالي"), of("ar", "كوريا الشمالية").toString());
        assertTrue(of("ar", "كوريا الشمالية").contains("الكوريين الشماليين"));
        assertTrue(of("ar", "جنوب أفريقيا").contains("جنوب افريقي"));
        // the name itself is never among its derived forms
        assertFalse(of("ar", "بريطانيا").contains("بريطانيا"));
    }

    @Test
    void aLanguageWithoutDataDerivesNothing() {
        assertEquals(List.of(), LanguageProfile.of(Language.of("fr")).derivedForms().of("Indonésie"));
        assertTrue(LanguageProfile.of(Language.of("fr")).derivedForms().isEmpty());
    }
}
