package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import mockwebserver3.MockWebServer;
import org.triptych.io.web.NewsSite;
import org.triptych.model.Language;
import picocli.CommandLine;

/**
 * The batch command against the single-article commands it stands for: each article's alignment.json is exactly what
 * {@code align} prints for it and its findings.json what {@code check} prints, on the bundled sample (flat files), a
 * council report (a folder), an article without Russian, and the 36 real news articles of the development set when
 * it is beside the checkout.
 */
class BatchCommandTest {

    private static final Path DEV = Path.of("../shared/eval/align-dev");
    private static final String GLOSSARY = "glossaries/sample.tbx";

    @TempDir
    Path tmp;
    Path dir;
    Path out;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void articles() throws Exception {
        dir = Files.createDirectories(tmp.resolve("in"));
        out = tmp.resolve("out");
        for (String l : List.of("en", "ar", "ru")) {
            try (InputStream in = getClass().getResourceAsStream("/org/triptych/sample/article-" + l + ".txt")) {
                Files.write(dir.resolve("sample." + l + ".txt"), in.readAllBytes());
            }
        }
        Path council = Files.createDirectories(dir.resolve("council"));
        Files.writeString(council.resolve("en.txt"), AlignCommandTest.EN);
        Files.writeString(council.resolve("ar.txt"), AlignCommandTest.AR);
        Files.writeString(council.resolve("ru.txt"), AlignCommandTest.RU);
        Files.writeString(council.resolve("en.para.txt"), "not a version: only en.EXT counts in a folder");
        Files.writeString(dir.resolve("no-russian.en.txt"), AlignCommandTest.EN);
        Files.writeString(dir.resolve("no-russian.ar.txt"), AlignCommandTest.AR);
    }

    @Test
    void eachArticlesAlignmentAndFindingsAreWhatAlignAndCheckPrint() throws Exception {
        Run batch = run("batch", dir.toString(), "--out", out.toString(), "--glossary", GLOSSARY, "--check",
                "--jobs", "2");
        assertEquals(0, batch.exit(), batch.err());
        for (String id : List.of("sample", "council", "no-russian")) {
            List<String> versions = versions(id);
            Run align = run(concat(List.of("align", "--level", "paragraph", "--glossary", GLOSSARY), versions));
            assertEquals(0, align.exit(), align.err());
            assertEquals(align.out(), Files.readString(out.resolve(id).resolve("alignment.json")), id);
            Run check = run(concat(List.of("check", "--glossary", GLOSSARY, "--format", "json"), versions));
            assertEquals(0, check.exit(), check.err());
            assertEquals(check.out(), Files.readString(out.resolve(id).resolve("findings.json")), id);
            assertTrue(Files.readString(out.resolve(id).resolve("report.html")).contains("Triptych QA report: " + id));
        }
        assertFalse(Files.readString(out.resolve("no-russian/alignment.json")).contains("en-ru"));
        // the sample's deliberate slips are found, so its row is not all zeros
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("\r\nno-russian,partial,3,3,,"), csv);
        assertTrue(csv.contains("\r\nsample,ok,14,12,14,1,0,"), csv);
        assertTrue(batch.err().contains("3 articles: 3 done (3 now, 0 before), 0 failed"), batch.err());
    }

    @Test
    void sentenceLevelAddsSentenceLinksEachAsAlignPrintsThem() throws Exception {
        Run batch = run("batch", dir.toString(), "--out", out.toString(), "--level", "sentence", "--jobs", "1");
        assertEquals(0, batch.exit(), batch.err());
        ObjectMapper json = new ObjectMapper();
        for (String id : List.of("sample", "council")) {
            JsonNode both = json.readTree(out.resolve(id).resolve("alignment.json").toFile());
            for (String level : List.of("paragraph", "sentence")) {
                Run align = run(concat(List.of("align", "--level", level), versions(id)));
                JsonNode one = json.readTree(align.out());
                for (String pair : List.of("en-ar", "en-ru")) {
                    assertEquals(one.get(pair).get(level), both.get(pair).get(level), id + " " + pair + " " + level);
                }
            }
            assertEquals(List.of("paragraph", "sentence"), names(both.get("en-ar")));
            assertTrue(Files.readString(out.resolve(id).resolve("alignment.tmx")).contains("segtype=\"sentence\""));
        }
        assertFalse(Files.exists(out.resolve("sample/findings.json")), "not checked: no findings");
    }

    @Test
    void theDevelopmentSetsArticlesAreAlignedAndCheckedAsAlignAndCheckDoIt() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/eval/align-dev is not beside the checkout; skipped");
        String glossary = "glossaries/starter-news.tbx";
        Run batch = run("batch", DEV.toString(), "--out", out.toString(), "--glossary", glossary, "--check");
        assertEquals(0, batch.exit(), batch.err());
        List<Path> folders;
        try (Stream<Path> s = Files.list(DEV)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("en.txt"))).sorted().toList();
        }
        assertEquals(36, folders.size());
        for (Path f : folders) {
            List<String> versions = List.of("--en", f.resolve("en.txt").toString(), "--ar", f.resolve("ar.txt").toString(),
                    "--ru", f.resolve("ru.txt").toString());
            Run align = run(concat(List.of("align", "--level", "paragraph", "--glossary", glossary), versions));
            assertEquals(align.out(), Files.readString(out.resolve(f.getFileName()).resolve("alignment.json")),
                    f.getFileName().toString());
            Run check = run(concat(List.of("check", "--glossary", glossary, "--format", "json"), versions));
            assertEquals(check.out(), Files.readString(out.resolve(f.getFileName()).resolve("findings.json")),
                    f.getFileName().toString());
        }
        assertEquals(37, Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8).size());
    }

    @Test
    void aBadArticleIsARowAndTheRestAreDone() throws Exception {
        Files.writeString(dir.resolve("empty.en.txt"), AlignCommandTest.EN);
        Files.writeString(dir.resolve("empty.ru.txt"), "\n\n");
        Files.writeString(dir.resolve("latin.en.txt"), AlignCommandTest.EN);
        Files.writeString(dir.resolve("latin.ar.txt"), AlignCommandTest.EN);
        Files.writeString(dir.resolve("english-only.en.txt"), AlignCommandTest.EN);
        Files.write(dir.resolve("broken.en.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("broken.ru.txt"), AlignCommandTest.RU);
        Run batch = run("batch", dir.toString(), "--out", out.toString(), "--check");
        assertEquals(2, batch.exit(), "some failed: " + batch.err());
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("\r\nempty,failed,"), csv);
        assertTrue(csv.contains("has no text"), csv);
        assertTrue(csv.contains("\r\nlatin,failed,"), csv);
        assertTrue(csv.contains("does not look like ar"), csv);
        assertTrue(csv.contains("\r\nenglish-only,failed,") && csv.contains("no Arabic or Russian version"), csv);
        assertTrue(csv.contains("\r\nbroken,failed,"), csv);
        assertTrue(csv.contains("\r\nsample,ok,"), csv);
        assertFalse(Files.exists(out.resolve("latin")), "a failed article leaves no outputs");
        for (String line : batch.err().lines().filter(l -> l.contains(" failed: ")).toList()) {
            assertFalse(line.matches(".*\\b(java|org)\\.[a-z]+\\..*|.*Exception.*"), "written for a person: " + line);
        }
        assertTrue(Files.readString(out.resolve("summary.html")).contains("does not look like ar"));
    }

    @Test
    void nothingDoneIsExitOne() throws Exception {
        Path only = Files.createDirectories(tmp.resolve("only-bad"));
        Files.writeString(only.resolve("x.en.txt"), AlignCommandTest.EN);
        Files.writeString(only.resolve("x.ar.txt"), "");
        Run allFailed = run("batch", only.toString(), "--out", out.toString());
        assertEquals(1, allFailed.exit(), allFailed.err());
        assertTrue(Files.exists(out.resolve("summary.csv")), "the summary still says why");

        Run none = run("batch", Files.createDirectories(tmp.resolve("empty")).toString(), "--out", out.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no articles"), none.err());

        Run level = run("batch", dir.toString(), "--out", out.toString(), "--level", "chapter");
        assertEquals(1, level.exit());
        assertTrue(level.err().contains("paragraph or sentence"), level.err());

        Run glossary = run("batch", dir.toString(), "--out", out.toString(), "--glossary", "no-such.tbx");
        assertEquals(1, glossary.exit());
        assertTrue(glossary.err().contains("cannot read the glossary no-such.tbx"), glossary.err());

        Run usage = run("batch", dir.toString());
        assertEquals(1, usage.exit(), "a usage error is 'nothing could be done', not 'some failed'");
    }

    @Test
    void aManifestNamesTheArticlesAndTheirFiles() throws Exception {
        Path manifest = tmp.resolve("day.csv");
        Files.writeString(manifest, "id,en,ar,ru\n"
                + "budget,council/en.txt,council/ar.txt,council/ru.txt\n"
                + "\"sample, long\",sample.en.txt,,sample.ru.txt\n");
        Run batch = run("batch", dir.toString(), "--out", out.toString(), "--manifest", manifest.toString());
        assertEquals(0, batch.exit(), batch.err());
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("\r\nbudget,ok,3,3,4,"), csv);
        assertTrue(csv.contains("\r\n\"sample, long\",partial,14,,14,"), csv);
        assertEquals(Files.readString(out.resolve("budget/alignment.json")),
                run("align", "--level", "paragraph", "--en", dir.resolve("council/en.txt").toString(), "--ar",
                        dir.resolve("council/ar.txt").toString(), "--ru", dir.resolve("council/ru.txt").toString()).out());
    }

    @Test
    void aManifestMayNameWebPagesEachFetchedOnceAndReadAsAlignAndCheckReadThem() throws Exception {
        NewsSite site = new NewsSite();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(site);
            server.start();
            java.util.function.Function<String, String> at = l -> server.url(NewsSite.PATHS.get(Language.of(l))).toString();
            String gone = server.url("/en/2026/11/no-such-story").toString();
            Path manifest = tmp.resolve("web.csv");
            Files.writeString(manifest, "id,en,ar,ru\n"
                    + "story," + at.apply("en") + "," + at.apply("ar") + "," + at.apply("ru") + "\n"
                    + "two," + at.apply("en") + ",," + at.apply("ru") + "\n"
                    + "gone," + gone + "," + at.apply("ar") + ",\n");
            Run batch = run("batch", dir.toString(), "--out", out.toString(), "--manifest", manifest.toString(),
                    "--glossary", GLOSSARY, "--check");
            assertEquals(2, batch.exit(), batch.err());
            List<String> web = List.of("--en", at.apply("en"), "--ar", at.apply("ar"), "--ru", at.apply("ru"));
            Run align = run(concat(List.of("align", "--level", "paragraph", "--glossary", GLOSSARY), web));
            assertEquals(align.out(), Files.readString(out.resolve("story/alignment.json")), "as align reads the pages");
            Run check = run(concat(List.of("check", "--glossary", GLOSSARY, "--format", "json"), web));
            assertEquals(check.out(), Files.readString(out.resolve("story/findings.json")), "as check reads the pages");
            assertTrue(Files.readString(out.resolve("story/report.html")).contains(at.apply("ar")), "sources are the addresses");
            assertTrue(Files.isRegularFile(out.resolve("story/pages/ar.html")), "the page kept as served");
            String csv = Files.readString(out.resolve("summary.csv"));
            assertTrue(csv.contains("\r\nstory,ok,14,12,14,"), csv);
            assertTrue(csv.contains("\r\ntwo,partial,14,,14,"), csv);
            assertTrue(csv.contains("\r\ngone,failed,") && csv.contains("the English page " + gone + " could not be read"),
                    csv);

            // started again: the pages are read from their copies; only the failed article asks the site again
            int asked = site.requests();
            Run again = run("batch", dir.toString(), "--out", out.toString(), "--manifest", manifest.toString(),
                    "--glossary", GLOSSARY, "--check");
            assertEquals(2, again.exit(), again.err());
            assertEquals(asked + 1, site.requests(), "only the missing page is asked for again");
            assertTrue(again.err().contains("3 articles: 2 done (0 now, 2 before), 1 failed"), again.err());
            assertEquals(align.out(), Files.readString(out.resolve("story/alignment.json")));

            Run forced = run("batch", dir.toString(), "--out", out.toString(), "--manifest", manifest.toString(),
                    "--glossary", GLOSSARY, "--check", "--force");
            assertEquals(asked + 1 + 6, site.requests(), "--force fetches every page again");
            assertEquals(align.out(), Files.readString(out.resolve("story/alignment.json")));
            assertEquals(2, forced.exit(), forced.err());
        }
    }

    private List<String> versions(String id) {
        List<String> args = new ArrayList<>();
        for (String l : List.of("en", "ar", "ru")) {
            Path flat = dir.resolve(id + "." + l + ".txt");
            Path folder = dir.resolve(id).resolve(l + ".txt");
            Path p = Files.exists(flat) ? flat : folder;
            if (Files.exists(p)) {
                args.add("--" + l);
                args.add(p.toString());
            }
        }
        return args;
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
