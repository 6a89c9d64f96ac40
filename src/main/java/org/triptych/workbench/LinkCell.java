package org.triptych.workbench;

import java.util.List;
import org.triptych.model.Bead;
import org.triptych.model.LinkStatus;

/**
 * What one target version shows in one row of the aligned view: its units (paragraph or sentence indices, in
 * order), how sure the link is and who decided it.
 *
 * @param parts the aligner's beads this cell was built from, kept so that a row merged only for display (the
 *              Arabic and Russian aligners grouped English differently) saves back as the aligner's finer links;
 *              empty once a person has edited the cell
 */
public record LinkCell(List<Integer> units, double confidence, LinkStatus status, List<Bead> parts) {

    public LinkCell {
        units = List.copyOf(units);
        parts = List.copyOf(parts);
    }

    public static LinkCell empty(LinkStatus status) {
        return new LinkCell(List.of(), 1.0, status, List.of());
    }

    /** The cell as a person left it: confirmed, certain, no longer the aligner's beads. */
    static LinkCell edited(List<Integer> units) {
        return new LinkCell(units, 1.0, LinkStatus.CONFIRMED, List.of());
    }

    LinkCell withStatus(LinkStatus s) {
        return new LinkCell(units, confidence, s, parts.stream().map(b -> b.withStatus(s)).toList());
    }

    /** Same units, but no longer the aligner's beads (the row's English changed under it). */
    LinkCell detached() {
        return new LinkCell(units, confidence, status, List.of());
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }
}
