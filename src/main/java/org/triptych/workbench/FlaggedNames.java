package org.triptych.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.align.NameCounterparts;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;

/**
 * What the concept dialog is filled with when a flagged name goes into the glossary: the name as flagged, and its
 * counterpart in each other cell of its row, found by the names' consonant skeletons (Halvorsen, هالفورسن,
 * Халворсена). A cell with no such word leaves its language for the person to type.
 */
public final class FlaggedNames {

    private FlaggedNames() {
    }

    /** The name first, in its language, then each counterpart found in row {@code row}'s other cells. */
    public static Map<Language, String> counterparts(ProjectState state, AlignmentLevel level, int row, Language language,
                                                     String name) {
        Map<Language, String> out = new LinkedHashMap<>();
        out.put(language, name);
        LinkTable t = state.table(level);
        if (t == null || row < 0 || row >= t.rows().size()) {
            return out;
        }
        LinkRow r = t.rows().get(row);
        Map<Language, List<Integer>> cells = new LinkedHashMap<>();
        cells.put(Language.ENGLISH, r.english());
        for (int c = 0; c < t.targets().size(); c++) {
            cells.put(t.targets().get(c), r.cells().get(c).units());
        }
        for (Map.Entry<Language, List<Integer>> cell : cells.entrySet()) {
            if (cell.getKey().equals(language) || cell.getValue().isEmpty()) {
                continue;
            }
            List<String> texts = Units.texts(state.article(), cell.getKey(), level);
            StringBuilder text = new StringBuilder();
            for (int u : cell.getValue()) {
                if (u >= 0 && u < texts.size()) {
                    text.append(texts.get(u)).append(' ');
                }
            }
            NameCounterparts.in(name, language, text.toString(), cell.getKey()).ifPresent(w -> out.put(cell.getKey(), w));
        }
        return out;
    }
}
