package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

    private static NumberMention one(String text) {
        List<NumberMention> ms = NumberExtractor.extract(text).stream().filter(m -> !m.soft()).toList();
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    @Test
    void separatorsAndScriptsGiveTheSameValue() {
        assertTrue(one("2,254").values().contains(2254.0));
        assertTrue(one("2,254").values().contains(2.254));
        assertEquals(Set.of(2254.0), one("2 254").values());
        assertEquals(Set.of(2254.0), one("٢٬٢٥٤").values());
        assertEquals(Set.of(1234567.0), one("1,234,567").values());
        assertEquals(Set.of(2.5), one("2,5").values());
        assertEquals(Set.of(3.5), one("٣٫٥").values());
        assertEquals(Set.of(1205.0), one("۱۲۰۵").values(), "Persian digits, as the Persian and Urdu profiles write");
        NumberMention m = one("في ١٢٠٥ حالة");
        assertEquals("١٢٠٥", m.text());
        assertEquals(3, m.start());
    }

    @Test
    void scaleWordsAndTimes() {
        assertTrue(one("1.5 million").values().contains(1_500_000.0));
        assertTrue(one("1,5 млн").values().contains(1_500_000.0));
        assertTrue(one("180 ألف").values().contains(180_000.0));
        assertTrue(one("$2bn").values().contains(2e9));
        assertTrue(one("2:30").sameNumber(one("14:30")));
        assertFalse(one("2:30").sameNumber(one("2:45")));
        assertTrue(one("at 3 p.m. on Monday").sameNumber(one("в 15:00")));
        assertTrue(one("10.30am").sameNumber(one("10:30")));
        assertFalse(one("3 p.m.").sameNumber(one("16:00")));
        assertEquals(Set.of(10.0), one("10 amendments").values());
        assertTrue(one("5 a.m.").sameNumber(one("в 5 часов утра")));
        assertTrue(one("3 p.m.").sameNumber(one("في الساعة 3 مساءً")));
        assertFalse(one("3 p.m.").sameNumber(one("3 дома")));
    }

    @Test
    void numberWordsAreSoft() {
        List<NumberMention> ms = NumberExtractor.extract("five ships, пять кораблей, وخمسة");
        assertEquals(3, ms.size());
        assertTrue(ms.stream().allMatch(NumberMention::soft));
        assertTrue(ms.stream().allMatch(x -> x.values().contains(5.0)));
    }
}
