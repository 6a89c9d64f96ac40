package org.triptych.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the per-language data files beside this package (derived forms, number words, name shapes): UTF-8 lines
 * grouped under {@code [section]} headings, {@code #} comments and blank lines skipped, each line stripped. The files
 * ship inside the jar, so a missing or malformed one is a fault of the build: it fails loudly, naming file and line.
 */
final class SectionedData {

    /** What a file's lines are given to. */
    interface LineReader {
        void line(String section, String line);
    }

    private SectionedData() {
    }

    /** Reads {@code resource} (relative to this package) line by line into {@code reader}. */
    static void read(String resource, LineReader reader) {
        try (InputStream in = SectionedData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                try {
                    reader.line(section, line);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
