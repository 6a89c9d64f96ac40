package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;
import static org.triptych.mt.MtTestKit.tree;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class GoogleTranslateProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();

    private Translator translator() {
        return MtTestKit.translator(new GoogleTranslateProvider(MtTestKit.config(server.url("/").toString(), "g-key")), sleeper, null).build();
    }

    private static String error(int code, String message, String reason) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\"" + message
                + "\",\"domain\":\"usageLimits\",\"reason\":\"" + reason + "\"}]}}";
    }

    @Test
    void sendsTheDocumentedRequestWithTheKeyInAHeader() throws Exception {
        server.enqueue(ok("{\"data\":{\"translations\":[{\"translatedText\":\"Привет & пока\"},{\"translatedText\":\"Мир\"}]}}"));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(RU), List.of("Hello & bye", "Peace")));
        assertEquals(List.of("Привет & пока", "Мир"), r.textsFor(RU));
        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("/language/translate/v2", req.getUrl().encodedPath());
        assertNull(req.getUrl().query(), "the key must not travel in the URL");
        assertEquals("g-key", req.getHeaders().get("X-goog-api-key"));
        assertEquals(tree("{\"q\":[\"Hello & bye\",\"Peace\"],\"source\":\"en\",\"target\":\"ru\",\"format\":\"text\"}"), body(req));
    }

    @Test
    void arabicRoundTrip() throws Exception {
        server.enqueue(ok("{\"data\":{\"translations\":[{\"translatedText\":\"مجلس الأمن\"}]}}"));
        MtResult r = translator().translate(MtRequest.of(RU, List.of(AR), List.of("Совет Безопасности")));
        assertEquals("مجلس الأمن", r.textsFor(AR).get(0));
        assertEquals("Совет Безопасности", body(server.takeRequest()).path("q").get(0).asText());
    }

    @Test
    void dailyLimitIsQuotaAndNotRetried() {
        server.enqueue(json(403, error(403, "Daily Limit Exceeded", "dailyLimitExceeded")));
        MtException e = assertThrows(MtException.class, () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.QUOTA, e.kind());
        assertTrue(e.getMessage().contains("daily limit"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void userRateLimitIsRetried() {
        server.enqueue(json(403, error(403, "User Rate Limit Exceeded", "userRateLimitExceeded")));
        server.enqueue(ok("{\"data\":{\"translations\":[{\"translatedText\":\"مرحبا\"}]}}"));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hi")));
        assertEquals("مرحبا", r.textsFor(AR).get(0));
        assertEquals(1, sleeper.waits.size());
    }

    @Test
    void invalidKeyIsAuth() {
        server.enqueue(json(400, "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
                + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"reason\":\"API_KEY_INVALID\"}]}}"));
        MtException e = assertThrows(MtException.class, () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.AUTH, e.kind());
    }

    @Test
    void batchesRespect128SegmentsAndTheCharacterBudget() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            texts.add("p" + i);
        }
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
                try {
                    StringBuilder sb = new StringBuilder("{\"data\":{\"translations\":[");
                    var q = body(request).path("q");
                    for (int i = 0; i < q.size(); i++) {
                        sb.append(i > 0 ? "," : "").append("{\"translatedText\":\"ru-").append(q.get(i).asText()).append("\"}");
                    }
                    return ok(sb.append("]}}").toString());
                } catch (Exception e) {
                    return json(500, "{}");
                }
            }
        });
        MtResult r = translator().translate(MtRequest.of(EN, List.of(RU), texts));
        assertEquals(2, r.requests());
        assertEquals("ru-p129", r.textsFor(RU).get(129));
        // 3 texts of 2,000 characters: 5,000 per request allows two at a time.
        List<String> big = List.of("a".repeat(2000), "b".repeat(2000), "c".repeat(2000));
        MtResult r2 = translator().translate(MtRequest.of(EN, List.of(RU), big));
        assertEquals(2, r2.requests());
    }

    @Test
    void malformedBodyIsABadResponse() {
        server.enqueue(ok("{\"data\":{}}"));
        MtException e = assertThrows(MtException.class, () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
    }
}
