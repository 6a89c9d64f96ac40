package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class RealignTest {

    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void confirmedLinksStayAndTheRestIsAlignedBetweenThem() {
        List<Bead> auto = aligner.align(EN, RU, Language.RUSSIAN, AlignOptions.defaults());
        assertEquals(Samples.ones(0, 8), shape(auto));
        // A person decides that English 3 and 4 together are Russian 3 and 4 (not what the aligner would say), and
        // confirms it; the other links are unconfirmed and come out of the re-alignment again.
        List<Bead> edited = new ArrayList<>();
        edited.add(auto.get(0).withStatus(LinkStatus.CONFIRMED));
        edited.add(new Bead(List.of(3, 4), List.of(3, 4), 1.0, LinkStatus.CONFIRMED));
        List<Bead> again = aligner.realign(EN, RU, Language.RUSSIAN, edited, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(again, 8, 8);
        List<List<List<Integer>>> got = shape(again);
        assertEquals(link(List.of(0), List.of(0)), got.get(0));
        assertEquals(link(List.of(1), List.of(1)), got.get(1));
        assertEquals(link(List.of(2), List.of(2)), got.get(2));
        assertEquals(link(List.of(3, 4), List.of(3, 4)), got.get(3));
        assertEquals(LinkStatus.CONFIRMED, again.get(3).status());
        assertEquals(link(List.of(5), List.of(5)), got.get(4));
        assertEquals(7, got.size());
    }

    @Test
    void aConfirmedOmissionForcesTheNeighboursToMove() {
        // Confirm that English 2 has no Russian counterpart: the gap after it holds one more Russian sentence than
        // English ones, and the aligner must account for it with an addition somewhere.
        List<Bead> edited = List.of(new Bead(List.of(2), List.of(), 1.0, LinkStatus.CONFIRMED));
        List<Bead> again = aligner.realign(EN, RU, Language.RUSSIAN, edited, AlignOptions.defaults());
        SentenceAlignerTest.checkCoverage(again, 8, 8);
        assertEquals(link(List.of(2), List.of()), shape(again).get(2));
    }

    @Test
    void confirmedLinksOutOfOrderAreRefused() {
        List<Bead> edited = List.of(new Bead(List.of(4), List.of(4), 1.0, LinkStatus.CONFIRMED),
                new Bead(List.of(2), List.of(2), 1.0, LinkStatus.CONFIRMED));
        assertThrows(IllegalArgumentException.class,
                () -> aligner.realign(EN, RU, Language.RUSSIAN, edited, AlignOptions.defaults()));
        List<Bead> outside = List.of(new Bead(List.of(9), List.of(2), 1.0, LinkStatus.CONFIRMED));
        assertThrows(IllegalArgumentException.class,
                () -> aligner.realign(EN, RU, Language.RUSSIAN, outside, AlignOptions.defaults()));
    }

    @Test
    void confirmedParagraphLinksStayAndTheParagraphsBetweenAreAlignedAgain() {
        List<List<String>> en = List.of(EN.subList(0, 2), EN.subList(2, 4), EN.subList(4, 6), EN.subList(6, 8));
        List<List<String>> ru = List.of(RU.subList(0, 2), RU.subList(2, 4), RU.subList(4, 6), RU.subList(6, 8));
        ParagraphAligner aligner = new ParagraphAligner();
        // The person says English paragraphs 1 and 2 together are Russian paragraph 1 and 2 together.
        List<Bead> edited = List.of(new Bead(List.of(1, 2), List.of(1, 2), 1.0, LinkStatus.CONFIRMED));
        ParagraphAlignment again = aligner.realign(en, ru, Language.RUSSIAN, edited, AlignOptions.defaults());
        assertEquals(List.of(link(List.of(0), List.of(0)), link(List.of(1, 2), List.of(1, 2)),
                link(List.of(3), List.of(3))), shape(again.paragraphs()));
        assertEquals(LinkStatus.CONFIRMED, again.paragraphs().get(1).status());
        assertEquals(Samples.ones(0, 8), shape(again.sentences()));

        List<Bead> overlapping = List.of(new Bead(List.of(1), List.of(1), 1.0, LinkStatus.CONFIRMED),
                new Bead(List.of(1, 2), List.of(2), 1.0, LinkStatus.CONFIRMED));
        assertThrows(IllegalArgumentException.class,
                () -> aligner.realign(en, ru, Language.RUSSIAN, overlapping, AlignOptions.defaults()));
    }
}
