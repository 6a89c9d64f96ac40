package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * The rows every export writes (TMX, CSV, XLIFF), built from one {@link LinkTable}: the window's rows as the person
 * sees them and the command line's fresh links alike. Per row and language (English first, then the table's targets)
 * the unit indices, their texts joined by a space, the link's status and whether the text is an unedited machine draft.
 */
public record ExportRows(AlignmentLevel level, List<Language> languages, List<Row> rows) {

    /**
     * One row: per language, in {@link #languages()} order, the unit indices, the text, the link's status (English:
     * the row's) and whether any of its units lies in a paragraph that is still an unedited machine draft; and the
     * row's number as the window shows it (from 1; 0: not known) and the person's note on it ("" for none).
     */
    public record Row(List<List<Integer>> units, List<String> texts, List<LinkStatus> links, List<Boolean> machineDrafts,
                      int number, String note) {
        public Row {
            units = units.stream().map(List::copyOf).toList();
            texts = List.copyOf(texts);
            links = links == null ? java.util.Collections.nCopies(texts.size(), LinkStatus.AUTOMATIC) : List.copyOf(links);
            machineDrafts = machineDrafts == null ? java.util.Collections.nCopies(texts.size(), false)
                    : List.copyOf(machineDrafts);
            note = note == null ? "" : note;
        }

        public Row(List<List<Integer>> units, List<String> texts, List<LinkStatus> links, List<Boolean> machineDrafts) {
            this(units, texts, links, machineDrafts, 0, "");
        }

        /** A row of texts alone: automatic links, no machine drafts. */
        public Row(List<List<Integer>> units, List<String> texts) {
            this(units, texts, null, null);
        }

        /** The row's link status (what its English cell's link says). */
        public LinkStatus status() {
            return links.get(0);
        }

        /** Whether the text of language {@code l} (in {@link ExportRows#languages()} order) is an unreviewed machine draft. */
        public boolean isMachineDraft(int l) {
            return machineDrafts.get(l) && links.get(l) != LinkStatus.CONFIRMED;
        }

        /** Whether any of the row's texts is an unreviewed machine draft (a confirmed cell is reviewed). */
        public boolean hasMachineDraft() {
            for (int l = 0; l < texts.size(); l++) {
                if (isMachineDraft(l)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a person has reviewed the row: confirmed, with no machine draft left in it. */
        public boolean isReviewed() {
            return status() == LinkStatus.CONFIRMED && !hasMachineDraft();
        }

        /** What the row's status column says: "confirmed", "automatic", "review", or "machine draft". */
        public String statusName() {
            return hasMachineDraft() ? "machine draft" : status().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** These rows without those no person has reviewed (not confirmed, or holding a machine draft); numbers kept. */
    public ExportRows reviewedOnly() {
        return new ExportRows(level, languages, rows.stream().filter(Row::isReviewed).toList());
    }

    /** Where a unit is an unedited machine draft; the command line's fresh links have none. */
    @FunctionalInterface
    interface DraftTest {
        boolean isDraft(Language language, int unit);
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
        return of(table, unitTexts, (l, u) -> false);
    }

    static ExportRows of(LinkTable table, Map<Language, List<String>> unitTexts, DraftTest drafts) {
        return of(table, unitTexts, drafts, null);
    }

    /** As {@link #of(LinkTable, Map, DraftTest)}, with each row's note ({@code notes} per row, null: none). */
    static ExportRows of(LinkTable table, Map<Language, List<String>> unitTexts, DraftTest drafts, List<String> notes) {
        List<Language> languages = new ArrayList<>();
        languages.add(Language.ENGLISH);
        languages.addAll(table.targets());
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < table.rows().size(); n++) {
            LinkRow r = table.rows().get(n);
            List<List<Integer>> units = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<LinkStatus> links = new ArrayList<>();
            List<Boolean> machine = new ArrayList<>();
            units.add(r.english());
            texts.add(join(unitTexts.get(Language.ENGLISH), r.english()));
            links.add(r.status());
            machine.add(r.english().stream().anyMatch(u -> drafts.isDraft(Language.ENGLISH, u)));
            for (int c = 0; c < table.targets().size(); c++) {
                Language t = table.targets().get(c);
                List<Integer> cell = r.cells().get(c).units();
                units.add(cell);
                texts.add(join(unitTexts.get(t), cell));
                links.add(r.cells().get(c).status());
                machine.add(cell.stream().anyMatch(u -> drafts.isDraft(t, u)));
            }
            rows.add(new Row(units, texts, links, machine, n + 1, notes == null ? "" : notes.get(n)));
        }
        return new ExportRows(table.level(), languages, rows);
    }

    /** The rows of a project state at {@code level}; null when that level is not aligned. */
    public static ExportRows of(ProjectState state, AlignmentLevel level) {
        LinkTable table = state.table(level);
        return table == null ? null : of(table, texts(state, table), (l, u) -> state.isMachineDraft(level, l, u),
                RowNotes.perRow(state, table));
    }

    /** As {@link #of(ProjectState, AlignmentLevel)} with only English and {@code target}: one file per pair. */
    public static ExportRows pair(ProjectState state, AlignmentLevel level, Language target) {
        LinkTable table = state.table(level);
        if (table == null || !table.targets().contains(target)) {
            return null;
        }
        LinkTable pair = LinkTable.of(level, Units.count(state.article(), Language.ENGLISH, level),
                Map.of(target, Units.count(state.article(), target, level)), List.of(table.alignment(target)));
        return of(pair, texts(state, pair), (l, u) -> state.isMachineDraft(level, l, u), RowNotes.perRow(state, pair));
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
