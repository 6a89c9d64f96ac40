package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.RowNote;

/**
 * Where a row's note is kept and found: each row is known by its first unit (its first English unit, else the first
 * unit of its first non-empty cell), so a note follows its row through merges, moves and re-alignments that keep that
 * unit first.
 */
public final class RowNotes {

    private RowNotes() {
    }

    /** The unit a note on row {@code row} is anchored to (text empty); empty for a row with no units. */
    static Optional<RowNote> anchor(LinkTable t, AlignmentLevel level, int row) {
        if (t == null || row < 0 || row >= t.rows().size()) {
            return Optional.empty();
        }
        LinkRow r = t.rows().get(row);
        if (!r.english().isEmpty()) {
            return Optional.of(new RowNote(level, Language.ENGLISH, r.english().get(0), ""));
        }
        for (int c = 0; c < t.targets().size(); c++) {
            if (!r.cells().get(c).units().isEmpty()) {
                return Optional.of(new RowNote(level, t.targets().get(c), r.cells().get(c).units().get(0), ""));
            }
        }
        return Optional.empty();
    }

    /** The note on row {@code row} at {@code level}, or "" when it has none. */
    public static String of(ProjectState state, AlignmentLevel level, int row) {
        Optional<RowNote> at = anchor(state.table(level), level, row);
        if (at.isEmpty()) {
            return "";
        }
        for (RowNote n : state.notes()) {
            if (n.sameAnchor(at.get())) {
                return n.text();
            }
        }
        return "";
    }

    /** The notes with row {@code row}'s note set to {@code text} (blank: removed); null when the row has no units. */
    static List<RowNote> with(ProjectState state, AlignmentLevel level, int row, String text) {
        Optional<RowNote> at = anchor(state.table(level), level, row);
        if (at.isEmpty()) {
            return null;
        }
        List<RowNote> out = new ArrayList<>();
        for (RowNote n : state.notes()) {
            if (!n.sameAnchor(at.get())) {
                out.add(n);
            }
        }
        if (!text.isBlank()) {
            RowNote a = at.get();
            out.add(new RowNote(a.level(), a.language(), a.unit(), text.strip()));
        }
        return out;
    }

    /** Per row of {@code t}, its note ("" for none), in row order: what exports write beside the rows. */
    public static List<String> perRow(ProjectState state, LinkTable t) {
        java.util.Map<RowNote, String> byAnchor = new java.util.HashMap<>();
        for (RowNote n : state.notes()) {
            byAnchor.put(new RowNote(n.level(), n.language(), n.unit(), ""), n.text());
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Optional<RowNote> at = byAnchor.isEmpty() ? Optional.empty() : anchor(t, t.level(), r);
            out.add(at.map(a -> byAnchor.getOrDefault(a, "")).orElse(""));
        }
        return out;
    }
}
