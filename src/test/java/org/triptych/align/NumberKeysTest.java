package org.triptych.align;

import org.triptych.text.NumberExtractor;
import org.triptych.text.NumberMention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The number keys the aligner compares: the primary reading of each number the shared extractor finds. */
class NumberKeysTest {

    private static List<String> keys(String text) {
        return NumberExtractor.extract(text).stream().filter(n -> !n.soft()).map(NumberMention::primaryKey).toList();
    }


    @Test
    void thousandsSeparatorsOfEveryKindGiveOneValue() {
        assertEquals(List.of("2254"), keys("2,254 people"));
        assertEquals(List.of("2254"), keys("2254 people"));
        assertEquals(List.of("2254"), keys("2 254 человека"));
        assertEquals(List.of("2254"), keys("2\u00A0254 человека"));
        assertEquals(List.of("1250000"), keys("$1,250,000"));
    }

    @Test
    void arabicIndicAndPersianDigits() {
        assertEquals(List.of("2254"), keys("٢٬٢٥٤ شخصا"));
        assertEquals(List.of("2254"), keys("٢٢٥٤"));
        assertEquals(List.of("1918"), keys("سال ۱۹۱۸"));
    }

    @Test
    void decimalsWithPointCommaOrArabicSeparator() {
        assertEquals(List.of("3.5"), keys("3.5 percent"));
        assertEquals(List.of("3.5"), keys("3,5 процента"));
        assertEquals(List.of("3.5"), keys("٣٫٥ بالمئة"));
    }

    @Test
    void separateNumbersStaySeparate() {
        assertEquals(List.of("10", "6"), keys("a 10-6 lead"));
        assertEquals(List.of("4", "1918"), keys("on 4 October 1918"));
        assertEquals(List.of("7"), keys("007"));
        assertEquals(List.of(), keys("no digits here"));
    }
}
