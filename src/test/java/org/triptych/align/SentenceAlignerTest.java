package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.align.Samples.AR;
import static org.triptych.align.Samples.EN;
import static org.triptych.align.Samples.RU;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner();
    private final AlignOptions options = AlignOptions.defaults();

    private List<List<List<Integer>>> align(List<String> en, List<String> tg, Language lang) {
        List<Bead> beads = aligner.align(en, tg, lang, options);
        checkCoverage(beads, en.size(), tg.size());
        return shape(beads);
    }

    /** Every unit is in exactly one link, in order. */
    static void checkCoverage(List<Bead> beads, int n, int m) {
        int e = 0;
        int t = 0;
        for (Bead b : beads) {
            for (int u : b.english()) {
                assertEquals(e++, u);
            }
            for (int v : b.target()) {
                assertEquals(t++, v);
            }
            assertTrue(b.confidence() >= 0 && b.confidence() <= 1);
        }
        assertEquals(n, e);
        assertEquals(m, t);
    }

    @Test
    void oneToOneWhenTheTranslationFollowsSentenceBySentence() {
        assertEquals(Samples.ones(0, 8), align(EN, RU, Language.RUSSIAN));
        assertEquals(Samples.ones(0, 8), align(EN, AR, Language.ARABIC));
    }

    @Test
    void aSentenceLeftInEnglishInTheRussianVersionIsLinkedForReviewOnly() {
        List<String> ru = new ArrayList<>(RU);
        ru.set(2, EN.get(2)); // left untranslated: its names and length still place it
        List<Bead> beads = aligner.align(EN, ru, Language.RUSSIAN, options);
        assertEquals(Samples.ones(0, 8), shape(beads));
        Bead untranslated = beads.get(2);
        assertEquals(LinkStatus.REVIEW, untranslated.status(), untranslated.toString());
        assertTrue(untranslated.confidence() < beads.get(1).confidence() / 2, beads.toString());
    }

    @Test
    void twoEnglishSentencesWrittenAsOne() {
        List<List<List<Integer>>> got = align(EN, Samples.join(RU, 2, 3), Language.RUSSIAN);
        assertEquals(link(List.of(2, 3), List.of(2)), got.get(2));
        assertEquals(7, got.size());
    }

    @Test
    void oneEnglishSentenceSplitInTwo() {
        List<List<List<Integer>>> got = align(Samples.join(EN, 5, 6), AR, Language.ARABIC);
        assertEquals(link(List.of(5), List.of(5, 6)), got.get(5));
    }

    @Test
    void threeToOneAndOneToThree() {
        List<String> ru = new ArrayList<>(RU.subList(0, 3));
        ru.add(RU.get(3) + " " + RU.get(4) + " " + RU.get(5));
        ru.addAll(RU.subList(6, 8));
        List<List<List<Integer>>> got = align(EN, ru, Language.RUSSIAN);
        assertEquals(link(List.of(3, 4, 5), List.of(3)), got.get(3));

        List<String> en = new ArrayList<>(EN.subList(0, 1));
        en.add(EN.get(1) + " " + EN.get(2) + " " + EN.get(3));
        en.addAll(EN.subList(4, 8));
        got = align(en, AR, Language.ARABIC);
        assertEquals(link(List.of(1), List.of(1, 2, 3)), got.get(1));
    }

    @Test
    void twoToTwoWhenTheSentenceBoundaryMoves() {
        List<String> en = List.of(
                "Officials in Geneva met on Monday and discussed the budget for 2025, which covers 310 schools and 27 hospitals.",
                "They approved 40 million dollars, the statement said.",
                "The next meeting is planned for the autumn.");
        List<String> ru = List.of(
                "В понедельник чиновники в Женеве провели встречу.",
                "Они обсудили бюджет на 2025 год для 310 школ и 27 больниц и одобрили 40 миллионов долларов, говорится в заявлении.",
                "Следующая встреча запланирована на осень.");
        List<List<List<Integer>>> got = align(en, ru, Language.RUSSIAN);
        assertEquals(link(List.of(0, 1), List.of(0, 1)), got.get(0));
        assertEquals(link(List.of(2), List.of(2)), got.get(1));
    }

    @Test
    void omissionAndAddition() {
        List<List<List<Integer>>> got = align(EN, Samples.without(RU, 3), Language.RUSSIAN);
        assertEquals(link(List.of(3), List.of()), got.get(3));
        List<String> extra = new ArrayList<>(AR);
        extra.add(4, "وأضاف المتحدث باسم المجلس أن التفاصيل الكاملة ستنشر على الموقع الإلكتروني للمدينة الأسبوع المقبل.");
        got = align(EN, extra, Language.ARABIC);
        assertEquals(link(List.of(), List.of(4)), got.get(4));
        Bead added = aligner.align(EN, extra, Language.ARABIC, options).get(4);
        assertEquals(LinkStatus.REVIEW, added.status());
    }

    @Test
    void emptyInputs() {
        assertEquals(List.of(), align(List.of(), List.of(), Language.RUSSIAN));
        List<List<List<Integer>>> got = align(EN.subList(0, 2), List.of(), Language.RUSSIAN);
        assertEquals(List.of(link(List.of(0), List.of()), link(List.of(1), List.of())), got);
    }
}
