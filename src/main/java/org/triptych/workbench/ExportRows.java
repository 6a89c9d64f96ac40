package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;

/**
 * The rows every export writes (TMX, CSV), built from one {@link LinkTable}: the window's rows as the person sees them
 * and the command line's fresh links alike. Per row and language (English first, then the table's targets) the unit
 * indices and their texts joined by a space.
 */
public record ExportRows(AlignmentLevel level, List<Language> languages, List<Row> rows) {

    /** One row: per language, in {@link #languages()} order, the unit indices and the text. */
    public record Row(List<List<Integer>> units, List<String> texts) {
        public Row {
            units = units.stream().map(List::copyOf).toList();
            texts = List.copyOf(texts);
        }
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
        List<Language> languages = new ArrayList<>();
        languages.add(Language.ENGLISH);
        languages.addAll(table.targets());
        List<Row> rows = new ArrayList<>();
        for (LinkRow r : table.rows()) {
            List<List<Integer>> units = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            units.add(r.english());
            texts.add(join(unitTexts.get(Language.ENGLISH), r.english()));
            for (int c = 0; c < table.targets().size(); c++) {
                List<Integer> cell = r.cells().get(c).units();
                units.add(cell);
                texts.add(join(unitTexts.get(table.targets().get(c)), cell));
            }
            rows.add(new Row(units, texts));
        }
        return new ExportRows(table.level(), languages, rows);
    }

    /** The rows of a project state at {@code level}; null when that level is not aligned. */
    public static ExportRows of(ProjectState state, AlignmentLevel level) {
        LinkTable table = state.table(level);
        return table == null ? null : of(table, texts(state, table));
    }

    /** As {@link #of(ProjectState, AlignmentLevel)} with only English and {@code target}: one file per pair. */
    public static ExportRows pair(ProjectState state, AlignmentLevel level, Language target) {
        LinkTable table = state.table(level);
        if (table == null || !table.targets().contains(target)) {
            return null;
        }
        LinkTable pair = LinkTable.of(level, Units.count(state.article(), Language.ENGLISH, level),
                Map.of(target, Units.count(state.article(), target, level)), List.of(table.alignment(target)));
        return of(pair, texts(state, pair));
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
