package org.triptych.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a table shipped beside this package (known names, the words names translate). It ships inside the
 * jar, so a missing one is a fault of the build: it fails, naming the file.
 */
final class ShippedTables {

    private ShippedTables() {
    }

    /** A table line's columns, with its line number for a message. */
    record Row(int line, String[] columns) {
    }

    /**
     * The rows of table lines, blank lines and {@code #} comments left out; a row without exactly {@code columns}
     * tab-separated columns is a fault of the build: it fails, naming the line.
     */
    static List<Row> rows(List<String> lines, int columns, String source) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                throw new IllegalStateException(source + " line " + n + ": expected " + columns
                        + " tab-separated columns, found " + cols.length);
            }
            rows.add(new Row(n, cols));
        }
        return rows;
    }

    static List<String> lines(String resource) {
        try (InputStream in = ShippedTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
