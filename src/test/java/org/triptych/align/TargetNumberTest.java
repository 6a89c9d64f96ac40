package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/**
 * A number that a target sentence has and its English counterpart has no number at all for: that target sentence
 * is not the counterpart of an English sentence without numbers (its added neighbour, of about the same length, is
 * not linked to it). Where the English sentence has numbers of its own, the target's may be them converted (miles to
 * kilometres) and count for nothing.
 */
class TargetNumberTest {

    private static final String A_EN = "The regional government presented its annual report to the press on Friday morning.";
    private static final String D_EN = "The full report will be published on the official website next week.";
    private static final String A_RU = "В пятницу утром региональное правительство представило прессе свой ежегодный доклад.";
    private static final String D_RU = "Полный текст доклада будет опубликован на официальном сайте на следующей неделе.";

    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void anAddedSentenceWithANumberIsNotLinkedToASentenceWithout() {
        List<String> en = List.of(A_EN, "The minister would not say when the building work would start.", D_EN);
        // The translation adds a sentence with a figure before its counterpart of the English one.
        String added = "Стоимость работ оценивается в 450 миллионов рублей.";
        String counterpart = "Министр не сказал, когда начнется строительство.";
        List<List<List<Integer>>> links = shape(aligner.align(en, List.of(A_RU, added, counterpart, D_RU),
                Language.RUSSIAN, AlignOptions.defaults()));
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(), List.of(1)), link(List.of(1), List.of(2)),
                link(List.of(2), List.of(3))), links);
    }

    @Test
    void convertedNumbersDoNotCountTwice() {
        // Miles and miles per hour become kilometres: no English number is in the Russian sentence, nor the reverse,
        // and still the two are each other's translation.
        List<String> en = List.of(A_EN, "The storm had winds of 75 mph at 6 a.m. on Monday, 240 miles east of Bermuda.",
                D_EN);
        List<String> ru = List.of(A_RU, "По данным на понедельник, 6 часов утра по местному времени, скорость ветра"
                + " достигала 120 км/ч, а сам шторм находился в 390 км к востоку от Бермудских островов.", D_RU);
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), link(List.of(2), List.of(2))),
                shape(aligner.align(en, ru, Language.RUSSIAN, AlignOptions.defaults())));
    }
}
