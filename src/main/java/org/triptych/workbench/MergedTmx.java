package org.triptych.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.triptych.io.export.TmxUnitReader;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;

/**
 * One TMX of every article of a batch, its articles in order: written by the same writer as each article's own, from
 * the units read back from the articles' TMX files one at a time, so that 5,000 articles never sit in memory together
 * (and articles done by an earlier run, whose rows this run never had, are in it too).
 */
final class MergedTmx {

    private MergedTmx() {
    }

    /** Writes the merged file atomically; the number of translation units in it. */
    static int write(Path file, AlignmentLevel level, List<Path> articleFiles) throws IOException {
        Streamed units = new Streamed(articleFiles);
        try {
            // dated as the newest article, not now: a resumed batch must end with the same bytes
            new TmxWriter(ProjectExports.TOOL_VERSION, java.time.Clock.fixed(newest(articleFiles), java.time.ZoneOffset.UTC))
                    .write(file, Language.ENGLISH.code(), level.code(), units);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return units.written;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("creationdate=\"(\\d{8}T\\d{6}Z)\"");

    /** The newest header date of the articles' TMX files (the epoch when none has one). */
    static java.time.Instant newest(List<Path> articleFiles) throws IOException {
        java.time.Instant latest = java.time.Instant.EPOCH;
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");
        for (Path p : articleFiles) {
            String head;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
                head = new String(in.readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.util.regex.Matcher m = DATE.matcher(head);
            if (m.find()) {
                java.time.Instant t = java.time.OffsetDateTime.parse(m.group(1), f).toInstant();
                latest = t.isAfter(latest) ? t : latest;
            }
        }
        return latest;
    }

    /**
     * The units of the files in order, read one file at a time while the writer walks them. A real list (size and
     * get read the files again), though the writer only iterates.
     */
    private static final class Streamed extends AbstractList<TmxWriter.Unit> {
        private final List<Path> files;
        private final TmxUnitReader reader = new TmxUnitReader();
        int written;

        Streamed(List<Path> files) {
            this.files = files;
        }

        @Override
        public Iterator<TmxWriter.Unit> iterator() {
            written = 0;
            return new Iterator<>() {
                private int next;
                private Iterator<TmxWriter.Unit> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && next < files.size()) {
                        try {
                            current = reader.read(files.get(next++)).iterator();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return current.hasNext();
                }

                @Override
                public TmxWriter.Unit next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    written++;
                    return current.next();
                }
            };
        }

        @Override
        public TmxWriter.Unit get(int index) {
            Iterator<TmxWriter.Unit> it = iterator();
            for (int i = 0; i < index && it.hasNext(); i++) {
                it.next();
            }
            if (!it.hasNext()) {
                throw new IndexOutOfBoundsException(index);
            }
            return it.next();
        }

        @Override
        public int size() {
            int n = 0;
            for (Iterator<TmxWriter.Unit> it = iterator(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }
    }
}
