package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

    @Test
    void thousandsSeparatorsOfEveryKindGiveOneValue() {
        assertEquals(List.of("2254"), NumberExtractor.extract("2,254 people"));
        assertEquals(List.of("2254"), NumberExtractor.extract("2254 people"));
        assertEquals(List.of("2254"), NumberExtractor.extract("2 254 человека"));
        assertEquals(List.of("2254"), NumberExtractor.extract("2\u00A0254 человека"));
        assertEquals(List.of("1250000"), NumberExtractor.extract("$1,250,000"));
    }

    @Test
    void arabicIndicAndPersianDigits() {
        assertEquals(List.of("2254"), NumberExtractor.extract("٢٬٢٥٤ شخصا"));
        assertEquals(List.of("2254"), NumberExtractor.extract("٢٢٥٤"));
        assertEquals(List.of("1918"), NumberExtractor.extract("سال ۱۹۱۸"));
    }

    @Test
    void decimalsWithPointCommaOrArabicSeparator() {
        assertEquals(List.of("3.5"), NumberExtractor.extract("3.5 percent"));
        assertEquals(List.of("3.5"), NumberExtractor.extract("3,5 процента"));
        assertEquals(List.of("3.5"), NumberExtractor.extract("٣٫٥ بالمئة"));
    }

    @Test
    void separateNumbersStaySeparate() {
        assertEquals(List.of("10", "6"), NumberExtractor.extract("a 10-6 lead"));
        assertEquals(List.of("4", "1918"), NumberExtractor.extract("on 4 October 1918"));
        assertEquals(List.of("7"), NumberExtractor.extract("007"));
        assertEquals(List.of(), NumberExtractor.extract("no digits here"));
    }
}
