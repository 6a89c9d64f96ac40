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
