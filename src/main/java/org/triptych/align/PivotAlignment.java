package org.triptych.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.triptych.model.Bead;

/**
 * Joins the links of several target versions against English into rows, one per English link: the English units
 * of a row are the smallest groups on which every pair agrees, so Arabic and Russian correspond through English.
 */
public final class PivotAlignment {

    private PivotAlignment() {
    }

    /**
     * Rows for links of each target version (keyed by language code, in display order) against {@code englishCount}
     * English units. Each list of links must cover its units in document order, as the aligners return them.
     */
    public static List<PivotRow> rows(int englishCount, Map<String, List<Bead>> linksByLanguage) {
        // English groups: union of the English sides of all links of all pairs (they are runs, so groups are runs).
        int[] group = new int[englishCount];
        for (int u = 0; u < englishCount; u++) {
            group[u] = u;
        }
        for (List<Bead> links : linksByLanguage.values()) {
            for (Bead b : links) {
                for (int k = 1; k < b.english().size(); k++) {
                    join(group, b.english().get(0), b.english().get(k));
                }
            }
        }
        // Row number of each English unit; rows in English order.
        int[] rowOf = new int[englishCount];
        List<TreeSet<Integer>> rowEnglish = new ArrayList<>();
        int lastRoot = -1;
        for (int u = 0; u < englishCount; u++) {
            int r = find(group, u);
            if (r != lastRoot) {
                rowEnglish.add(new TreeSet<>());
                lastRoot = r;
            }
            rowOf[u] = rowEnglish.size() - 1;
            rowEnglish.get(rowEnglish.size() - 1).add(u);
        }
        List<Map<String, TreeSet<Integer>>> rowTargets = new ArrayList<>();
        for (int r = 0; r < rowEnglish.size(); r++) {
            rowTargets.add(new LinkedHashMap<>());
        }
        // Additions (target units with no English) go after the row the pair's previous link belongs to.
        Map<Integer, List<PivotRow>> additionsAfter = new LinkedHashMap<>();
        for (Map.Entry<String, List<Bead>> pair : linksByLanguage.entrySet()) {
            String lang = pair.getKey();
            int lastRow = -1;
            for (Bead b : pair.getValue()) {
                if (b.english().isEmpty()) {
                    additionsAfter.computeIfAbsent(lastRow, k -> new ArrayList<>())
                            .add(new PivotRow(List.of(), Map.of(lang, b.target())));
                    continue;
                }
                int row = rowOf[b.english().get(0)];
                rowTargets.get(row).computeIfAbsent(lang, k -> new TreeSet<>()).addAll(b.target());
                lastRow = row;
            }
        }
        List<PivotRow> out = new ArrayList<>(additionsAfter.getOrDefault(-1, List.of()));
        for (int r = 0; r < rowEnglish.size(); r++) {
            Map<String, List<Integer>> t = new LinkedHashMap<>();
            for (String lang : linksByLanguage.keySet()) {
                t.put(lang, new ArrayList<>(rowTargets.get(r).getOrDefault(lang, new TreeSet<>())));
            }
            out.add(new PivotRow(new ArrayList<>(rowEnglish.get(r)), t));
            out.addAll(additionsAfter.getOrDefault(r, List.of()));
        }
        return out;
    }

    private static void join(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
