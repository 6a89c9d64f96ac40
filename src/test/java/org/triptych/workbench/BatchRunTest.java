package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.AlignmentLevel;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * A batch stopped or killed anywhere and started again ends with exactly the files of a run that was never
 * interrupted, and does only the articles it had not finished; the kill points are counted files, not time.
 */
class BatchRunTest {

    private static final Path TMX_DTD = Path.of("../shared/validators/tmx14.dtd");
    private static final BatchOptions CHECKED = new BatchOptions(AlignmentLevel.PARAGRAPH, true, false,
            List.of(Path.of("glossaries/sample.tbx")));

    @TempDir
    Path tmp;
    Path dir;
    List<BatchArticle> articles;

    /** What a kill does to a batch in a test: nothing after it runs. */
    static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    static final BatchRun.Listener QUIET = new BatchRun.Listener() {
        @Override
        public void note(String note) {
        }

        @Override
        public void progress(BatchProgress progress) {
        }
    };

    @BeforeEach
    void fiveArticles() throws Exception {
        dir = Files.createDirectories(tmp.resolve("in"));
        Map<String, String> sample = new TreeMap<>();
        for (String l : List.of("en", "ar", "ru")) {
            try (InputStream in = getClass().getResourceAsStream("/org/triptych/sample/article-" + l + ".txt")) {
                sample.put(l, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // five different articles: the sample from its k-th paragraph on (each version cut at the same story point)
        int[][] cuts = {{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {4, 3, 4}, {5, 4, 5}};
        for (int k = 0; k < cuts.length; k++) {
            int c = 0;
            for (String l : List.of("en", "ar", "ru")) {
                List<String> paragraphs = List.of(sample.get(l).split("\n\n"));
                Files.writeString(dir.resolve("story" + k + "." + l + ".txt"),
                        String.join("\n\n", paragraphs.subList(cuts[k][c++], paragraphs.size())));
            }
        }
        articles = ArticleFinder.scan(dir);
        assertEquals(5, articles.size());
    }

    private BatchRun batch(Path out, int jobs, boolean force) {
        return new BatchRun(dir, out, CHECKED, jobs, force);
    }

    @Test
    void killedHalfWayAndStartedAgainEndsAsAnUninterruptedRunWithoutRedoingFinishedArticles() throws Exception {
        Path clean = tmp.resolve("clean");
        BatchRun.Outcome whole = batch(clean, 1, false).run(articles, QUIET, () -> false);
        assertEquals(5, whole.worked().size());

        // five files an article, done.json last: killed after story0's findings, after story1's TMX, between articles
        for (int killAt : new int[] {3, 8, 10}) {
            Path out = tmp.resolve("killed-" + killAt);
            AtomicInteger files = new AtomicInteger();
            assertThrows(Killed.class, () -> batch(out, 1, false).afterEachFile(f -> {
                if (files.incrementAndGet() == killAt) {
                    throw new Killed();
                }
            }).run(articles, QUIET, () -> false));
            assertFalse(Files.exists(out.resolve(BatchRun.SUMMARY_CSV)), "a killed run writes nothing more");
            List<String> finished = new ArrayList<>();
            for (BatchArticle a : articles) {
                if (Files.exists(out.resolve(a.id()).resolve(ArticleFolder.DONE))) {
                    finished.add(a.id());
                }
            }
            assertEquals(killAt / 5, finished.size(), "five files an article, done.json last");

            BatchRun.Outcome again = batch(out, 1, false).run(articles, QUIET, () -> false);
            assertEquals(finished.size(), again.skipped());
            for (String id : finished) {
                assertFalse(again.worked().contains(id), id + " was finished before the kill and is not redone");
            }
            assertEquals(5 - finished.size(), again.worked().size());
            assertEquals(tree(clean), tree(out), "killed at file " + killAt);
        }
    }

    @Test
    void aStoppedBatchWritesItsSummaryAndTheNextRunDoesTheRest() throws Exception {
        Path out = tmp.resolve("out");
        AtomicInteger finished = new AtomicInteger();
        BatchRun.Listener counting = new BatchRun.Listener() {
            @Override
            public void note(String note) {
            }

            @Override
            public void progress(BatchProgress p) {
                finished.set(p.finished());
            }
        };
        BatchRun.Outcome stopped = batch(out, 1, false).run(articles, counting, () -> finished.get() >= 2);
        assertTrue(stopped.stopped());
        assertEquals(List.of("story0", "story1"), stopped.worked());
        assertEquals(2, stopped.exitCode(), "not every article done");
        String csv = Files.readString(out.resolve(BatchRun.SUMMARY_CSV));
        assertTrue(csv.contains("\r\nstory4,not run,"), csv);

        BatchRun.Outcome rest = batch(out, 2, false).run(articles, QUIET, () -> false);
        assertFalse(rest.stopped());
        assertEquals(List.of("story2", "story3", "story4"), rest.worked().stream().sorted().toList());
        assertEquals(0, rest.exitCode());
        Path clean = tmp.resolve("clean");
        batch(clean, 1, false).run(articles, QUIET, () -> false);
        assertEquals(tree(clean), tree(out));
    }

    @Test
    void aChangedArticleOrOptionIsDoneAgainAndForceRedoesAll() throws Exception {
        Path out = tmp.resolve("out");
        batch(out, 2, false).run(articles, QUIET, () -> false);
        Files.writeString(dir.resolve("story3.ru.txt"), "\n\nЕщё один абзац в конце.", java.nio.file.StandardOpenOption.APPEND);
        BatchRun.Outcome changed = batch(out, 2, false).run(articles, QUIET, () -> false);
        assertEquals(List.of("story3"), changed.worked());

        // an output the disk lost (a power cut before it reached the disk) or someone changed: done again
        Files.writeString(out.resolve("story1").resolve(ArticleFolder.TMX), "");
        Files.delete(out.resolve("story4").resolve(ArticleFolder.REPORT));
        BatchRun.Outcome lost = batch(out, 2, false).run(articles, QUIET, () -> false);
        assertEquals(List.of("story1", "story4"), lost.worked().stream().sorted().toList());

        BatchRun.Outcome unchecked = new BatchRun(dir, out, new BatchOptions(AlignmentLevel.PARAGRAPH, false, false,
                CHECKED.glossaries()), 2, false).run(articles, QUIET, () -> false);
        assertEquals(5, unchecked.worked().size(), "other options, other outputs");
        assertFalse(Files.exists(out.resolve("story0").resolve(ArticleFolder.FINDINGS)), "no findings left from the checked run");

        BatchRun.Outcome forced = batch(out, 2, true).run(articles, QUIET, () -> false);
        assertEquals(5, forced.worked().size());
        assertEquals(0, forced.skipped());
    }

    @Test
    void twoWorkersWriteExactlyWhatOneWrites() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        batch(one, 1, false).run(articles, QUIET, () -> false);
        batch(two, 2, false).run(articles, QUIET, () -> false);
        assertEquals(tree(one), tree(two));
    }

    @Test
    void theMergedTmxHoldsEveryArticlesUnitsInOrderAndIsValidTmx() throws Exception {
        Path out = tmp.resolve("out");
        batch(out, 2, false).run(articles, QUIET, () -> false);
        String merged = Files.readString(out.resolve(BatchRun.MERGED_TMX));
        StringBuilder bodies = new StringBuilder();
        for (BatchArticle a : articles) {
            String one = Files.readString(out.resolve(a.id()).resolve(ArticleFolder.TMX));
            bodies.append(one, one.indexOf("<body>\n") + 7, one.indexOf("  </body>"));
        }
        // the same units in the same order; the merged file numbers them anew (a tuid is unique in a file)
        String mergedBody = merged.substring(merged.indexOf("<body>\n") + 7, merged.indexOf("  </body>"));
        assertEquals(unitsOnly(bodies.toString()), unitsOnly(mergedBody));
        List<String> ids = java.util.regex.Pattern.compile("tuid=\"([^\"]*)\"").matcher(mergedBody).results()
                .map(m -> m.group(1)).toList();
        assertTrue(ids.size() > 40, "every article's units, not an empty body");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "tuids unique in the merged file");

        Assumptions.assumeTrue(Files.isRegularFile(TMX_DTD), "../shared/validators/tmx14.dtd absent: DTD check skipped");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        var builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> systemId != null && systemId.endsWith("tmx14.dtd")
                ? new InputSource(Files.newInputStream(TMX_DTD)) : null);
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getMessage());
            }
        });
        builder.parse(out.resolve(BatchRun.MERGED_TMX).toFile());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedArticleLeavesNothingOfAnEarlierRun() throws Exception {
        Path out = tmp.resolve("out");
        batch(out, 1, false).run(articles, QUIET, () -> false);
        assertTrue(Files.exists(out.resolve("story2").resolve(ArticleFolder.ALIGNMENT)));
        Files.writeString(dir.resolve("story2.ar.txt"), "");
        BatchRun.Outcome o = batch(out, 1, false).run(articles, QUIET, () -> false);
        assertEquals(1, o.failed());
        assertEquals(2, o.exitCode());
        assertFalse(Files.exists(out.resolve("story2")), "its old outputs would pass for its own");
        assertFalse(Files.readString(out.resolve(BatchRun.MERGED_TMX)).contains("story2"));
    }

    /** Every file under {@code root}, by relative path, with its bytes as text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    /** The units with their opening tags bare: what they hold, not their numbers and dates. */
    private static String unitsOnly(String body) {
        return body.replaceAll("<tu [^>]*>", "<tu>");
    }
}
