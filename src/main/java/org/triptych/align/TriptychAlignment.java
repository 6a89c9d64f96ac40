package org.triptych.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * English aligned with each other version: per language code its paragraph and sentence links, and the pivot rows
 * (one per English link with every version beside it) at both levels.
 */
record TriptychAlignment(Map<String, ParagraphAlignment> byLanguage, List<PivotRow> paragraphRows,
                                List<PivotRow> sentenceRows) {
    public TriptychAlignment {
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        paragraphRows = List.copyOf(paragraphRows);
        sentenceRows = List.copyOf(sentenceRows);
    }
}
