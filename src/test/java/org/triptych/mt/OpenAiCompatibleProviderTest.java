package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Language;

class OpenAiCompatibleProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();
    @TempDir
    Path cacheDir;

    private Translator translator(String base, String key) {
        ProviderConfig c = MtTestKit.config(server.url(base).toString(), key).withOption("model", "qwen2.5-7b");
        return MtTestKit.translator(new OpenAiCompatibleProvider(c), sleeper, cacheDir).build();
    }

    static String chat(String content, String finish) throws Exception {
        var n = MtTestKit.JSON.createObjectNode();
        n.put("id", "chatcmpl-1").put("object", "chat.completion");
        var choice = n.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", finish);
        choice.putObject("message").put("role", "assistant").put("content", content);
        return MtTestKit.JSON.writeValueAsString(n);
    }

    @Test
    void sendsSegmentsWithIdsAndOnlyTheGlossaryTermsInTheBatch() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder()
                .add(EN, RU, "Security Council", "Совет Безопасности")
                .add(EN, RU, "General Assembly", "Генеральная Ассамблея").build();
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Совет Безопасности собрался.\"},"
                + "{\"id\":\"s2\",\"translation\":\"Мир.\"}]}", "stop")));
        MtResult r = translator("/", "sk-test").translate(
                MtRequest.of(EN, List.of(RU), List.of("The Security Council met.", "Peace.")).withGlossary(g));
        assertEquals(List.of("Совет Безопасности собрался.", "Мир."), r.textsFor(RU));

        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("/v1/chat/completions", req.getUrl().encodedPath());
        assertEquals("Bearer sk-test", req.getHeaders().get("Authorization"));
        JsonNode b = body(req);
        assertEquals("qwen2.5-7b", b.path("model").asText());
        assertEquals("system", b.path("messages").get(0).path("role").asText());
        String system = b.path("messages").get(0).path("content").asText();
        assertTrue(system.contains("Security Council => Совет Безопасности"), system);
        assertFalse(system.contains("General Assembly"), "terms absent from the batch stay out of the prompt");
        JsonNode user = MtTestKit.tree(b.path("messages").get(1).path("content").asText());
        assertEquals("s1", user.path("segments").get(0).path("id").asText());
        assertEquals("The Security Council met.", user.path("segments").get(0).path("text").asText());
        assertEquals("ru", user.path("target_language").asText());
    }

    @Test
    void baseEndingInV1AndNoKeyForLocalServers() throws Exception {
        server.enqueue(ok(chat("```json\n{\"segments\":[{\"id\":\"s1\",\"translation\":\"مرحبا\"}]}\n```", "stop")));
        MtResult r = translator("/v1", null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals("مرحبا", r.textsFor(AR).get(0));
        RecordedRequest req = server.takeRequest();
        assertEquals("/v1/chat/completions", req.getUrl().encodedPath());
        assertNull(req.getHeaders().get("Authorization"));
    }

    @Test
    void proseAroundTheJsonIsTolerated() throws Exception {
        server.enqueue(ok(chat("Here is the translation:\n{\"segments\":[{\"id\":\"s1\",\"translation\":\"Привет\"}]}\nHope it helps.", "stop")));
        assertEquals("Привет", translator("/", null).translate(MtRequest.of(EN, List.of(RU), List.of("Hello"))).textsFor(RU).get(0));
    }

    @Test
    void missingIdsAreRetriedInSmallerBatches() throws Exception {
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Один\"}]}", "stop")));
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Один\"}]}", "stop")));
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Два\"}]}", "stop")));
        MtResult r = translator("/", null).translate(MtRequest.of(EN, List.of(RU), List.of("One", "Two")));
        assertEquals(List.of("Один", "Два"), r.textsFor(RU));
        assertEquals(3, r.requests());
    }

    @Test
    void extraIdsAreNotAccepted() throws Exception {
        for (int i = 0; i < 1; i++) {
            server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Один\"},{\"id\":\"s7\",\"translation\":\"?\"}]}", "stop")));
        }
        MtException e = assertThrows(MtException.class,
                () -> translator("/", null).translate(MtRequest.of(EN, List.of(RU), List.of("One."))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("s7"), e.getMessage());
    }

    @Test
    void cutOffAnswersAreNeverUsedOrCachedAndTheParagraphIsSplitAtSentences() throws Exception {
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Министр прибыл. Он сказал", "length")));
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"Министр прибыл.\"},"
                + "{\"id\":\"s2\",\"translation\":\"Он сказал «да».\"}]}", "stop")));
        MtResult r = translator("/", null).translate(MtRequest.of(EN, List.of(RU), List.of("The minister arrived. He said yes.")));
        assertEquals("Министр прибыл. Он сказал «да».", r.textsFor(RU).get(0));
        server.takeRequest();
        JsonNode user = MtTestKit.tree(body(server.takeRequest()).path("messages").get(1).path("content").asText());
        assertEquals(2, user.path("segments").size());
        // Only the complete answer is cached, under the paragraph: a second run asks nothing.
        MtResult again = translator("/", null).translate(MtRequest.of(EN, List.of(RU), List.of("The minister arrived. He said yes.")));
        assertEquals(0, again.requests());
        assertTrue(MtTestKit.allCacheText(cacheDir).contains("Министр прибыл. Он сказал «да»."));
        assertFalse(MtTestKit.allCacheText(cacheDir).contains("\"Министр прибыл. Он сказал\""));
    }

    @Test
    void insufficientQuotaIsNotRetriedButRateLimitIs() throws Exception {
        server.enqueue(json(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
        MtException e = assertThrows(MtException.class, () -> translator("/", "k").translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.QUOTA, e.kind());
        assertEquals(1, server.getRequestCount());

        server.enqueue(json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"));
        server.enqueue(ok(chat("{\"segments\":[{\"id\":\"s1\",\"translation\":\"مرحبا\"}]}", "stop")));
        assertEquals("مرحبا", translator("/", "k").translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))).textsFor(AR).get(0));
    }

    @Test
    void unknownModelIsExplained() {
        server.enqueue(json(404, "{\"error\":{\"message\":\"model not found\",\"type\":\"invalid_request_error\"}}"));
        MtException e = assertThrows(MtException.class, () -> translator("/", null).translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertTrue(e.getMessage().contains("qwen2.5-7b"));
    }
}
