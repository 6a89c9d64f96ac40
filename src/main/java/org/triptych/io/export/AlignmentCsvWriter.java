package org.triptych.io.export;

import org.triptych.io.AtomicFiles;
import org.triptych.io.CsvCells;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes aligned rows as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote
 * or line break). UTF-8 with a byte-order mark, which spreadsheet programs need to read Arabic and Cyrillic right.
 * For each language two columns: the unit indices (space separated) and the text. Cells a spreadsheet would run as
 * a formula are neutralised ({@link CsvCells}).
 */
public final class AlignmentCsvWriter {

    /** One row: per language (in header order) its unit indices and text. */
    public record Row(List<List<Integer>> units, List<String> texts) {
        public Row {
            units = List.copyOf(units);
            texts = List.copyOf(texts);
            if (units.size() != texts.size()) {
                throw new IllegalArgumentException("One index list and one text per language");
            }
        }
    }

    public void write(Path file, List<String> languages, List<Row> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(w, languages, rows);
            w.flush();
        });
    }

    public void write(Writer out, List<String> languages, List<Row> rows) throws IOException {
        out.write('\uFEFF');
        StringBuilder header = new StringBuilder();
        for (String lang : languages) {
            if (header.length() > 0) {
                header.append(',');
            }
            header.append(field(lang + "_units")).append(',').append(field(lang));
        }
        out.write(header + "\r\n");
        for (Row r : rows) {
            if (r.units().size() != languages.size()) {
                throw new IllegalArgumentException("Row has " + r.units().size() + " languages, header " + languages.size());
            }
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < languages.size(); k++) {
                if (k > 0) {
                    line.append(',');
                }
                StringBuilder idx = new StringBuilder();
                for (int u : r.units().get(k)) {
                    if (idx.length() > 0) {
                        idx.append(' ');
                    }
                    idx.append(u);
                }
                line.append(field(idx.toString())).append(',').append(field(r.texts().get(k)));
            }
            out.write(line + "\r\n");
        }
    }

    static String field(String s) {
        return CsvCells.field(s, false);
    }
}
