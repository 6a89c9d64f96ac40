package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.triptych.model.Alignment;
import org.triptych.model.Article;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * The rows of the aligned view at one level, built from one alignment per target version with English as the pivot.
 * Immutable: every edit returns a new table, which is what makes undo a matter of keeping the old one.
 *
 * <p>Each target's aligner may group English differently (Arabic merges English 2+3, Russian does not). A row
 * boundary is kept only where every target has one, so such rows merge into one row covering the union; each cell
 * keeps the beads it came from so saving gives back the finer links.
 */
public record LinkTable(AlignmentLevel level, List<Language> targets, List<LinkRow> rows) {

    public LinkTable {
        targets = List.copyOf(targets);
        rows = List.copyOf(rows);
    }

    /**
     * Builds the rows.
     *
     * @param englishCount number of English units at this level
     * @param targetCounts number of units per target, in column order
     * @param alignments   one per target (missing targets get empty cells)
     */
    public static LinkTable of(AlignmentLevel level, int englishCount, Map<Language, Integer> targetCounts,
                               List<Alignment> alignments) {
        List<Language> targets = new ArrayList<>(targetCounts.keySet());
        List<List<Bead>> beadsPerTarget = new ArrayList<>();
        for (Language t : targets) {
            List<Bead> beads = alignments.stream().filter(a -> a.target().equals(t)).findFirst()
                    .map(Alignment::beads).orElse(null);
            beadsPerTarget.add(beads == null ? null : complete(beads, englishCount, targetCounts.get(t)));
        }
        // cut points in English: a row may end at e only if every aligned target has a bead ending there
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int e = 0; e <= englishCount; e++) {
            cuts.add(e);
        }
        for (List<Bead> beads : beadsPerTarget) {
            if (beads == null) {
                continue;
            }
            TreeSet<Integer> own = new TreeSet<>();
            own.add(0);
            own.add(englishCount);
            for (Bead b : beads) {
                if (!b.english().isEmpty()) {
                    own.add(b.english().get(b.english().size() - 1) + 1);
                }
            }
            cuts.retainAll(own);
        }
        // English span rows, keyed by their start; additions at a common cut get rows of their own before the span
        TreeMap<Integer, RowBuilder> spans = new TreeMap<>();
        TreeMap<Integer, RowBuilder> additions = new TreeMap<>();
        Integer prev = null;
        for (int c : cuts) {
            if (prev != null) {
                spans.put(prev, new RowBuilder(range(prev, c), targets.size()));
            }
            prev = c;
        }
        for (int t = 0; t < targets.size(); t++) {
            List<Bead> beads = beadsPerTarget.get(t);
            if (beads == null) {
                continue;
            }
            int position = 0; // the English cut after the last bead that had English
            for (Bead b : beads) {
                RowBuilder row;
                if (b.english().isEmpty()) {
                    if (cuts.contains(position)) {
                        row = additions.computeIfAbsent(position, p -> new RowBuilder(List.of(), targets.size()));
                    } else {
                        row = spans.floorEntry(position).getValue();
                    }
                } else {
                    row = spans.floorEntry(b.english().get(0)).getValue();
                    position = b.english().get(b.english().size() - 1) + 1;
                }
                row.add(t, b);
            }
        }
        List<LinkRow> rows = new ArrayList<>();
        for (int c : cuts) {
            RowBuilder add = additions.get(c);
            if (add != null) {
                rows.add(add.build(beadsPerTarget));
            }
            RowBuilder span = spans.get(c);
            if (span != null) {
                rows.add(span.build(beadsPerTarget));
            }
        }
        return new LinkTable(level, targets, rows);
    }

    /** Before alignment only English is shown, a row per unit: nothing is linked by guesswork. */
    public static LinkTable englishOnly(Article article, AlignmentLevel level) {
        List<Language> targets = article.others().stream().map(v -> v.language()).toList();
        List<LinkCell> empty = targets.stream().map(t -> LinkCell.empty(LinkStatus.AUTOMATIC)).toList();
        List<LinkRow> rows = new ArrayList<>();
        for (int i = 0; i < Units.count(article, Language.ENGLISH, level); i++) {
            rows.add(new LinkRow(List.of(i), empty));
        }
        return new LinkTable(level, targets, rows);
    }

    /** This table with each row that equals a row of {@code old} replaced by that row object (the view keeps the
     * nodes it built for a row object, so re-aligning redraws only the rows that changed). */
    LinkTable reusing(LinkTable old) {
        if (old == null) {
            return this;
        }
        java.util.Map<LinkRow, LinkRow> known = new java.util.HashMap<>();
        for (LinkRow r : old.rows) {
            known.putIfAbsent(r, r);
        }
        List<LinkRow> out = new ArrayList<>(rows.size());
        for (LinkRow r : rows) {
            out.add(known.getOrDefault(r, r));
        }
        return new LinkTable(level, targets, out);
    }

    /** The links of one target, in document order: the aligner's beads where untouched, one bead per edited row. */
    public Alignment alignment(Language target) {
        int t = column(target);
        List<Bead> beads = new ArrayList<>();
        for (LinkRow row : rows) {
            LinkCell cell = row.cells().get(t);
            if (!cell.parts().isEmpty()) {
                beads.addAll(cell.parts());
            } else if (!row.english().isEmpty() || !cell.isEmpty()) {
                beads.add(new Bead(row.english(), cell.units(), cell.confidence(), cell.status()));
            }
        }
        return new Alignment(target, level, beads);
    }

    public List<Alignment> alignments() {
        return targets.stream().map(this::alignment).toList();
    }

    public int column(Language target) {
        int t = targets.indexOf(target);
        if (t < 0) {
            throw new IllegalArgumentException("No column for " + target);
        }
        return t;
    }

    /** The row showing English unit {@code e}, or -1. */
    public int rowOfEnglish(int e) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).english().contains(e)) {
                return r;
            }
        }
        return -1;
    }

    /** The row showing unit {@code u} of a target, or -1. */
    public int rowOfTarget(Language target, int u) {
        int t = column(target);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cells().get(t).units().contains(u)) {
                return r;
            }
        }
        return -1;
    }

    // ---- edits: each returns a new table; the view model keeps the old one for undo ----

    /** Row r and the row after it become one row, in every column. */
    public LinkTable mergeWithNext(int r) {
        check(r >= 0 && r + 1 < rows.size(), "There is no next row to merge with");
        LinkRow a = rows.get(r);
        LinkRow b = rows.get(r + 1);
        List<LinkCell> cells = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            cells.add(LinkCell.edited(concat(a.cells().get(t).units(), b.cells().get(t).units())));
        }
        return replace(r, 2, List.of(new LinkRow(concat(a.english(), b.english()), cells)));
    }

    /**
     * Splits one cell of row r after its k-th unit (1 ≤ k &lt; units): the rest goes to a new row below, with empty
     * cells in the other columns. {@code target} null means the English cell.
     */
    public LinkTable split(int r, Language target, int k) {
        LinkRow row = rows.get(r);
        List<Integer> units = target == null ? row.english() : row.cells().get(column(target)).units();
        check(k >= 1 && k < units.size(), "A cell can only be split between two of its units");
        List<Integer> head = units.subList(0, k);
        List<Integer> tail = units.subList(k, units.size());
        List<LinkCell> upper = new ArrayList<>();
        List<LinkCell> lower = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            LinkCell cell = row.cells().get(t);
            if (target != null && t == column(target)) {
                upper.add(LinkCell.edited(head));
                lower.add(LinkCell.edited(tail));
            } else {
                upper.add(target == null ? LinkCell.edited(cell.units()) : cell);
                lower.add(LinkCell.empty(LinkStatus.CONFIRMED));
            }
        }
        List<Integer> english = target == null ? head : row.english();
        List<Integer> lowerEnglish = target == null ? tail : List.of();
        return replace(r, 1, List.of(new LinkRow(english, upper), new LinkRow(lowerEnglish, lower)));
    }

    /** A target cell's units join the cell above (delta -1) or below (+1); rows left empty disappear. */
    public LinkTable move(int r, Language target, int delta) {
        check(delta == -1 || delta == 1, "Cells move one row at a time");
        int other = r + delta;
        check(other >= 0 && other < rows.size(), delta < 0 ? "The first row has no row above" : "The last row has no row below");
        int t = column(target);
        List<Integer> moving = rows.get(r).cells().get(t).units();
        check(!moving.isEmpty(), "The cell is empty: nothing to move");
        List<Integer> there = rows.get(other).cells().get(t).units();
        List<LinkRow> list = new ArrayList<>(rows);
        list.set(other, list.get(other).withCell(t, LinkCell.edited(delta < 0 ? concat(there, moving) : concat(moving, there))));
        list.set(r, list.get(r).withCell(t, LinkCell.edited(List.of())));
        list.removeIf(LinkRow::isBlank);
        return new LinkTable(level, targets, list);
    }

    /** An empty cell is inserted at row r of a target column; that column's cells from r on shift down a row. */
    public LinkTable insertEmpty(int r, Language target) {
        check(r >= 0 && r < rows.size(), "No row " + (r + 1));
        int t = column(target);
        List<LinkRow> list = new ArrayList<>(rows);
        LinkCell carried = LinkCell.edited(List.of());
        for (int i = r; i < list.size(); i++) {
            LinkCell here = list.get(i).cells().get(t);
            list.set(i, list.get(i).withCell(t, i == r ? carried : carried.detached()));
            carried = here;
        }
        if (!carried.isEmpty()) {
            List<LinkCell> cells = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                cells.add(i == t ? carried.detached() : LinkCell.empty(LinkStatus.AUTOMATIC));
            }
            list.add(new LinkRow(List.of(), cells));
        }
        list.removeIf(LinkRow::isBlank);
        return new LinkTable(level, targets, list);
    }

    /** Every cell of row r gets the status (confirmed links are anchors for re-alignment). */
    public LinkTable withStatus(int r, LinkStatus status) {
        LinkRow row = rows.get(r);
        List<LinkCell> cells = row.cells().stream().map(c -> c.withStatus(status)).toList();
        return replace(r, 1, List.of(new LinkRow(row.english(), cells)));
    }

    private LinkTable replace(int from, int count, List<LinkRow> with) {
        List<LinkRow> list = new ArrayList<>(rows.subList(0, from));
        list.addAll(with);
        list.addAll(rows.subList(from + count, rows.size()));
        return new LinkTable(level, targets, list);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The beads in order with every unit covered: an English unit no bead mentions becomes a 1-0 bead and a target
     * unit no bead mentions a 0-1 bead, so nothing an aligner forgot drops out of the view.
     */
    static List<Bead> complete(List<Bead> beads, int englishCount, int targetCount) {
        List<Bead> out = new ArrayList<>();
        int e = 0;
        int t = 0;
        for (Bead b : beads) {
            int eFrom = b.english().isEmpty() ? e : b.english().get(0);
            int tFrom = b.target().isEmpty() ? t : b.target().get(0);
            while (e < Math.min(eFrom, englishCount)) {
                out.add(new Bead(List.of(e++), List.of(), 0, LinkStatus.AUTOMATIC));
            }
            while (t < Math.min(tFrom, targetCount)) {
                out.add(new Bead(List.of(), List.of(t++), 0, LinkStatus.AUTOMATIC));
            }
            out.add(b);
            if (!b.english().isEmpty()) {
                e = Math.max(e, b.english().get(b.english().size() - 1) + 1);
            }
            if (!b.target().isEmpty()) {
                t = Math.max(t, b.target().get(b.target().size() - 1) + 1);
            }
        }
        while (e < englishCount) {
            out.add(new Bead(List.of(e++), List.of(), 0, LinkStatus.AUTOMATIC));
        }
        while (t < targetCount) {
            out.add(new Bead(List.of(), List.of(t++), 0, LinkStatus.AUTOMATIC));
        }
        return out;
    }

    /** Collects one row's beads per target while the table is built. */
    private static final class RowBuilder {
        final List<Integer> english;
        final List<List<Bead>> beads = new ArrayList<>();

        RowBuilder(List<Integer> english, int targets) {
            this.english = english;
            for (int i = 0; i < targets; i++) {
                beads.add(new ArrayList<>());
            }
        }

        void add(int t, Bead b) {
            beads.get(t).add(b);
        }

        LinkRow build(List<List<Bead>> aligned) {
            List<LinkCell> cells = new ArrayList<>();
            for (int t = 0; t < beads.size(); t++) {
                List<Bead> own = beads.get(t);
                if (aligned.get(t) == null) {
                    cells.add(LinkCell.empty(LinkStatus.AUTOMATIC));
                    continue;
                }
                List<Integer> units = new ArrayList<>();
                double confidence = 1.0;
                boolean allConfirmed = !own.isEmpty();
                boolean review = false;
                for (Bead b : own) {
                    units.addAll(b.target());
                    confidence = Math.min(confidence, b.confidence());
                    allConfirmed &= b.status() == LinkStatus.CONFIRMED;
                    review |= b.status() == LinkStatus.REVIEW;
                }
                LinkStatus status = review ? LinkStatus.REVIEW : allConfirmed ? LinkStatus.CONFIRMED : LinkStatus.AUTOMATIC;
                cells.add(new LinkCell(units, confidence, status, own));
            }
            return new LinkRow(english, cells);
        }
    }
}
