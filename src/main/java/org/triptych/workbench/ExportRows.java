package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * The rows every export writes (TMX, CSV), built from one {@link LinkTable}: the window's rows as the person sees them
 * and the command line's fresh links alike. Per row and language (English first, then the table's targets) the unit
 * indices and their texts joined by a space.
 */
public record ExportRows(AlignmentLevel level, List<Language> languages, List<Row> rows) {

    /**
     * One row: per language, in {@link #languages()} order, the unit indices and the text; the row's number as the
     * window shows it (from 1), its link status, per language whether the text is still an unreviewed machine draft,
     * and the person's note on the row ("" for none).
     */
    public record Row(List<List<Integer>> units, List<String> texts, int number, LinkStatus status,
                      List<Boolean> machineDrafts, String note) {
        public Row {
            units = units.stream().map(List::copyOf).toList();
            texts = List.copyOf(texts);
            machineDrafts = machineDrafts == null ? texts.stream().map(t -> false).toList() : List.copyOf(machineDrafts);
            note = note == null ? "" : note;
        }

        public Row(List<List<Integer>> units, List<String> texts) {
            this(units, texts, 0, null, null, "");
        }

        /** Whether any of the row's texts is an unreviewed machine draft. */
        public boolean hasMachineDraft() {
            return machineDrafts.contains(true);
        }

        /** Whether a person has reviewed the row: confirmed, with no machine draft left in it. */
        public boolean isReviewed() {
            return status == LinkStatus.CONFIRMED && !hasMachineDraft();
        }

        /** What the row's status column says: "confirmed", "automatic", "review", or "machine draft". */
        public String statusName() {
            if (hasMachineDraft()) {
                return "machine draft";
            }
            return status == null ? "" : status.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** These rows without those no person has reviewed (not confirmed, or holding a machine draft); numbers kept. */
    public ExportRows reviewedOnly() {
        return new ExportRows(level, languages, rows.stream().filter(Row::isReviewed).toList());
    }

    public ExportRows {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    /**
     * The rows of {@code table}, the texts taken from {@code unitTexts} (per language, the unit texts at the table's
     * level, in index order).
     */
    public static ExportRows of(LinkTable table, Map<Language, List<String>> unitTexts) {
        return of(table, unitTexts, null);
    }

    /** As {@link #of(LinkTable, Map)}, with the state's machine drafts and notes when {@code state} is given. */
    private static ExportRows of(LinkTable table, Map<Language, List<String>> unitTexts, ProjectState state) {
        List<Language> languages = new ArrayList<>();
        languages.add(Language.ENGLISH);
        languages.addAll(table.targets());
        List<String> notes = state == null ? null : RowNotes.perRow(state, table);
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < table.rows().size(); n++) {
            LinkRow r = table.rows().get(n);
            List<List<Integer>> units = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Boolean> drafts = new ArrayList<>();
            units.add(r.english());
            texts.add(join(unitTexts.get(Language.ENGLISH), r.english()));
            drafts.add(false);
            for (int c = 0; c < table.targets().size(); c++) {
                LinkCell cell = r.cells().get(c);
                units.add(cell.units());
                texts.add(join(unitTexts.get(table.targets().get(c)), cell.units()));
                boolean draft = false;
                if (state != null && cell.status() != LinkStatus.CONFIRMED) {
                    for (int u : cell.units()) {
                        draft |= state.isMachineDraft(table.level(), table.targets().get(c), u);
                    }
                }
                drafts.add(draft);
            }
            rows.add(new Row(units, texts, n + 1, r.status(), drafts, notes == null ? "" : notes.get(n)));
        }
        return new ExportRows(table.level(), languages, rows);
    }

    /** The rows of a project state at {@code level}; null when that level is not aligned. */
    public static ExportRows of(ProjectState state, AlignmentLevel level) {
        LinkTable table = state.table(level);
        return table == null ? null : of(table, texts(state, table), state);
    }

    /** As {@link #of(ProjectState, AlignmentLevel)} with only English and {@code target}: one file per pair. */
    public static ExportRows pair(ProjectState state, AlignmentLevel level, Language target) {
        LinkTable table = state.table(level);
        if (table == null || !table.targets().contains(target)) {
            return null;
        }
        LinkTable pair = LinkTable.of(level, Units.count(state.article(), Language.ENGLISH, level),
                Map.of(target, Units.count(state.article(), target, level)), List.of(table.alignment(target)));
        return of(pair, texts(state, pair), state);
    }

    private static Map<Language, List<String>> texts(ProjectState state, LinkTable table) {
        Map<Language, List<String>> texts = new LinkedHashMap<>();
        texts.put(Language.ENGLISH, Units.texts(state.article(), Language.ENGLISH, table.level()));
        for (Language t : table.targets()) {
            texts.put(t, Units.texts(state.article(), t, table.level()));
        }
        return texts;
    }

    private static String join(List<String> texts, List<Integer> indices) {
        StringBuilder sb = new StringBuilder();
        for (int i : indices) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(texts.get(i));
        }
        return sb.toString();
    }
}
