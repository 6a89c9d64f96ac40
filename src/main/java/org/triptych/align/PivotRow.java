package org.triptych.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the three-version view: a group of English units and, for each target language, the units linked to
 * them through English. A row with no English units holds an addition of one target version.
 */
public record PivotRow(List<Integer> english, Map<String, List<Integer>> targets) {
    public PivotRow {
        english = List.copyOf(english);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        targets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        targets = java.util.Collections.unmodifiableMap(copy);
    }

    /** The units of the version with this language code linked in this row (empty if none). */
    public List<Integer> target(String languageCode) {
        return targets.getOrDefault(languageCode, List.of());
    }
}
