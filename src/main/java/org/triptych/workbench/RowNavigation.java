package org.triptych.workbench;

import org.triptych.model.AlignmentLevel;
import org.triptych.model.LinkStatus;

/**
 * Where the Go menu's commands lead, without JavaFX: the next (or previous) row still to review — not confirmed by a
 * person — and the next row holding a machine draft nobody has reviewed. Each answers a row index at the level given,
 * or -1 when there is none that way (the search does not wrap: the person is told they reached the end).
 */
public final class RowNavigation {

    private RowNavigation() {
    }

    /** The first row after {@code from} ({@code delta} 1) or before it (-1) that is not confirmed; -1 when none. */
    public static int nextUnconfirmed(ProjectState state, AlignmentLevel level, int from, int delta) {
        LinkTable t = state.table(level);
        if (t == null) {
            return -1;
        }
        for (int r = start(from, delta, t.rows().size()); r >= 0 && r < t.rows().size(); r += delta) {
            if (t.rows().get(r).status() != LinkStatus.CONFIRMED) {
                return r;
            }
        }
        return -1;
    }

    /** The first row after (or before) {@code from} with an unreviewed machine draft in a cell; -1 when none. */
    public static int nextMachineDraft(ProjectState state, AlignmentLevel level, int from, int delta) {
        LinkTable t = state.table(level);
        if (t == null) {
            return -1;
        }
        for (int r = start(from, delta, t.rows().size()); r >= 0 && r < t.rows().size(); r += delta) {
            if (hasMachineDraft(state, level, t, t.rows().get(r))) {
                return r;
            }
        }
        return -1;
    }

    private static int start(int from, int delta, int size) {
        if (from < 0) {
            return delta > 0 ? 0 : size - 1;
        }
        return from + delta;
    }

    /** A target cell of the row holds a paragraph still a machine draft, and the cell is not confirmed. */
    static boolean hasMachineDraft(ProjectState state, AlignmentLevel level, LinkTable t, LinkRow row) {
        for (int c = 0; c < t.targets().size(); c++) {
            LinkCell cell = row.cells().get(c);
            if (cell.status() == LinkStatus.CONFIRMED) {
                continue;
            }
            for (int u : cell.units()) {
                if (state.isMachineDraft(level, t.targets().get(c), u)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The row a person typed ("12", " 12 "), 0-based; -1 with nothing typed. A number outside the rows or anything
     * else is refused with a sentence.
     *
     * @throws IllegalArgumentException saying what the rows are
     */
    public static int parseRow(String typed, int rows) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return -1;
        }
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a row number: type a number from 1 to " + rows);
        }
        if (n < 1 || n > rows) {
            throw new IllegalArgumentException("There is no row " + n + ": the rows go from 1 to " + rows);
        }
        return n - 1;
    }
}
