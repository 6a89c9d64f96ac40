package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triptych.align.Samples.EN;
import static org.triptych.align.Samples.RU;
import static org.triptych.align.Samples.link;
import static org.triptych.align.Samples.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * A unit stays unlinked only with evidence: no neighbouring link can take it by length, its numbers are not on the
 * other side, or (when paragraphs are trusted as in news) the neighbour lies across a paragraph start.
 */
class OmissionEvidenceTest {

    private static final String SHORT_EN = "Nobody expected it.";
    private static final String SHORT_RU = "Никто этого не ожидал.";

    /** English A, a short B, C; Russian A+B written as one, C; the programme's links left B out. */
    private static List<List<List<Integer>>> absorb(String b, String ab, boolean[] enStarts, boolean[] ruStarts,
                                                    double boundaryScale) {
        List<String> en = List.of(EN.get(0), b, EN.get(1));
        List<String> ru = List.of(ab, RU.get(1));
        UnitSignals.KeySpace space = new UnitSignals.KeySpace();
        UnitSignals e = new UnitSignals(en, enStarts, Language.ENGLISH, space, TermEvidence.NONE);
        UnitSignals t = new UnitSignals(ru, ruStarts, Language.RUSSIAN, space, TermEvidence.NONE);
        BandedAligner aligner = new BandedAligner(e, t, AlignmentWeights.defaults(), enStarts != null,
                new LengthModel(1.13, 6.0));
        aligner.setBoundaryScale(boundaryScale);
        List<Bead> programme = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of()),
                bead(List.of(2), List.of(1)));
        return shape(aligner.absorbUnsupportedNulls(programme, 0, 0));
    }

    private static Bead bead(List<Integer> e, List<Integer> t) {
        return new Bead(e, t, 0.5, LinkStatus.AUTOMATIC);
    }

    private static final List<List<List<Integer>>> TAKEN = List.of(link(List.of(0, 1), List.of(0)),
            link(List.of(2), List.of(1)));
    private static final List<List<List<Integer>>> LEFT_OUT = List.of(link(List.of(0), List.of(0)),
            link(List.of(1), List.of()), link(List.of(2), List.of(1)));

    private static final boolean[] EN_OWN = {true, true, false};
    private static final boolean[] RU_OWN = {true, true};

    @Test
    void aShortUnitThatTheNeighbourCoversJoinsIt() {
        assertEquals(TAKEN, absorb(SHORT_EN, RU.get(0) + " " + SHORT_RU, EN_OWN, RU_OWN, 0));
    }

    @Test
    void aNumberTheNeighbourLacksKeepsTheUnitOut() {
        assertEquals(LEFT_OUT, absorb("Nobody expected 48 of them.", RU.get(0) + " " + SHORT_RU, EN_OWN, RU_OWN, 0));
    }

    @Test
    void aUnitTooLongForTheNeighbourStaysOut() {
        String longer = "Nobody on the council, in the press or among the families who had waited for months had"
                + " expected that the vote would pass so quickly and with so few changes to the plan.";
        assertEquals(LEFT_OUT, absorb(longer, RU.get(0), EN_OWN, RU_OWN, 0));
    }

    @Test
    void trustedParagraphsKeepAUnitFromJoiningAcrossAParagraphStart() {
        // B is an English paragraph of its own: in news that is a dropped paragraph, not part of A's or C's link.
        boolean[] wholeParagraph = {true, true, true};
        assertEquals(LEFT_OUT, absorb(SHORT_EN, RU.get(0) + " " + SHORT_RU, wholeParagraph, RU_OWN, 1));
        // Paragraphed independently, the same unit joins the link that covers it.
        assertEquals(TAKEN, absorb(SHORT_EN, RU.get(0) + " " + SHORT_RU, wholeParagraph, RU_OWN, 0));
        // Within its paragraph it may join even when paragraphs are trusted.
        assertEquals(TAKEN, absorb(SHORT_EN, RU.get(0) + " " + SHORT_RU, new boolean[] {true, false, true},
                new boolean[] {true, true}, 1));
    }

    @Test
    void withoutParagraphsTheProgrammesOmissionsStand() {
        assertEquals(LEFT_OUT, absorb(SHORT_EN, RU.get(0) + " " + SHORT_RU, null, null, 1));
    }

    @Test
    void anAdditionWithANumberEnglishLacksStays() {
        List<String> en = List.of(EN.get(0), EN.get(2));
        List<String> ru = List.of(RU.get(0), "В нем 48 пунктов.", RU.get(2));
        UnitSignals.KeySpace space = new UnitSignals.KeySpace();
        BandedAligner aligner = new BandedAligner(
                new UnitSignals(en, new boolean[] {true, true}, Language.ENGLISH, space, TermEvidence.NONE),
                new UnitSignals(ru, new boolean[] {true, false, true}, Language.RUSSIAN, space, TermEvidence.NONE),
                AlignmentWeights.defaults(), true, new LengthModel(1.13, 6.0));
        aligner.setBoundaryScale(0);
        List<Bead> programme = List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)),
                bead(List.of(1), List.of(2)));
        assertEquals(shape(programme), shape(aligner.absorbUnsupportedNulls(programme, 0, 0)));
        List<String> ruPlain = List.of(RU.get(0), "Так и было.", RU.get(2));
        BandedAligner plain = new BandedAligner(
                new UnitSignals(en, new boolean[] {true, true}, Language.ENGLISH, space, TermEvidence.NONE),
                new UnitSignals(ruPlain, new boolean[] {true, false, true}, Language.RUSSIAN, space, TermEvidence.NONE),
                AlignmentWeights.defaults(), true, new LengthModel(1.13, 6.0));
        plain.setBoundaryScale(0);
        assertEquals(List.of(link(List.of(0), List.of(0, 1)), link(List.of(1), List.of(2))),
                shape(plain.absorbUnsupportedNulls(programme, 0, 0)));
    }
}
