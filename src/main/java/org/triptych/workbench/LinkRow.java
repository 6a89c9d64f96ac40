package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.LinkStatus;

/**
 * One row of the aligned view: a run of English units and, per target version (in the table's target order), the
 * units linked to them. A row with no English units holds target text the English lacks (an addition).
 */
public record LinkRow(List<Integer> english, List<LinkCell> cells) {

    public LinkRow {
        english = List.copyOf(english);
        cells = List.copyOf(cells);
    }

    /** The least sure of the row's links: what the confidence bar shows. */
    public double confidence() {
        double c = 1.0;
        for (LinkCell cell : cells) {
            if (!cell.isEmpty() || !english.isEmpty()) {
                c = Math.min(c, cell.confidence());
            }
        }
        return c;
    }

    /** REVIEW if any cell is flagged, CONFIRMED if every cell is, AUTOMATIC otherwise. */
    public LinkStatus status() {
        boolean allConfirmed = true;
        for (LinkCell cell : cells) {
            if (english.isEmpty() && cell.isEmpty()) {
                continue; // another version's addition: this column has nothing here to decide
            }
            if (cell.status() == LinkStatus.REVIEW) {
                return LinkStatus.REVIEW;
            }
            allConfirmed &= cell.status() == LinkStatus.CONFIRMED;
        }
        return allConfirmed ? LinkStatus.CONFIRMED : LinkStatus.AUTOMATIC;
    }

    boolean isBlank() {
        return english.isEmpty() && cells.stream().allMatch(LinkCell::isEmpty);
    }

    LinkRow withCell(int column, LinkCell cell) {
        List<LinkCell> list = new ArrayList<>(cells);
        list.set(column, cell);
        return new LinkRow(english, list);
    }
}
