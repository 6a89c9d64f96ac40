package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.workbench.FileTranslation;

/**
 * {@code draft --provider memory --memory A.tmx}: drafts from translation memories with their match scores, and with
 * a machine translation provider also given, the provider is asked only for what the memories could not answer.
 */
class MemoryDraftCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    /** A small TMX 1.4 memory in English, Arabic and Russian, as OmegaT writes one. */
    static Path memory(Path dir) throws Exception {
        Path f = dir.resolve("last-year.tmx");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="OmegaT" creationtoolversion="6.0" segtype="paragraph" o-tmf="OmegaT TMX"
                          adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
                  <body>
                    <tu tuid="1">
                      <tuv xml:lang="EN-US"><seg>The Security Council met on Tuesday in New York.</seg></tuv>
                      <tuv xml:lang="AR"><seg>اجتمع مجلس الأمن يوم الثلاثاء في نيويورك.</seg></tuv>
                      <tuv xml:lang="RU"><seg>Совет Безопасности собрался во вторник в Нью-Йорке.</seg></tuv>
                    </tu>
                    <tu tuid="2">
                      <tuv xml:lang="EN-US"><seg>The envoy will report to the council every 60 days.</seg></tuv>
                      <tuv xml:lang="AR"><seg>سيرفع المبعوث تقريرا إلى المجلس كل 60 يوما.</seg></tuv>
                      <tuv xml:lang="RU"><seg>Посланник будет отчитываться перед советом каждые 60 дней.</seg></tuv>
                    </tu>
                    <tu tuid="3">
                      <tuv xml:lang="EN-US"><seg>Aid convoys reached the port of Hodeidah after the truce began.</seg></tuv>
                      <tuv xml:lang="AR"><seg>وصلت قوافل المساعدات إلى ميناء الحديدة بعد بدء الهدنة.</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """, StandardCharsets.UTF_8);
        return f;
    }

    private Path article() throws Exception {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, """
                The Security Council met on Tuesday in New York.

                The envoy will report to the council every 90 days.

                Aid convoys reached the port of Hodeidah after the ceasefire began.

                Fighting resumed in the south.
                """, StandardCharsets.UTF_8);
        return f;
    }

    private static AlignCommandTest.Run draft(String... args) {
        return AlignCommandTest.run(new DraftCommand(Map.of(), new FileTranslation()), args);
    }

    @Test
    void theMemoryAloneAnswersExactPlaceableAndFuzzyMatchesWithTheirScores() throws Exception {
        Path memory = memory(dir);
        Path story = article();
        AlignCommandTest.Run r = draft("--provider", "memory", "--memory", memory.toString(), "--from", "en", "--to",
                "ar,ru", story.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        String expected = """
                {"provider": "memory", "endpoint": "", "source": "en", "targets": ["ar", "ru"], "machineOutput": true,
                 "requests": 0, "cacheHits": 0, "memories": ["last-year.tmx"], "warnings": [],
                 "files": [{"file": "%s", "paragraphs": [
                  {"index": 0, "source": "The Security Council met on Tuesday in New York.", "drafts": {
                    "ar": {"text": "اجتمع مجلس الأمن يوم الثلاثاء في نيويورك.", "cached": false,
                           "match": {"score": 100, "kind": "exact", "storedSource": "The Security Council met on Tuesday in New York.", "memory": "last-year.tmx"},
                           "findings": []},
                    "ru": {"text": "Совет Безопасности собрался во вторник в Нью-Йорке.", "cached": false,
                           "match": {"score": 100, "kind": "exact", "storedSource": "The Security Council met on Tuesday in New York.", "memory": "last-year.tmx"},
                           "findings": []}}},
                  {"index": 1, "source": "The envoy will report to the council every 90 days.", "drafts": {
                    "ar": {"text": "سيرفع المبعوث تقريرا إلى المجلس كل 90 يوما.", "cached": false,
                           "match": {"score": 99, "kind": "placeable", "storedSource": "The envoy will report to the council every 60 days.", "memory": "last-year.tmx"},
                           "findings": []},
                    "ru": {"text": "Посланник будет отчитываться перед советом каждые 90 дней.", "cached": false,
                           "match": {"score": 99, "kind": "placeable", "storedSource": "The envoy will report to the council every 60 days.", "memory": "last-year.tmx"},
                           "findings": []}}},
                  {"index": 2, "source": "Aid convoys reached the port of Hodeidah after the ceasefire began.", "drafts": {
                    "ar": {"text": "وصلت قوافل المساعدات إلى ميناء الحديدة بعد بدء الهدنة.", "cached": false,
                           "match": {"score": 90, "kind": "fuzzy", "storedSource": "Aid convoys reached the port of Hodeidah after the truce began.", "memory": "last-year.tmx"},
                           "findings": []},
                    "ru": {"text": "", "cached": false, "match": null, "findings": []}}},
                  {"index": 3, "source": "Fighting resumed in the south.", "drafts": {
                    "ar": {"text": "", "cached": false, "match": null, "findings": []},
                    "ru": {"text": "", "cached": false, "match": null, "findings": []}}}]}]}
                """.formatted(story.toString());
        assertEquals(JSON.readTree(expected), JSON.readTree(r.out()));

        AlignCommandTest.Run strict = draft("--provider", "memory", "--memory", memory.toString(), "--match-threshold",
                "95", "--from", "en", "--to", "ar", story.toString(), "--format", "json");
        JsonNode p2 = JSON.readTree(strict.out()).path("files").get(0).path("paragraphs").get(2).path("drafts").path("ar");
        assertEquals("", p2.path("text").asText(), "90 is under a threshold of 95");
        assertTrue(p2.path("match").isNull());
    }

    @Test
    void withAMachineProviderTooOnlyWhatTheMemoryCouldNotAnswerIsSent() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"translatedText\":[\"استؤنف القتال في الجنوب.\"]}").build());
        AlignCommandTest.Run r = draft("--provider", "libretranslate", "--endpoint", server.url("/").toString(), "--memory",
                memory(dir).toString(), "--from", "en", "--to", "ar", article().toString(), "--format", "json", "--no-cache");
        assertEquals(0, r.exit(), r.err());
        RecordedRequest sent = server.takeRequest();
        assertEquals("[\"Fighting resumed in the south.\"]", JSON.readTree(sent.getBody().utf8()).path("q").toString());
        assertEquals(1, server.getRequestCount());
        JsonNode ps = JSON.readTree(r.out()).path("files").get(0).path("paragraphs");
        assertEquals(100, ps.get(0).path("drafts").path("ar").path("match").path("score").asInt());
        assertEquals(90, ps.get(2).path("drafts").path("ar").path("match").path("score").asInt());
        assertEquals("استؤنف القتال في الجنوب.", ps.get(3).path("drafts").path("ar").path("text").asText());
        assertTrue(ps.get(3).path("drafts").path("ar").path("match").isNull(), "machine output has no match");
        assertEquals(1, JSON.readTree(r.out()).path("requests").asInt());
    }

    @Test
    void aMemoryThatCannotBeUsedOrAMissingOneIsSaidInOneLine() throws Exception {
        Path story = article();
        AlignCommandTest.Run none = draft("--provider", "memory", "--from", "en", "--to", "ar", story.toString());
        assertEquals(3, none.exit());
        assertEquals("--provider memory answers from translation memories: give --memory FILE.tmx[,FILE.tmx]\n", none.err());

        AlignCommandTest.Run missing = draft("--provider", "memory", "--memory", dir.resolve("nope.tmx").toString(),
                "--from", "en", "--to", "ar", story.toString());
        assertEquals(3, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("nope.tmx") && missing.err().contains("does not exist"), missing.err());

        AlignCommandTest.Run threshold = draft("--provider", "memory", "--memory", memory(dir).toString(),
                "--match-threshold", "0", "--from", "en", "--to", "ar", story.toString());
        assertEquals(2, threshold.exit());
        assertEquals("--match-threshold is a score from 1 to 100, not 0\n", threshold.err());
    }
}
