package org.triptych.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triptych.io.AtomicFiles;

/**
 * One article's folder under a batch's OUT: its outputs, each written whole (atomically), and {@code done.json} last,
 * naming the fingerprint they were made under, a digest of each output, and the article's summary row. A run stopped
 * or killed at any point leaves no half file, and at worst an article whose outputs are there without its
 * {@code done.json}: a rerun does that one again.
 *
 * <p>The files are not flushed to the disk one by one (that wait was a third of an article's time): a kill loses
 * nothing the system already holds, and after a power cut an output the disk never got no longer matches its digest
 * in {@code done.json}, so the article runs again instead of being taken as done.
 */
final class ArticleFolder {

    static final String ALIGNMENT = "alignment.json";
    static final String TMX = "alignment.tmx";
    static final String FINDINGS = "findings.json";
    static final String REPORT = "report.html";
    static final String DONE = "done.json";
    private static final List<String> OUTPUTS = List.of(ALIGNMENT, TMX, FINDINGS, REPORT);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code done.json} holds: per output file, the SHA-256 of its bytes. */
    record Done(String fingerprint, Map<String, String> outputs, ArticleSummary summary) {
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
     * The summary of an earlier run whose outputs were made under {@code fingerprint} and are all still there as it
     * wrote them; empty otherwise, or when its {@code done.json} cannot be read (then the article simply runs again).
     */
    Optional<ArticleSummary> doneUnder(String fingerprint) {
        Path done = file(DONE);
        if (fingerprint == null || !Files.isRegularFile(done)) {
            return Optional.empty();
        }
        try {
            Done d = JSON.readValue(done.toFile(), Done.class);
            if (!fingerprint.equals(d.fingerprint()) || d.summary() == null || d.outputs() == null
                    || !d.outputs().containsKey(ALIGNMENT)) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> o : d.outputs().entrySet()) {
                if (!OUTPUTS.contains(o.getKey()) || !Files.isRegularFile(file(o.getKey()))
                        || !o.getValue().equals(ArticleFingerprint.digest(file(o.getKey())))) {
                    return Optional.empty(); // deleted or changed since, or lost by the disk
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
        Map<String, String> digests = new LinkedHashMap<>();
        put(ALIGNMENT, outputs.alignmentJson() + "\n", digests);
        put(TMX, outputs.tmx(), digests);
        if (outputs.findingsJson() != null) {
            put(FINDINGS, outputs.findingsJson(), digests);
            put(REPORT, outputs.reportHtml(), digests);
        } else { // an earlier run with checks left them; they would not match the new links
            Files.deleteIfExists(file(FINDINGS));
            Files.deleteIfExists(file(REPORT));
        }
        if (fingerprint != null) {
            put(DONE, json(new Done(fingerprint, digests, outputs.summary())), new LinkedHashMap<>());
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

    private void put(String name, String content, Map<String, String> digests) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file(name), out -> out.write(bytes), false, t -> { });
        digests.put(name, ArticleFingerprint.digest(bytes));
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
