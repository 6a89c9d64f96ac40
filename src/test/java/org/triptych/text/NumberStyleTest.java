package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A number from the English written the way the version writes its own numbers. */
class NumberStyleTest {

    @Test
    void arabicThatWritesArabicIndicDigitsUngroupedGetsTheEnglishNumberThatWay() {
        NumberStyle s = NumberStyle.of(List.of("نزحت ١٢٠٥ أسر، وتنتظر ٤٣٠٠ طن من الطحين و٦٠٠٠ شاحنة."));
        assertEquals("١٢٥٠", s.write("1,250"), "what the translator saw go in as 1,250");
        assertEquals("١٨", s.write("18"));
        assertEquals("٤٥٠٠٠٠٠", s.write("4,500,000"), "longer numbers follow the four-digit way when the text shows no other");
        assertEquals("١٫٢ million", s.write("1.2 million"), "Arabic decimal mark; the words after it are kept");
    }

    @Test
    void westernDigitsWithoutSeparatorsAsTheIssueDescribes() {
        // the sample's Arabic: 4300 and 6000, and one number in Arabic-Indic digits, ١٢٠٥
        NumberStyle s = NumberStyle.of(List.of("الطحين 4300 طن و6000 شاحنة", "نزحت ١٢٠٥ أسر"));
        assertEquals("1250", s.write("1,250"), "the version's digits and no separator");
        assertEquals("١٢٥٠", s.writeLike("1,250", "١٢٠٥"), "in place of ١٢٠٥: its digits, the version's separators");
        assertEquals("1250", s.writeLike("1,250", ""), "a number added where there was none: the version's digits");
    }

    @Test
    void russianGroupsWithASpaceAndWritesADecimalComma() {
        NumberStyle s = NumberStyle.of(List.of("примерно в 4 500 000 динаров", "водоснабжение 1,2 млн человек", "1 250 семей"));
        assertEquals("1 250", s.write("1,250"));
        assertEquals("2,5", s.write("2.5"));
        assertEquals("12 000 000", s.write("12,000,000"));
    }

    @Test
    void arabicThousandsSeparatorAndDecimalMark() {
        NumberStyle s = NumberStyle.of(List.of("بلغ عدد النازحين ١٬٢٥٠ و٢٢٬٠٠٠ شخص، بنسبة ٣٫٥ في المئة"));
        assertEquals("٤٬٣٠٠", s.write("4,300"));
        assertEquals("٠٫٧٥", s.write("0.75"));
    }

    @Test
    void whatTheTextDoesNotShowKeepsTheEnglishWay() {
        NumberStyle s = NumberStyle.of(List.of("no numbers here"));
        assertEquals("1,250", s.write("1,250"));
        assertEquals("3.5", s.write("3.5"));
        assertEquals("not a number", s.write("not a number"));
    }
}
