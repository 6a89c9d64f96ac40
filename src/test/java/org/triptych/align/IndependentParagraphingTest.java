package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.align.Samples.EN;
import static org.triptych.align.Samples.RU;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.Sentence;
import org.triptych.text.SentenceSegmenter;

/** Versions that keep their own paragraphing get whole paragraph links; news paragraphs still decide. */
class IndependentParagraphingTest {

    private static List<List<String>> paragraphs(String resource, Language language) throws IOException {
        String text;
        try (InputStream in = IndependentParagraphingTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (p.isBlank()) {
                continue;
            }
            List<String> s = new ArrayList<>();
            for (Sentence x : SentenceSegmenter.forLanguage(language).split(p.strip())) {
                s.add(x.text());
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The bundled sample's Russian version re-paragraphed by hand (src/test/resources/.../sample-ru-reparagraphed.txt,
     * made from article-ru.txt): paragraphs 2 and 3 merged, paragraph 5's first sentence alone and its other two
     * joined by paragraph 6's first, 8 and 9 merged, 12's first sentence moved up into 11, 13 split after its first.
     */
    @Test
    void theSampleReparagraphedByHandGetsWholeParagraphLinks() throws IOException {
        List<List<String>> en = paragraphs("/org/triptych/sample/article-en.txt", Language.ENGLISH);
        List<List<String>> ru = paragraphs("sample-ru-reparagraphed.txt", Language.RUSSIAN);
        ParagraphAlignment a = new ParagraphAligner().align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        assertEquals(List.of(
                link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), link(List.of(2, 3), List.of(2)),
                link(List.of(4), List.of(3)), link(List.of(5, 6), List.of(4, 5, 6)), link(List.of(7, 8), List.of(7)),
                link(List.of(9), List.of(8)), link(List.of(10), List.of(9)), link(List.of(11, 12), List.of(10, 11)),
                link(List.of(13), List.of(12, 13))), shape(a.paragraphs()));
        assertTrue(a.paragraphs().stream().noneMatch(Bead::isOmission));
    }

    /**
     * In a news article long enough for the first pass to measure its paragraphing (eight units and more), agreeing
     * paragraph starts keep their full weight: they still decide which of two like sentences a version kept.
     */
    @Test
    void newsParagraphStartsStillDecideOnceMeasured() {
        String a = "The committee met again this week to discuss the plan.";
        String b = "Members said that the work was going quite well so far.";
        String c = "Members said the work was going slowly.";
        String d = "A final decision on the plan, and on how much of it the city can pay for, is expected before the end"
                + " of the year.";
        String aRu = "Комитет снова собрался на этой неделе, чтобы обсудить план.";
        String xRu = "Члены комитета рассказали, как до сих пор идет работа.";
        String dRu = "Окончательное решение по плану и по тому, какую его часть город сможет оплатить, ожидается до"
                + " конца года.";
        List<List<String>> en = List.of(EN.subList(0, 2), EN.subList(2, 4), EN.subList(4, 6), EN.subList(6, 8),
                List.of(a, b), List.of(c, d));
        List<List<String>> ru = List.of(RU.subList(0, 2), RU.subList(2, 4), RU.subList(4, 6), RU.subList(6, 8),
                List.of(aRu), List.of(xRu, dRu));
        ParagraphAlignment got = new ParagraphAligner().align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        // By length alone X is B; the paragraph starts say it is C (X opens the target's last paragraph).
        assertEquals(link(List.of(10), List.of(9)), shape(got.sentences()).get(10));
        assertEquals(link(List.of(5), List.of(5)), shape(got.paragraphs()).get(5));
    }

    /**
     * A long text (the sample's eight sentences ten times over) paragraphed on each side on its own, with a seeded
     * random: breaks every two to three sentences, independently. At the news weight the paragraph starts would pull
     * sentence links onto agreeing breaks and cut paragraph links; measured on the text, they weigh (almost) nothing.
     */
    @Test
    void aLongTextParagraphedOnEachSideOnItsOwn() {
        java.util.Random random = new java.util.Random(11);
        List<String> en = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            en.addAll(EN);
            ru.addAll(Samples.join(Samples.join(RU, 5, 6), 1, 2)); // two sentences written as one, twice
        }
        List<List<String>> enParagraphs = cut(en, random);
        List<List<String>> ruParagraphs = cut(ru, random);
        ParagraphAlignment got = new ParagraphAligner().align(enParagraphs, ruParagraphs, Language.RUSSIAN,
                AlignOptions.defaults());
        List<List<List<Integer>>> expected = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            int e = 8 * r;
            int t = 6 * r;
            expected.add(link(List.of(e), List.of(t)));
            expected.add(link(List.of(e + 1, e + 2), List.of(t + 1)));
            expected.add(link(List.of(e + 3), List.of(t + 2)));
            expected.add(link(List.of(e + 4), List.of(t + 3)));
            expected.add(link(List.of(e + 5, e + 6), List.of(t + 4)));
            expected.add(link(List.of(e + 7), List.of(t + 5)));
        }
        assertEquals(expected, shape(got.sentences()));
        assertEquals(ParagraphAligner.paragraphLinks(got.sentences(), paragraphOf(enParagraphs),
                paragraphOf(ruParagraphs)).size(), got.paragraphs().size());
    }

    private static List<List<String>> cut(List<String> units, java.util.Random random) {
        List<List<String>> out = new ArrayList<>();
        for (String u : units) {
            if (out.isEmpty() || random.nextDouble() < 0.4) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(u);
        }
        return out;
    }

    private static int[] paragraphOf(List<List<String>> paragraphs) {
        int[] of = new int[paragraphs.stream().mapToInt(List::size).sum()];
        int u = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int k = 0; k < paragraphs.get(p).size(); k++) {
                of[u++] = p;
            }
        }
        return of;
    }
}
