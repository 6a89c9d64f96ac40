package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Finding;
import org.triptych.model.Severity;
import org.triptych.mt.DraftChecker;
import org.triptych.workbench.FileTranslation;
import picocli.CommandLine;

class DraftCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A DeepL-speaking server that answers each text with "<TARGET>:" + text, checking the key. */
    private void deeplEcho() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                try {
                    if (!"DeepL-Auth-Key cli-key".equals(r.getHeaders().get("Authorization"))) {
                        return new MockResponse.Builder().code(403).body("{\"message\":\"Forbidden\"}").build();
                    }
                    if (r.getUrl().encodedPath().equals("/v2/glossaries")) {
                        return new MockResponse.Builder().body("{\"glossary_id\":\"gl-1\",\"ready\":true}").build();
                    }
                    JsonNode b = JSON.readTree(r.getBody().utf8());
                    StringBuilder sb = new StringBuilder("{\"translations\":[");
                    for (int i = 0; i < b.path("text").size(); i++) {
                        sb.append(i > 0 ? "," : "").append("{\"text\":").append(JSON.writeValueAsString(
                                b.path("target_lang").asText() + ":" + b.path("text").get(i).asText())).append("}");
                    }
                    return new MockResponse.Builder().body(sb.append("]}").toString()).build();
                } catch (Exception e) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
        });
    }

    private int run(Map<String, String> env, DraftChecker checker, String... args) {
        CommandLine cl = new CommandLine(new DraftCommand(env, new FileTranslation(checker)));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void draftsParagraphsOfSeveralFilesIntoTwoTargetsAsJson() throws Exception {
        deeplEcho();
        Path a = file("a.txt", "First paragraph,\nwrapped.\n\nSecond paragraph.\n");
        Path b = file("b.txt", "\uFEFFOnly one here.");
        int code = run(Map.of("TRIPTYCH_DEEPL_KEY", "cli-key"), DraftChecker.NONE, "--provider", "deepl", "--endpoint",
                server.url("/").toString(), "--from", "en", "--to", "ar,ru", a.toString(), b.toString(), "--format", "json",
                "--cache-dir", dir.resolve("cache").toString());
        assertEquals(0, code, err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertEquals("deepl", root.path("provider").asText());
        assertTrue(root.path("machineOutput").asBoolean());
        assertEquals(2, root.path("requests").asInt(), "one request per target for all three paragraphs");
        assertEquals("AR:First paragraph, wrapped.", root.path("files").get(0).path("paragraphs").get(0).path("drafts").path("ar").path("text").asText());
        assertEquals("RU:Second paragraph.", root.path("files").get(0).path("paragraphs").get(1).path("drafts").path("ru").path("text").asText());
        assertEquals("AR:Only one here.", root.path("files").get(1).path("paragraphs").get(0).path("drafts").path("ar").path("text").asText());
        assertFalse(root.path("files").get(1).path("paragraphs").get(0).path("drafts").path("ar").path("cached").asBoolean());

        // Second run: all from the cache, no request.
        StringWriter again = new StringWriter();
        CommandLine cl = new CommandLine(new DraftCommand(Map.of("TRIPTYCH_DEEPL_KEY", "cli-key"), new FileTranslation()));
        cl.setOut(new PrintWriter(again));
        cl.execute("--provider", "deepl", "--endpoint", server.url("/").toString(), "--from", "en", "--to", "ar,ru",
                a.toString(), b.toString(), "--format", "json", "--cache-dir", dir.resolve("cache").toString());
        assertEquals(0, JSON.readTree(again.toString()).path("requests").asInt());
        assertEquals(6, JSON.readTree(again.toString()).path("cacheHits").asInt());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void textOutputWithGlossaryAndFindings() throws Exception {
        deeplEcho();
        Path a = file("news.txt", "The Security Council met.\n");
        Path g = file("terms.csv", "en,ar,ru\n\"Security Council\",مجلس الأمن,Совет Безопасности\n");
        DraftChecker checker = (unit, from, source, to, draft) -> draft.contains("مجلس الأمن") ? List.of()
                : List.of(new Finding("missing", Severity.WARNING, to, unit, 0, 0, "", null,
                "'Security Council' should be translated as 'مجلس الأمن'", List.of(), "glossary"));
        int code = run(Map.of("TRIPTYCH_DEEPL_KEY", "cli-key"), checker, "--provider", "deepl", "--endpoint",
                server.url("/").toString(), "--from", "en", "--to", "ar", a.toString(), "--glossary", g.toString(),
                "--no-cache");
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("# news.txt → ar (machine draft: deepl)"), text);
        assertTrue(text.contains("AR:The Security Council met."));
        assertTrue(text.contains("[warning] 'Security Council' should be translated as 'مجلس الأمن'"));
        RecordedRequest create = server.takeRequest();
        assertEquals("/v2/glossaries", create.getUrl().encodedPath());
        assertTrue(create.getBody().utf8().contains("Security Council\\tمجلس الأمن"));
    }

    @Test
    void missingKeyAndProviderFailuresAreExplainedWithoutTheKey() throws Exception {
        Path a = file("a.txt", "Hello.");
        int code = run(Map.of(), DraftChecker.NONE, "--provider", "deepl", "--from", "en", "--to", "ar", a.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("TRIPTYCH_DEEPL_KEY"), err.toString());

        server.enqueue(new MockResponse.Builder().code(456).body("{\"message\":\"Quota exceeded\"}").build());
        StringWriter e2 = new StringWriter();
        CommandLine cl = new CommandLine(new DraftCommand(Map.of("TRIPTYCH_DEEPL_KEY", "secret-xyz"), new FileTranslation()));
        cl.setErr(new PrintWriter(e2));
        assertEquals(1, cl.execute("--provider", "deepl", "--endpoint", server.url("/").toString(), "--from", "en",
                "--to", "ar", a.toString(), "--no-cache"));
        assertTrue(e2.toString().contains("quota"), e2.toString());
        assertFalse(e2.toString().contains("secret-xyz"));
    }

    @Test
    void badInputIsNamedAndNothingIsSent() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[64]); // zero bytes: the importer refuses it
        assertEquals(3, run(Map.of("TRIPTYCH_DEEPL_KEY", "k"), DraftChecker.NONE, "--provider", "deepl", "--endpoint",
                server.url("/").toString(), "--from", "en", "--to", "ar", bad.toString()));
        assertTrue(err.toString().contains("bad.txt"));
        assertEquals(3, run(Map.of("TRIPTYCH_DEEPL_KEY", "k"), DraftChecker.NONE, "--provider", "deepl", "--endpoint",
                server.url("/").toString(), "--from", "en", "--to", "ar", dir.resolve("missing.txt").toString()));
        assertEquals(3, run(Map.of("TRIPTYCH_DEEPL_KEY", "k"), DraftChecker.NONE, "--provider", "deepl", "--endpoint",
                server.url("/").toString(), "--from", "en", "--to", "ar", file("x.docx", "zz").toString()));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void plainHttpToARemoteHostIsRefused() throws Exception {
        Path a = file("a.txt", "Hello.");
        assertEquals(1, run(Map.of(), DraftChecker.NONE, "--provider", "libretranslate", "--endpoint",
                "http://translate.example.com", "--from", "en", "--to", "ar", a.toString()));
        assertTrue(err.toString().contains("https"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(Map.of(), DraftChecker.NONE, "--provider", "deepl", "--from", "en"));
        assertEquals(2, run(Map.of(), DraftChecker.NONE, "--provider", "deepl", "--from", "en", "--to", "ar", "--format", "xml", "a.txt"));
    }
}
