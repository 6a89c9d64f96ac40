package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;
import static org.triptych.mt.MtTestKit.tree;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class MicrosoftTranslatorProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();

    private Translator translator(String region) {
        ProviderConfig c = MtTestKit.config(server.url("/").toString(), "ms-key");
        if (region != null) {
            c = c.withOption("region", region);
        }
        return MtTestKit.translator(new MicrosoftTranslatorProvider(c), sleeper, null).build();
    }

    @Test
    void severalTargetsInOneCallMappedByTo() throws Exception {
        // Translations deliberately listed ru first: the client must map by "to", not by position.
        server.enqueue(ok("[{\"translations\":[{\"text\":\"Привет\",\"to\":\"ru\"},{\"text\":\"مرحبا\",\"to\":\"ar\"}]},"
                + "{\"translations\":[{\"text\":\"السلام\",\"to\":\"ar\"},{\"text\":\"Мир\",\"to\":\"ru\"}]}]"));
        MtResult r = translator("westeurope").translate(MtRequest.of(EN, List.of(AR, RU), List.of("Hello", "Peace")));
        assertEquals(List.of("مرحبا", "السلام"), r.textsFor(AR));
        assertEquals(List.of("Привет", "Мир"), r.textsFor(RU));
        assertEquals(1, r.requests());
        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("/translate", req.getUrl().encodedPath());
        assertEquals("3.0", req.getUrl().queryParameter("api-version"));
        assertEquals("en", req.getUrl().queryParameter("from"));
        assertEquals(List.of("ar", "ru"), req.getUrl().queryParameterValues("to"));
        assertEquals("ms-key", req.getHeaders().get("Ocp-Apim-Subscription-Key"));
        assertEquals("westeurope", req.getHeaders().get("Ocp-Apim-Subscription-Region"));
        assertEquals(tree("[{\"Text\":\"Hello\"},{\"Text\":\"Peace\"}]"), body(req));
    }

    @Test
    void noRegionHeaderForGlobalResources() throws Exception {
        server.enqueue(ok("[{\"translations\":[{\"text\":\"Привет\",\"to\":\"ru\"}]}]"));
        translator(null).translate(MtRequest.of(EN, List.of(RU), List.of("Hello")));
        assertNull(server.takeRequest().getHeaders().get("Ocp-Apim-Subscription-Region"));
    }

    @Test
    void charactersAreCountedAcrossTargets() throws Exception {
        // 4 texts of 10,000 characters into 2 targets = 80,000 counted characters: over 50,000, so 2+ calls.
        List<String> texts = List.of("a".repeat(10_000), "b".repeat(10_000), "c".repeat(10_000), "d".repeat(10_000));
        StringBuilder two = new StringBuilder("[");
        for (int i = 0; i < 2; i++) {
            two.append(i > 0 ? "," : "").append("{\"translations\":[{\"text\":\"x\",\"to\":\"ar\"},{\"text\":\"y\",\"to\":\"ru\"}]}");
        }
        two.append("]");
        server.enqueue(ok(two.toString()));
        server.enqueue(ok(two.toString()));
        MtResult r = translator(null).translate(MtRequest.of(EN, List.of(AR, RU), texts));
        assertEquals(2, r.requests());
        assertEquals(2, body(server.takeRequest()).size());
        assertEquals(2, body(server.takeRequest()).size());
    }

    @Test
    void glossaryTravelsAsDynamicDictionaryMarkupOnePerTarget() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Security Council", "مجلس الأمن").add(EN, RU, "Security Council", "Совет Безопасности").build();
        // The two calls run in parallel: answer by the "to" each one asks for.
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
                return "ar".equals(request.getUrl().queryParameter("to"))
                        ? ok("[{\"translations\":[{\"text\":\"اجتمع مجلس الأمن\",\"to\":\"ar\"}]}]")
                        : ok("[{\"translations\":[{\"text\":\"Совет Безопасности собрался\",\"to\":\"ru\"}]}]");
            }
        });
        MtResult r = translator(null).translate(MtRequest.of(EN, List.of(AR, RU), List.of("The Security Council met.")).withGlossary(g));
        assertEquals("اجتمع مجلس الأمن", r.textsFor(AR).get(0));
        assertEquals("Совет Безопасности собрался", r.textsFor(RU).get(0));
        assertEquals(2, r.requests());
        for (int i = 0; i < 2; i++) {
            RecordedRequest req = server.takeRequest();
            List<String> to = req.getUrl().queryParameterValues("to");
            assertEquals(1, to.size());
            String expected = to.get(0).equals("ar") ? "مجلس الأمن" : "Совет Безопасности";
            assertEquals("The <mstrans:dictionary translation=\"" + expected + "\">Security Council</mstrans:dictionary> met.",
                    body(req).get(0).path("Text").asText());
        }
    }

    @Test
    void markupWrapsWholeWordsOnly() {
        List<GlossaryEntry> e = List.of(new GlossaryEntry("UN", "ООН"));
        assertEquals("The <mstrans:dictionary translation=\"ООН\">UN</mstrans:dictionary> and UNESCO",
                MicrosoftTranslatorProvider.withDictionary("The UN and UNESCO", e));
    }

    @Test
    void quotaErrorIsNotRetried() {
        server.enqueue(json(403, "{\"error\":{\"code\":403000,\"message\":\"The operation is not allowed.\"}}"));
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.QUOTA, e.kind());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void authErrorIsNotRetried() {
        server.enqueue(json(401, "{\"error\":{\"code\":401000,\"message\":\"The request is not authorized because credentials are missing or invalid.\"}}"));
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))));
        assertEquals(MtException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("TRIPTYCH_MICROSOFT_REGION"));
    }

    @Test
    void rateLimitIsRetried() {
        server.enqueue(json(429, "{\"error\":{\"code\":429001,\"message\":\"The server rejected the request because the client has exceeded request limits.\"}}"));
        server.enqueue(ok("[{\"translations\":[{\"text\":\"مرحبا\",\"to\":\"ar\"}]}]"));
        assertEquals("مرحبا", translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))).textsFor(AR).get(0));
    }

    @Test
    void tooLongTextErrorSplitsTheBatch() throws Exception {
        server.enqueue(json(400, "{\"error\":{\"code\":400050,\"message\":\"The input text is too long.\"}}"));
        server.enqueue(ok("[{\"translations\":[{\"text\":\"один\",\"to\":\"ru\"}]}]"));
        server.enqueue(ok("[{\"translations\":[{\"text\":\"два\",\"to\":\"ru\"}]}]"));
        MtResult r = translator(null).translate(MtRequest.of(EN, List.of(RU), List.of("one", "two")));
        assertEquals(List.of("один", "два"), r.textsFor(RU));
        assertEquals(3, r.requests());
    }

    @Test
    void serverErrorThenSuccess() {
        server.enqueue(json(503, "{\"error\":{\"code\":503000,\"message\":\"Service is temporarily unavailable.\"}}"));
        server.enqueue(ok("[{\"translations\":[{\"text\":\"مرحبا\",\"to\":\"ar\"}]}]"));
        assertEquals("مرحبا", translator(null).translate(MtRequest.of(EN, List.of(AR), List.of("Hi"))).textsFor(AR).get(0));
        assertEquals(1, sleeper.waits.size());
    }

    @Test
    void missingTargetInAnswerIsABadResponse() {
        server.enqueue(ok("[{\"translations\":[{\"text\":\"مرحبا\",\"to\":\"ar\"}]}]"));
        MtException e = assertThrows(MtException.class, () -> translator(null).translate(MtRequest.of(EN, List.of(AR, RU), List.of("Hi"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
    }
}
