package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentScoreTest {

    private static List<List<Integer>> l(List<Integer> e, List<Integer> t) {
        return List.of(e, t);
    }

    @Test
    void strictAndLaxFollowTheVecalignConvention() {
        List<List<List<Integer>>> gold = List.of(l(List.of(0), List.of(0)), l(List.of(1), List.of(1, 2)),
                l(List.of(2), List.of()));
        List<List<List<Integer>>> pred = List.of(l(List.of(0), List.of(0)), l(List.of(1), List.of(1)),
                l(List.of(), List.of(2)), l(List.of(2), List.of()));
        AlignmentScore s = new AlignmentScore();
        s.add(gold, pred);
        assertEquals(2.0 / 4, s.strictPrecision(), 1e-12);
        assertEquals(2.0 / 3, s.strictRecall(), 1e-12);
        assertEquals(2 * (0.5 * 2.0 / 3) / (0.5 + 2.0 / 3), s.strictF1(), 1e-12);
        // [1]-[1] shares the pair (1,1) with a gold link; the addition [ ]-[2] shares no pair.
        assertEquals(3.0 / 4, s.laxPrecision(), 1e-12);
        assertEquals(1.0, s.laxRecall(), 1e-12);
        assertEquals(3, s.goldLinks());
        assertEquals(4, s.predictedLinks());
    }

    @Test
    void countsAreSummedOverDocumentsAndOrderInsideALinkDoesNotMatter() {
        AlignmentScore s = new AlignmentScore();
        s.add(List.of(l(List.of(0, 1), List.of(0))), List.of(l(List.of(1, 0), List.of(0))));
        s.add(List.of(l(List.of(0), List.of(0)), l(List.of(1), List.of(1))), List.of(l(List.of(0, 1), List.of(0, 1))));
        assertEquals(1.0 / 2, s.strictPrecision(), 1e-12);
        assertEquals(1.0 / 3, s.strictRecall(), 1e-12);
        assertEquals(1.0, s.laxPrecision(), 1e-12);
        assertEquals(1.0, s.laxRecall(), 1e-12);
    }

    @Test
    void emptyInputScoresZeroNotNaN() {
        AlignmentScore s = new AlignmentScore();
        s.add(List.of(), List.of());
        assertEquals(0.0, s.strictF1());
    }
}
