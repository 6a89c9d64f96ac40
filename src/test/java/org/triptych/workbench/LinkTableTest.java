package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

class LinkTableTest {

    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    private static LinkTable table(int english, int ar, int ru, List<Bead> arBeads, List<Bead> ruBeads) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        counts.put(AR, ar);
        counts.put(RU, ru);
        return LinkTable.of(AlignmentLevel.PARAGRAPH, english, counts, List.of(
                new Alignment(AR, AlignmentLevel.PARAGRAPH, arBeads), new Alignment(RU, AlignmentLevel.PARAGRAPH, ruBeads)));
    }

    private static LinkTable sample() {
        return table(14, 12, 14, GoldUnitAligner.GOLD.get(AR), GoldUnitAligner.GOLD.get(RU));
    }

    @Test
    void differingEnglishGroupingsMergeIntoOneRowCoveringTheUnion() {
        // Arabic groups English 2+3, Russian 7+8 and 9 alone: both groupings survive as rows covering the union
        LinkTable t = sample();
        assertEquals(12, t.rows().size());
        LinkRow row2 = t.rows().get(2);
        assertEquals(List.of(2, 3), row2.english());
        assertEquals(List.of(2), row2.cells().get(0).units());
        assertEquals(List.of(2, 3), row2.cells().get(1).units());
        LinkRow row6 = t.rows().get(6);
        assertEquals(List.of(7, 8), row6.english());
        assertEquals(List.of(6, 7), row6.cells().get(0).units());
        assertEquals(List.of(7), row6.cells().get(1).units());
        assertEquals(List.of(11), t.rows().get(9).english());
        assertEquals(List.of(), t.rows().get(9).cells().get(0).units());
    }

    @Test
    void overlappingGroupsChainIntoOneRow() {
        // ar links en 0+1 and en 2; ru links en 0 and en 1+2: no common cut inside 0..2, so one row
        LinkTable t = table(3, 2, 2,
                List.of(Bead.of(List.of(0, 1), List.of(0), 0.9), Bead.of(List.of(2), List.of(1), 0.9)),
                List.of(Bead.of(List.of(0), List.of(0), 0.9), Bead.of(List.of(1, 2), List.of(1), 0.4)));
        assertEquals(1, t.rows().size());
        assertEquals(List.of(0, 1, 2), t.rows().get(0).english());
        assertEquals(0.4, t.rows().get(0).confidence(), 1e-9);
    }

    @Test
    void savingGivesBackTheAlignersFinerLinks() {
        LinkTable t = sample();
        assertEquals(GoldUnitAligner.GOLD.get(AR), t.alignment(AR).beads());
        assertEquals(GoldUnitAligner.GOLD.get(RU), t.alignment(RU).beads());
    }

    @Test
    void additionsGetTheirOwnRowAndForgottenUnitsAreNotDropped() {
        LinkTable t = table(2, 3, 2,
                List.of(Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(), List.of(1), 1), Bead.of(List.of(1), List.of(2), 1)),
                List.of(Bead.of(List.of(0), List.of(0), 1))); // Russian 1 and English 1 forgotten by the "aligner"
        assertEquals(4, t.rows().size());
        assertEquals(List.of(), t.rows().get(1).english());
        assertEquals(List.of(1), t.rows().get(1).cells().get(0).units());
        assertEquals(List.of(1), t.rows().get(2).english());
        assertEquals(List.of(2), t.rows().get(2).cells().get(0).units());
        assertEquals(List.of(), t.rows().get(2).cells().get(1).units(), "English 1 has no Russian link");
        assertEquals(List.of(), t.rows().get(3).english());
        assertEquals(List.of(1), t.rows().get(3).cells().get(1).units(), "the forgotten Russian unit shows up");
    }

    @Test
    void mergeSplitMoveInsertKeepEveryUnitInOrder() {
        LinkTable t = sample();
        LinkTable merged = t.mergeWithNext(0);
        assertEquals(List.of(0, 1), merged.rows().get(0).english());
        assertEquals(LinkStatus.CONFIRMED, merged.rows().get(0).status());
        LinkTable split = merged.split(0, null, 1);
        assertEquals(List.of(0), split.rows().get(0).english());
        assertEquals(List.of(1), split.rows().get(1).english());
        assertEquals(List.of(), split.rows().get(1).cells().get(0).units());
        LinkTable moved = split.move(0, AR, 1);
        assertEquals(List.of(), moved.rows().get(0).cells().get(0).units());
        assertEquals(List.of(0, 1), moved.rows().get(1).cells().get(0).units());
        LinkTable ruSplit = t.split(7, RU, 1);
        assertEquals(List.of(8), ruSplit.rows().get(7).cells().get(1).units());
        assertEquals(List.of(9), ruSplit.rows().get(8).cells().get(1).units());
        assertEquals(List.of(), ruSplit.rows().get(8).english());
        LinkTable inserted = t.insertEmpty(10, AR);
        assertEquals(List.of(), inserted.rows().get(10).cells().get(0).units());
        assertEquals(List.of(10), inserted.rows().get(11).cells().get(0).units());
        assertEquals(List.of(11), inserted.rows().get(inserted.rows().size() - 1).cells().get(0).units());
        for (LinkTable x : List.of(merged, split, moved, ruSplit, inserted)) {
            assertEquals(range(12), x.alignment(AR).beads().stream().flatMap(b -> b.target().stream()).toList());
            assertEquals(range(14), x.alignment(RU).beads().stream().flatMap(b -> b.target().stream()).toList());
            assertEquals(range(14), x.alignment(RU).beads().stream().flatMap(b -> b.english().stream()).toList());
        }
    }

    @Test
    void impossibleEditsSayWhy() {
        LinkTable t = sample();
        assertThrows(IllegalArgumentException.class, () -> t.mergeWithNext(t.rows().size() - 1));
        assertThrows(IllegalArgumentException.class, () -> t.split(0, null, 1));
        assertThrows(IllegalArgumentException.class, () -> t.move(0, AR, -1));
        assertThrows(IllegalArgumentException.class, () -> t.move(9, AR, 1), "the empty cell has nothing to move");
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }
}
