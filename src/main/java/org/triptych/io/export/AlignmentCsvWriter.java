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

    /** What a row says besides its texts: its number as the window shows it, its review status, a person's note. */
    public record RowFacts(int number, String status, String note) {
    }

    /**
     * The rows as the window numbers them: a {@code row} column (from 1), per language its units (numbered from 1, as
     * paragraphs and sentences are counted by people) and text, then the row's {@code status} (confirmed, automatic,
     * review, machine draft) and {@code note}.
     */
    public void writeNumbered(Path file, List<String> languages, List<Row> rows, List<RowFacts> facts) throws IOException {
        if (facts.size() != rows.size()) {
            throw new IllegalArgumentException(facts.size() + " row facts for " + rows.size() + " rows");
        }
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            StringBuilder header = new StringBuilder("row");
            for (String lang : languages) {
                header.append(',').append(field(lang + "_units")).append(',').append(field(lang));
            }
            w.write(header + ",status,note\r\n");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (r.units().size() != languages.size()) {
                    throw new IllegalArgumentException("Row has " + r.units().size() + " languages, header " + languages.size());
                }
                StringBuilder line = new StringBuilder().append(facts.get(i).number());
                for (int k = 0; k < languages.size(); k++) {
                    StringBuilder idx = new StringBuilder();
                    for (int u : r.units().get(k)) {
                        if (idx.length() > 0) {
                            idx.append(' ');
                        }
                        idx.append(u + 1);
                    }
                    line.append(',').append(field(idx.toString())).append(',').append(field(r.texts().get(k)));
                }
                line.append(',').append(field(facts.get(i).status())).append(',').append(field(facts.get(i).note()));
                w.write(line + "\r\n");
            }
            w.flush();
        });
    }

    static String field(String s) {
        return CsvCells.field(s, false);
    }
}
