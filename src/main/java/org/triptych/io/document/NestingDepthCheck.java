package org.triptych.io.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Measures how deep the XML inside a .docx or .odt nests before Tika reads it. POI walks nested content
 * recursively, so a file nesting ten thousand elements overflows the stack (a thousand-line StackOverflowError)
 * long before any limit of its own can speak; a streaming count of the depth costs one quick pass and lets us refuse
 * such a file in one sentence. Real documents nest a few dozen levels (tables in tables, content controls).
 */
final class NestingDepthCheck {

    /** Far above any real document, far below what overflows POI's recursion on a default thread stack. */
    static final int MAX_DEPTH = 1_000;
    /** Uncompressed bytes read at most: a zip bomb is Tika's compression-ratio check's business, not this pass's. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final XMLInputFactory FACTORY = newFactory();

    private NestingDepthCheck() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /**
     * The deepest nesting found in the XML parts of the zip package {@code file}, stopping as soon as it passes
     * {@link #MAX_DEPTH}; a part that cannot be read or parsed is left to Tika, which says what is wrong with it.
     */
    static int deepestNesting(Path file) {
        int deepest = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long[] budget = {MAX_BYTES};
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && deepest <= MAX_DEPTH && budget[0] > 0) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                try (InputStream in = new Budgeted(zip.getInputStream(e), budget)) {
                    deepest = Math.max(deepest, depthOf(in));
                } catch (IOException | XMLStreamException | RuntimeException unreadable) {
                    // damaged or odd part: Tika's reading gives the person the reason
                }
            }
        } catch (IOException notAZip) {
            // not a readable package: Tika's reading gives the reason
        }
        return deepest;
    }

    private static int depthOf(InputStream in) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(in);
        try {
            int depth = 0;
            int deepest = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    deepest = Math.max(deepest, ++depth);
                    if (deepest > MAX_DEPTH) {
                        return deepest;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return deepest;
        } finally {
            r.close();
        }
    }

    /** Ends the stream once the shared byte budget is spent. */
    private static final class Budgeted extends FilterInputStream {
        private final long[] budget;

        Budgeted(InputStream in, long[] budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            if (budget[0] <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                budget[0]--;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (budget[0] <= 0) {
                return -1;
            }
            int n = super.read(buf, off, (int) Math.min(len, budget[0]));
            if (n > 0) {
                budget[0] -= n;
            }
            return n;
        }
    }
}
