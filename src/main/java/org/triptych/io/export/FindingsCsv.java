package org.triptych.io.export;

import java.util.List;
import org.triptych.io.CsvCells;
import org.triptych.model.Finding;

/**
 * Findings as CSV for a spreadsheet: a UTF-8 BOM (so Excel reads Arabic and Russian right), a header, one finding
 * per row, suggestions joined by {@code |}. Cells that a spreadsheet would take for a formula are neutralised
 * ({@link CsvCells}).
 */
public final class FindingsCsv {

    public String write(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, List.of("kind", "severity", "lang", "unit", "start", "end", "text", "concept", "message", "suggestions"));
        for (Finding f : findings) {
            row(sb, List.of(f.kind(), f.severity().code(), f.language().code(), String.valueOf(f.unit()),
                    String.valueOf(f.start()), String.valueOf(f.end()), f.text(),
                    f.concept() == null ? "" : f.concept(), f.message(), String.join(" | ", f.suggestions())));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(CsvCells.field(cells.get(i), false));
        }
        sb.append("\r\n");
    }
}
