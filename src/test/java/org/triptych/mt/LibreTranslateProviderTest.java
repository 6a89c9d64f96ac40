package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;
import static org.triptych.mt.MtTestKit.tree;

import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class LibreTranslateProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();

    private Translator translator(String key) {
        return MtTestKit.translator(new LibreTranslateProvider(MtTestKit.config(server.url("/").toString(), key)), sleeper, null).build();
    }

    @Test
    void sendsTheDocumentedRequestWithTheKeyInTheBody() throws Exception {
        server.enqueue(ok("{\"translatedText\":[\"Привет, мир\",\"Мир\"]}"));
        MtResult r = translator("lt-key").translate(MtRequest.of(EN, List.of(RU), List.of("Hello, world", "Peace")));
        assertEquals(List.of("Привет, мир", "Мир"), r.textsFor(RU));
        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("/translate", req.getUrl().encodedPath());
        assertTrue(req.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(tree("{\"q\":[\"Hello, world\",\"Peace\"],\"source\":\"en\",\"target\":\"ru\",\"format\":\"text\",\"api_key\":\"lt-key\"}"),
                body(req));
    }

    @Test
    void withoutAKeyNoKeyFieldIsSent() throws Exception {
        server.enqueue(ok("{\"translatedText\":[\"مرحبا\"]}"));
        translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertFalse(body(server.takeRequest()).has("api_key"));
    }

    @Test
    void arabicToRussianRoundTripsAndAPlainStringAnswerIsAccepted() throws Exception {
        server.enqueue(ok("{\"translatedText\":\"Министр прибыл.\"}"));
        MtResult r = translator(null).translate(MtRequest.of(AR, List.of(RU), List.of("وصل الوزير.")));
        assertEquals("Министр прибыл.", r.textsFor(RU).get(0));
        assertEquals("وصل الوزير.", body(server.takeRequest()).path("q").get(0).asText());
    }

    @Test
    void overTheServersCharacterLimitIsSplitDownToSentences() throws Exception {
        server.enqueue(json(400, "{\"error\":\"Invalid request: request (80) exceeds text limit (50)\"}"));
        server.enqueue(ok("{\"translatedText\":[\"Первое предложение.\",\"Второе предложение.\"]}"));
        MtResult r = translator(null).translate(MtRequest.of(EN, List.of(RU), List.of("The first sentence. The second sentence.")));
        assertEquals("Первое предложение. Второе предложение.", r.textsFor(RU).get(0));
        server.takeRequest();
        assertEquals(tree("[\"The first sentence.\",\"The second sentence.\"]"), body(server.takeRequest()).path("q"));
    }

    @Test
    void missingLanguageOnTheServerIsAnUnsupportedPair() {
        server.enqueue(json(400, "{\"error\":\"ar is not supported\"}"));
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.UNSUPPORTED_PAIR, e.kind());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void keyRequiredIsExplained() {
        server.enqueue(json(403, "{\"error\":\"Visit https://portal.libretranslate.com to get an API key\"}"));
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("TRIPTYCH_LIBRETRANSLATE_KEY"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void slowdownIsRetried() {
        server.enqueue(json(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}"));
        server.enqueue(json(500, "{\"error\":\"Cannot translate text: model crashed\"}"));
        server.enqueue(ok("{\"translatedText\":[\"مرحبا\"]}"));
        MtResult r = translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals("مرحبا", r.textsFor(AR).get(0));
        assertEquals(3, r.requests());
        assertEquals(2, sleeper.waits.size());
    }

    @Test
    void countMismatchAndMalformedBodiesAreBadResponses() {
        server.enqueue(ok("{\"translatedText\":[\"один\"]}"));
        MtException e = assertThrows(MtException.class,
                () -> translator(null).translate(MtRequest.of(EN, List.of(RU), List.of("one", "two"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
        server.enqueue(ok("{\"detectedLanguage\":{\"confidence\":90,\"language\":\"en\"}}"));
        MtException e2 = assertThrows(MtException.class,
                () -> translator(null).translate(MtRequest.of(EN, List.of(RU), List.of("one"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e2.kind());
    }

    @Test
    void redirectsAreNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", server.url("/elsewhere").toString()).build());
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
        assertEquals(1, server.getRequestCount());
    }
}
