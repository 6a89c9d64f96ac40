package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/** How far paragraph starts count is measured on the input: full weight for news, none for independent editions. */
class BoundaryScaleTest {

    private static UnitSignals side(boolean[] starts) {
        return new UnitSignals(Collections.nCopies(starts.length, "x"), starts, Language.ENGLISH,
                new UnitSignals.KeySpace(), TermEvidence.NONE);
    }

    private static List<Bead> oneToOne(int n) {
        List<Bead> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Bead(List.of(i), List.of(i), 0.9, LinkStatus.AUTOMATIC));
        }
        return out;
    }

    /** Paragraphs of about {@code mean} units: true where a unit opens one. */
    private static boolean[] paragraphs(int n, double mean, Random random) {
        boolean[] s = new boolean[n];
        s[0] = true;
        for (int i = 1; i < n; i++) {
            s[i] = random.nextDouble() < 1 / mean;
        }
        return s;
    }

    @Test
    void versionsThatKeepEachOthersParagraphsKeepTheFullWeight() {
        boolean[] en = paragraphs(60, 2.5, new Random(1));
        assertEquals(1.0, SentenceAligner.boundaryScale(oneToOne(60), side(en), side(en.clone())), 1e-9);
    }

    @Test
    void aShortArticleWithTwoMergedParagraphsIsStillNews() {
        boolean[] en = {true, false, true, false, true, true, false, true, false, true, false, true, false, true, true};
        boolean[] tg = en.clone();
        tg[4] = false; // two paragraphs merged twice: two true links start a paragraph on one side only
        tg[9] = false;
        double scale = SentenceAligner.boundaryScale(oneToOne(15), side(en), side(tg));
        assertTrue(scale > 0.6, "scale " + scale);
    }

    @Test
    void independentParagraphingGetsLittleOrNoWeight() {
        Random random = new Random(7);
        boolean[] en = paragraphs(200, 2.5, random);
        boolean[] tg = paragraphs(200, 2.5, random);
        double scale = SentenceAligner.boundaryScale(oneToOne(200), side(en), side(tg));
        assertTrue(scale < 0.1, "scale " + scale);
    }

    @Test
    void withNoOneToOneLinkNothingIsMeasuredAndTheWeightStays() {
        List<Bead> none = List.of(new Bead(List.of(0, 1), List.of(0), 0.9, LinkStatus.AUTOMATIC));
        assertEquals(1.0, SentenceAligner.boundaryScale(none, side(new boolean[] {true, false}),
                side(new boolean[] {true})), 1e-9);
    }
}
