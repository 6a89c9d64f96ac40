package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triptych.align.Samples.AR;
import static org.triptych.align.Samples.EN;
import static org.triptych.align.Samples.RU;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Sentence;

class ParagraphAlignerTest {

    private final ParagraphAligner aligner = new ParagraphAligner();

    @Test
    void paragraphLinksAreComponentsOfSentenceLinksAndMayBeWide() {
        // English: three paragraphs (0-1, 2-5, 6-7); Russian: the middle one cut into four, the last two merged.
        List<List<String>> en = List.of(EN.subList(0, 2), EN.subList(2, 6), EN.subList(6, 8));
        List<List<String>> ru = List.of(RU.subList(0, 2), RU.subList(2, 3), RU.subList(3, 4), RU.subList(4, 5),
                RU.subList(5, 6), RU.subList(6, 8));
        ParagraphAlignment a = aligner.align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1, 2, 3, 4)),
                link(List.of(2), List.of(5))), shape(a.paragraphs()));
        assertEquals(Samples.ones(0, 8), shape(a.sentences()));
    }

    @Test
    void mergedParagraphsGiveATwoToOneLink() {
        List<List<String>> en = List.of(EN.subList(0, 3), EN.subList(3, 5), EN.subList(5, 8));
        List<List<String>> ar = List.of(AR.subList(0, 3), AR.subList(3, 8));
        ParagraphAlignment a = aligner.align(en, ar, Language.ARABIC, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1, 2), List.of(1))), shape(a.paragraphs()));
    }

    @Test
    void aParagraphWhoseSentencesAreAllLeftOutIsAnOmission() {
        List<List<String>> en = List.of(EN.subList(0, 3), EN.subList(3, 4), EN.subList(4, 8));
        List<List<String>> ru = List.of(RU.subList(0, 3), RU.subList(4, 8));
        ParagraphAlignment a = aligner.align(en, ru, Language.RUSSIAN, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of()), link(List.of(2), List.of(1))),
                shape(a.paragraphs()));
        Bead omitted = a.paragraphs().get(1);
        assertEquals(LinkStatus.REVIEW, omitted.status());
    }

    @Test
    void documentVersionsWithSentenceOffsets() {
        DocumentVersion en = version(Language.ENGLISH, List.of(EN.subList(0, 4), EN.subList(4, 8)));
        DocumentVersion ru = version(Language.RUSSIAN, List.of(RU.subList(0, 4), RU.subList(4, 8)));
        ParagraphAlignment a = aligner.align(en, ru, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))), shape(a.paragraphs()));
        assertEquals(8, a.sentences().size());
    }

    static DocumentVersion version(Language lang, List<List<String>> paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (List<String> sentences : paragraphs) {
            String text = String.join(" ", sentences);
            List<Sentence> ss = new java.util.ArrayList<>();
            int at = 0;
            for (String s : sentences) {
                ss.add(new Sentence(at, at + s.length(), s));
                at += s.length() + 1;
            }
            ps.add(new Paragraph(text, ParagraphKind.BODY, ss));
        }
        return new DocumentVersion(lang, "test", ps);
    }

    @Test
    void paragraphBoundariesDecideBetweenSentencesOfEqualWeight() {
        // B and C are alike, with no number or name, and the target keeps one sentence X that could be either.
        // By length alone X is B; where the target's paragraphs break says it is C.
        String a = "The committee met again this week to discuss the plan.";
        String b = "Members said that the work was going quite well so far.";
        String c = "Members said the work was going slowly.";
        String d = "A final decision on the plan, and on how much of it the city can pay for, is expected before the end"
                + " of the year.";
        String aRu = "Комитет снова собрался на этой неделе, чтобы обсудить план.";
        String xRu = "Члены комитета рассказали, как до сих пор идет работа.";
        String dRu = "Окончательное решение по плану и по тому, какую его часть город сможет оплатить, ожидается до"
                + " конца года.";
        List<List<List<Integer>>> flat = shape(new SentenceAligner().align(List.of(a, b, c, d),
                List.of(aRu, xRu, dRu), Language.RUSSIAN, AlignOptions.defaults()));
        assertEquals(link(List.of(1), List.of(1)), flat.get(1), "by length X is B");

        List<List<String>> en = List.of(List.of(a, b), List.of(c, d));
        ParagraphAlignment split = aligner.align(en, List.of(List.of(aRu), List.of(xRu, dRu)), Language.RUSSIAN,
                AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of()), link(List.of(2), List.of(1)),
                link(List.of(3), List.of(2))), shape(split.sentences()));
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))), shape(split.paragraphs()));

        // X closes the first paragraph, so it is B; C opened the second English paragraph and has no counterpart of
        // its own. With nothing against it, D's link takes it (decision 0103): the paragraphs still agree.
        ParagraphAlignment taken = aligner.align(en, List.of(List.of(aRu, xRu), List.of(dRu)), Language.RUSSIAN,
                AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)),
                link(List.of(2, 3), List.of(2))), shape(taken.sentences()));
        // A year in C that D's translation lacks is evidence that C was left out: the target's second paragraph
        // opens with D's translation, and that still counts as agreeing.
        List<List<String>> enWithYear = List.of(List.of(a, b), List.of("Members said in 2024 the work was slow.", d));
        ParagraphAlignment firstLeftOut = aligner.align(enWithYear, List.of(List.of(aRu, xRu), List.of(dRu)),
                Language.RUSSIAN, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1)), link(List.of(2), List.of()),
                link(List.of(3), List.of(2))), shape(firstLeftOut.sentences()));
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1), List.of(1))),
                shape(firstLeftOut.paragraphs()));
    }
}
