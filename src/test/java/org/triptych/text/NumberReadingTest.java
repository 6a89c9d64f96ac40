package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** Numbers as a person reads them: words, decades, centuries, times of day, units (sentences written for Triptych). */
class NumberReadingTest {

    private static List<NumberMention> in(String text, Language language) {
        return NumberExtractor.extract(text, language);
    }

    private static NumberMention only(String text, Language language) {
        List<NumberMention> ms = in(text, language);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    private static boolean same(String a, Language la, String b, Language lb) {
        return only(a, la).sameNumber(only(b, lb));
    }

    @Test
    void severalNumberWordsMakeOneNumberInEachLanguage() {
        NumberMention en = only("more than forty-eight of them", Language.ENGLISH);
        assertTrue(en.soft());
        assertTrue(en.values().contains(48.0), en.toString());
        assertEquals("forty-eight", en.text());
        assertTrue(only("меньше сорока восьми", Language.RUSSIAN).values().contains(48.0));
        assertTrue(only("عيد ميلاده الثالث والستين", Language.ARABIC).values().contains(63.0));
        assertTrue(only("ثلاثة عشر شخصا", Language.ARABIC).values().contains(13.0));
        assertTrue(only("one hundred and five people", Language.ENGLISH).values().contains(105.0));
        assertTrue(only("пять тысяч человек", Language.RUSSIAN).values().contains(5000.0));
        assertTrue(only("خمسة آلاف شخص", Language.ARABIC).values().contains(5000.0));
        assertTrue(only("двадцать первого века", Language.RUSSIAN).values().contains(21.0));
    }

    @Test
    void wordsOfOneLanguageAreNotReadInAnother() {
        assertEquals(List.of(), in("ten people", Language.RUSSIAN));
        assertEquals(List.of(), in("десять человек", Language.ENGLISH));
        assertEquals(1, in("ten people", Language.ENGLISH).size());
    }

    @Test
    void aTeenMarkerCountsOnlyAfterAUnit() {
        // عشر after a unit makes a teen; on its own (أكثر من عشر) it is not read as ten here
        assertEquals(List.of(), in("قبل عشر", Language.ARABIC));
        assertTrue(only("القرن التاسع عشر", Language.ARABIC).values().contains(19.0));
    }

    @Test
    void unitsAndTensJoinOnlyInTheOrdersLanguagesUse() {
        // tens then units (forty-eight); units then tens only with "and" (ثلاثة وستين), not "five sixty"
        assertEquals(2, in("five sixty", Language.ENGLISH).size());
        assertTrue(only("ثلاثة وستين", Language.ARABIC).values().contains(63.0));
        assertEquals(2, in("ثلاثة ستين", Language.ARABIC).size());
        // two numbers of a range are not added up: пять-десять is 5 and 10
        assertEquals(2, in("пять-десять", Language.RUSSIAN).size());
    }

    @Test
    void aScaleWordAloneIsOneOfIt() {
        assertTrue(only("свыше тысячи человек", Language.RUSSIAN).values().contains(1000.0));
        assertTrue(only("a thousand people", Language.ENGLISH).values().contains(1000.0));
        // after digits it is read with them, not again
        assertEquals(1, in("1,5 тысячи", Language.RUSSIAN).size());
        assertTrue(only("1,5 тысячи", Language.RUSSIAN).values().contains(1500.0));
        // a plural scale word is no number (thousands of people)
        assertEquals(List.of(), in("thousands of people", Language.ENGLISH));
    }

    @Test
    void oneAndFirstAloneAreNotNumbers() {
        assertEquals(List.of(), in("his first appearance and one of the goals", Language.ENGLISH));
        assertEquals(List.of(), in("один из игроков", Language.RUSSIAN));
        assertEquals(List.of(), in("الشهر الأول", Language.ARABIC));
        assertTrue(only("twenty-first", Language.ENGLISH).values().contains(21.0));
        assertTrue(only("two players", Language.ENGLISH).values().contains(2.0));
    }

    @Test
    void aDecadeIsReadInEachLanguage() {
        assertTrue(same("the 1930s", Language.ENGLISH, "в 30-е годы прошлого века", Language.RUSSIAN));
        // the Arabic names the century too (القرن العشرين: a second, century mention)
        List<NumberMention> ar = in("ثلاثينيات القرن العشرين", Language.ARABIC);
        assertTrue(ar.get(0).sameNumber(only("the 1930s", Language.ENGLISH)));
        assertTrue(ar.get(1).values().contains(NumberMention.century(20)));
        assertTrue(same("in the 1980s", Language.ENGLISH, "в 1980-х", Language.RUSSIAN));
        assertTrue(same("the thirties", Language.ENGLISH, "30-е годы", Language.RUSSIAN));
        // 1930 as a year is no decade: the 30-е is not 1930
        assertFalse(same("in 1930", Language.ENGLISH, "в 30-е годы", Language.RUSSIAN));
        // the 2000s are also the start of the 21st century
        NumberMention century = in("بداية القرن الحادي والعشرين", Language.ARABIC).get(0);
        assertTrue(only("the early 2000s", Language.ENGLISH).sameNumber(century));
        assertTrue(same("the early 2000s", Language.ENGLISH, "начало 2000-х", Language.RUSSIAN));
    }

    @Test
    void aCenturyIsReadFromDigitsWordsAndRomanNumerals() {
        NumberMention en = only("the 19th century", Language.ENGLISH);
        assertTrue(en.sameNumber(only("в XIX веке", Language.RUSSIAN)));
        assertTrue(en.sameNumber(only("القرن التاسع عشر", Language.ARABIC)));
        assertTrue(en.values().contains(NumberMention.century(19)));
        assertFalse(only("19 people", Language.ENGLISH).values().contains(NumberMention.century(19)));
        // a Roman numeral away from a century word is left alone (World War II)
        assertEquals(List.of(), in("World War II", Language.ENGLISH));
    }

    @Test
    void anHourWithAPartOfTheDayIsATime() {
        assertTrue(same("at 7 a.m.", Language.ENGLISH, "в 7 утра", Language.RUSSIAN));
        assertTrue(same("at 7 a.m.", Language.ENGLISH, "في الساعة 7 صباحاً", Language.ARABIC));
        assertTrue(same("at 7.55am", Language.ENGLISH, "в 7:55", Language.RUSSIAN));
        assertTrue(same("at 4.40 am", Language.ENGLISH, "في الساعة 4.40 صباحًا", Language.ARABIC));
        assertTrue(same("at 11 p.m.", Language.ENGLISH, "в 11 вечера", Language.RUSSIAN));
        assertTrue(same("at 11 p.m.", Language.ENGLISH, "в 11 ночи", Language.RUSSIAN));
        assertTrue(same("at 2 a.m.", Language.ENGLISH, "в 2 ночи", Language.RUSSIAN));
        assertTrue(same("at 3 p.m.", Language.ENGLISH, "в 3 часа дня", Language.RUSSIAN));
        assertFalse(same("at 7 p.m.", Language.ENGLISH, "в 7 утра", Language.RUSSIAN));
        assertFalse(same("at 4.40 am", Language.ENGLISH, "في الساعة 4.50 صباحًا", Language.ARABIC));
        // with the part of the day the hour is that time only: 7 утра is not 19:00
        assertFalse(only("в 7 утра", Language.RUSSIAN).values().contains(NumberMention.time(19 * 60)));
        // "5 часов" may still be five hours
        assertTrue(only("5 часов", Language.RUSSIAN).values().contains(5.0));
    }

    @Test
    void aUnitAfterTheNumberIsRead() {
        assertEquals("mph", only("winds of 85 mph", Language.ENGLISH).unit().id());
        assertEquals("kmh", only("до 137 км/ч", Language.RUSSIAN).unit().id());
        assertEquals("kmh", only("137 كم في الساعة", Language.ARABIC).unit().id());
        assertEquals("centimetre", only("25 سنتيمترًا", Language.ARABIC).unit().id());
        assertEquals("kilogram", only("300-килограммовое животное", Language.RUSSIAN).unit().id());
        assertEquals("foot", only("a 6-foot wall", Language.ENGLISH).unit().id());
        assertEquals("mile", only("ten miles", Language.ENGLISH).unit().id());
        // a one-letter scale written against the number is the scale: £5m is five million, not five metres
        NumberMention millions = only("£5m", Language.ENGLISH);
        assertNull(millions.unit());
        assertTrue(millions.values().contains(5e6));
        assertEquals("metre", only("5 m deep", Language.ENGLISH).unit().id());
        // "in" is only inches with its dot: 5 in the morning is no length
        assertNull(only("at 5 in the morning", Language.ENGLISH).unit());
    }

    @Test
    void theFirstNumberOfARangeSharesTheUnitOfTheSecond() {
        List<NumberMention> en = in("2 to 4 inches of rain", Language.ENGLISH);
        assertEquals(List.of("inch", "inch"), en.stream().map(m -> m.unit().id()).toList());
        List<NumberMention> ru = in("от 2,5 до 10 см", Language.RUSSIAN);
        assertEquals(List.of("centimetre", "centimetre"), ru.stream().map(m -> m.unit().id()).toList());
        assertEquals("centimetre", in("5–10 см", Language.RUSSIAN).get(0).unit().id());
        assertEquals("centimetre", in("بين 5 و10 سم", Language.ARABIC).get(0).unit().id());
        // a list is no range: the 3 in "3 cars and 4 miles" has no unit
        assertNull(in("3 cars, 4 miles", Language.ENGLISH).get(0).unit());
    }

    @Test
    void aMeasurementInAUnitAndItsSmallerUnitIsOneNumber() {
        NumberMention en = only("a 6-foot-6 forward", Language.ENGLISH);
        assertEquals("foot", en.unit().id());
        assertTrue(en.values().contains(6.5));
        assertTrue(en.isSmall(), "two one-digit parts: a writer may spell it out (двухметровый)");
        NumberMention ru = only("ростом 1 м 82 см", Language.RUSSIAN);
        assertEquals("metre", ru.unit().id());
        assertTrue(ru.values().stream().anyMatch(v -> Math.abs(v - 1.82) < 1e-9));
        assertFalse(ru.isSmall());
        assertEquals(2, in("6 feet, 6 inches", Language.ENGLISH).size());
    }

    @Test
    void aNumberRunIntoLatinLettersIsPartOfANameButArabicRunTogetherIsANumber() {
        NumberMention name = only("per 247sports", Language.ENGLISH);
        assertTrue(name.soft());
        NumberMention glued = only("و18ولاية", Language.ARABIC);
        assertFalse(glued.soft());
        assertTrue(glued.values().contains(18.0));
        assertFalse(only("a 10km run", Language.ENGLISH).soft());
        assertFalse(only("in the 1930s", Language.ENGLISH).soft());
    }

    @Test
    void vocabularyFilesAreWellFormed() {
        for (LanguageProfile p : LanguageProfile.all()) {
            NumberVocabulary v = p.numberVocabulary();
            for (var e : v.units) {
                assertTrue(MeasureUnit.byId(e.getValue().id()).isPresent());
            }
        }
        assertTrue(LanguageProfile.of(Language.RUSSIAN).numberVocabulary().words.size() > 100);
        assertTrue(MeasureUnit.byId("foot").orElseThrow().subUnit().equals("inch"));
    }
}
