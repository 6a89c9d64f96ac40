package org.triptych.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.triptych.io.AtomicFiles;

/**
 * One article's folder under a batch's OUT: its outputs, each written whole (atomically), and {@code done.json} last,
 * naming the fingerprint they were made under and the article's summary row. A run stopped at any point leaves no half
 * file, and at worst an article whose outputs are there without its {@code done.json}: a rerun does that one again.
 */
final class ArticleFolder {

    static final String ALIGNMENT = "alignment.json";
    static final String TMX = "alignment.tmx";
    static final String FINDINGS = "findings.json";
    static final String REPORT = "report.html";
    static final String DONE = "done.json";
    private static final List<String> OUTPUTS = List.of(ALIGNMENT, TMX, FINDINGS, REPORT);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code done.json} holds. */
    record Done(String fingerprint, ArticleSummary summary) {
    }

    /** Called after each file is in place (tests stop a batch there, as a kill would). */
    @FunctionalInterface
    interface FileWritten {
        void written(Path file) throws IOException;
    }

    private final Path dir;
    private final FileWritten afterEach;

    ArticleFolder(Path dir, FileWritten afterEach) {
        this.dir = dir;
        this.afterEach = afterEach;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * The summary of an earlier run whose outputs were made under {@code fingerprint}; empty when there was none, it
     * was made under another, or its {@code done.json} cannot be read (then the article simply runs again).
     */
    Optional<ArticleSummary> doneUnder(String fingerprint) {
        Path done = file(DONE);
        if (fingerprint == null || !Files.isRegularFile(done)) {
            return Optional.empty();
        }
        try {
            Done d = JSON.readValue(done.toFile(), Done.class);
            if (!fingerprint.equals(d.fingerprint()) || d.summary() == null) {
                return Optional.empty();
            }
            // outputs deleted by hand since: the article runs again
            for (String f : d.summary().checked() ? OUTPUTS : List.of(ALIGNMENT, TMX)) {
                if (!Files.isRegularFile(file(f))) {
                    return Optional.empty();
                }
            }
            return Optional.of(d.summary());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the outputs of an article that succeeded; {@code fingerprint} null: no {@code done.json} (it runs again). */
    void write(ArticleOutputs outputs, String fingerprint) throws IOException {
        // first: until the new outputs are all in place, nothing may vouch for the old ones
        Files.deleteIfExists(file(DONE));
        put(ALIGNMENT, outputs.alignmentJson() + "\n");
        ProjectExports.writeTmx(outputs.tmxRows(), file(TMX));
        afterEach.written(file(TMX));
        if (outputs.findingsJson() != null) {
            put(FINDINGS, outputs.findingsJson());
            put(REPORT, outputs.reportHtml());
        } else { // an earlier run with checks left them; they would not match the new links
            Files.deleteIfExists(file(FINDINGS));
            Files.deleteIfExists(file(REPORT));
        }
        if (fingerprint != null) {
            put(DONE, json(new Done(fingerprint, outputs.summary())));
        }
    }

    /** A failed article leaves nothing behind: outputs of an earlier run would pass for its own. */
    void clear() throws IOException {
        Files.deleteIfExists(file(DONE));
        for (String f : OUTPUTS) {
            Files.deleteIfExists(file(f));
        }
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }

    private void put(String name, String content) throws IOException {
        AtomicFiles.writeString(file(name), content);
        afterEach.written(file(name));
    }

    private static String json(Done d) {
        try {
            return JSON.writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary row is plain data", e);
        }
    }
}
