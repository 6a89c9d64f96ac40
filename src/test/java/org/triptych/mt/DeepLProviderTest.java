package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;
import static org.triptych.mt.MtTestKit.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Language;

class DeepLProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();
    @TempDir
    Path cacheDir;

    private DeepLProvider provider() {
        return new DeepLProvider(MtTestKit.config(server.url("/").toString(), "test-key-123"));
    }

    private Translator translator() {
        return MtTestKit.translator(provider(), sleeper, cacheDir).build();
    }

    private static String translations(String... texts) {
        StringBuilder sb = new StringBuilder("{\"translations\":[");
        for (int i = 0; i < texts.length; i++) {
            sb.append(i > 0 ? "," : "").append("{\"detected_source_language\":\"EN\",\"text\":\"").append(texts[i]).append("\"}");
        }
        return sb.append("]}").toString();
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTranslationsInOrder() throws Exception {
        server.enqueue(ok(translations("مرحبا بالعالم", "السلام")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello world", "Peace")));

        assertEquals(List.of("مرحبا بالعالم", "السلام"), r.textsFor(AR));
        assertEquals(1, r.requests());
        RecordedRequest req = server.takeRequest();
        assertEquals("POST", req.getMethod());
        assertEquals("/v2/translate", req.getUrl().encodedPath());
        assertNull(req.getUrl().query());
        assertEquals("DeepL-Auth-Key test-key-123", req.getHeaders().get("Authorization"));
        assertTrue(req.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(tree("{\"text\":[\"Hello world\",\"Peace\"],\"source_lang\":\"EN\",\"target_lang\":\"AR\"}"), body(req));
        assertTrue(r.drafts().stream().allMatch(d -> d.provider().equals("deepl") && !d.fromCache()));
    }

    @Test
    void englishTargetCarriesAVariantAndArabicSourceRoundTrips() throws Exception {
        server.enqueue(ok(translations("The minister arrived in Moscow.")));
        server.enqueue(ok(translations("The minister arrived in Moscow.")));
        Translator gb = translator();
        gb.translate(MtRequest.of(AR, List.of(EN), List.of("وصل الوزير إلى موسكو.")));
        JsonNode b = body(server.takeRequest());
        assertEquals("AR", b.path("source_lang").asText());
        assertEquals("EN-GB", b.path("target_lang").asText());
        assertEquals("وصل الوزير إلى موسكو.", b.path("text").get(0).asText());

        DeepLProvider us = new DeepLProvider(MtTestKit.config(server.url("/").toString(), "k").withOption("english_variant", "EN-US"));
        MtTestKit.translator(us, sleeper, null).build().translate(MtRequest.of(RU, List.of(EN), List.of("Министр прибыл в Москву.")));
        JsonNode b2 = body(server.takeRequest());
        assertEquals("RU", b2.path("source_lang").asText());
        assertEquals("EN-US", b2.path("target_lang").asText());
        assertEquals("Министр прибыл в Москву.", b2.path("text").get(0).asText());
    }

    @Test
    void freeKeysGoToTheFreeHost() {
        assertEquals("api-free.deepl.com", new DeepLProvider(ProviderConfig.of(null, Secret.of("abc:fx"))).endpoint().host());
        assertEquals("api.deepl.com", new DeepLProvider(ProviderConfig.of(null, Secret.of("abc"))).endpoint().host());
    }

    @Test
    void unsupportedPairIsRefusedBeforeAnyRequest() {
        MtException e = assertThrows(MtException.class,
                () -> translator().translate(MtRequest.of(EN, List.of(AR, Language.of("xh")), List.of("Hello"))));
        assertEquals(MtException.Kind.UNSUPPORTED_PAIR, e.kind());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void quotaExceededIsExplainedAndNotRetried() {
        server.enqueue(json(456, "{\"message\":\"Quota Exceeded\"}"));
        MtException e = assertThrows(MtException.class,
                () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.QUOTA, e.kind());
        assertTrue(e.getMessage().contains("quota"), e.getMessage());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void wrongKeyIsExplainedAndNotRetried() {
        server.enqueue(json(403, "{\"message\":\"Wrong endpoint. Use https://api-free.deepl.com\"}"));
        MtException e = assertThrows(MtException.class,
                () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.AUTH, e.kind());
        assertTrue(e.getMessage().contains("api-free.deepl.com"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void rateLimitHonoursRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").body("{\"message\":\"Too many requests\"}").build());
        server.enqueue(ok(translations("مرحبا")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals(List.of("مرحبا"), r.textsFor(AR));
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits);
        assertEquals(2, r.requests());
    }

    @Test
    void rateLimitHonoursRetryAfterHttpDate() {
        // The clock stands at 01:00:00 UTC; the server asks for 01:00:07.
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "Sun, 29 Nov 2026 01:00:07 GMT").build());
        server.enqueue(ok(translations("مرحبا")));
        translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits);
    }

    @Test
    void rateLimitWithoutRetryAfterBacksOffExponentiallyWithJitter() {
        server.enqueue(new MockResponse.Builder().code(429).build());
        server.enqueue(new MockResponse.Builder().code(529).build());
        server.enqueue(new MockResponse.Builder().code(429).build());
        server.enqueue(ok(translations("مرحبا")));
        translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals(3, sleeper.waits.size());
        // base 100 ms: attempt n waits within [base·2^(n-1)/2, base·2^(n-1)]
        for (int i = 0; i < 3; i++) {
            long cap = 100L << i;
            long ms = sleeper.waits.get(i).toMillis();
            assertTrue(ms >= cap / 2 && ms <= cap, "wait " + i + " = " + ms);
        }
    }

    @Test
    void serverErrorThenSuccess() {
        server.enqueue(json(503, "{\"message\":\"Service unavailable\"}"));
        server.enqueue(ok(translations("Привет")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(RU), List.of("Hello")));
        assertEquals(List.of("Привет"), r.textsFor(RU));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void persistentServerErrorsGiveUpAfterTheAttemptsAndCacheNothing() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "{\"message\":\"Internal error\"}"));
        }
        MtException e = assertThrows(MtException.class,
                () -> translator().translate(MtRequest.of(EN, List.of(RU), List.of("Hello"))));
        assertEquals(MtException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());
        assertEquals(4, server.getRequestCount());
        assertEquals(0, MtTestKit.cacheFiles(cacheDir));
    }

    @Test
    void tooLargeIsSplitAndRetried() throws Exception {
        server.enqueue(json(413, "{\"message\":\"Request Entity Too Large\"}"));
        server.enqueue(ok(translations("أ", "ب")));
        server.enqueue(ok(translations("ج", "د")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), List.of("a", "b", "c", "d")));
        assertEquals(List.of("أ", "ب", "ج", "د"), r.textsFor(AR));
        assertEquals(4, body(server.takeRequest()).path("text").size());
        assertEquals(2, body(server.takeRequest()).path("text").size());
        assertEquals(2, body(server.takeRequest()).path("text").size());
    }

    @Test
    void countMismatchIsABadResponseAndNothingIsCached() throws Exception {
        server.enqueue(ok(translations("واحد")));
        MtException e = assertThrows(MtException.class,
                () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("one", "two"))));
        assertEquals(MtException.Kind.BAD_RESPONSE, e.kind());
        assertEquals(0, MtTestKit.cacheFiles(cacheDir));
    }

    @Test
    void malformedSuccessBodiesAreBadResponses() {
        for (String bad : List.of("<html>gateway</html>", "{\"translations\":{}}", "{\"translations\":[{\"txt\":\"x\"}]}", "")) {
            server.enqueue(ok(bad));
            MtException e = assertThrows(MtException.class,
                    () -> translator().translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))), bad);
            assertEquals(MtException.Kind.BAD_RESPONSE, e.kind(), bad);
        }
    }

    @Test
    void batchesRespectFiftyTextsPerRequest() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            texts.add("Paragraph number " + i + ".");
        }
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    JsonNode in = body(request).path("text");
                    String[] out = new String[in.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = "ar:" + in.get(i).asText();
                    }
                    return ok(translations(out));
                } catch (Exception e) {
                    return json(500, "{}");
                }
            }
        });
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), texts));
        assertEquals(3, r.requests());
        for (int i = 0; i < 120; i++) {
            assertEquals("ar:Paragraph number " + i + ".", r.textsFor(AR).get(i));
        }
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sizes.add(body(server.takeRequest()).path("text").size());
        }
        sizes.sort(null);
        assertEquals(List.of(20, 50, 50), sizes);
    }

    @Test
    void glossaryIsCreatedOnceAsTsvAndPassedById() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Security Council", "مجلس الأمن").build();
        server.enqueue(ok("{\"glossary_id\":\"g-123\",\"ready\":true,\"name\":\"x\",\"source_lang\":\"en\",\"target_lang\":\"ar\",\"entry_count\":1}"));
        server.enqueue(ok(translations("اجتمع مجلس الأمن.")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(AR), List.of("The Security Council met.")).withGlossary(g));
        assertEquals("اجتمع مجلس الأمن.", r.textsFor(AR).get(0));

        RecordedRequest create = server.takeRequest();
        assertEquals("POST", create.getMethod());
        assertEquals("/v2/glossaries", create.getUrl().encodedPath());
        assertEquals("DeepL-Auth-Key test-key-123", create.getHeaders().get("Authorization"));
        JsonNode cb = body(create);
        assertEquals("en", cb.path("source_lang").asText());
        assertEquals("ar", cb.path("target_lang").asText());
        assertEquals("Security Council\tمجلس الأمن\n", cb.path("entries").asText());
        assertEquals("tsv", cb.path("entries_format").asText());
        assertEquals("g-123", body(server.takeRequest()).path("glossary_id").asText());

        // A new session with another text: the glossary id comes from the disk cache, no second glossary.
        server.enqueue(ok(translations("مجلس الأمن")));
        translator().translate(MtRequest.of(EN, List.of(AR), List.of("Security Council")).withGlossary(g));
        RecordedRequest again = server.takeRequest();
        assertEquals("/v2/translate", again.getUrl().encodedPath());
        assertEquals("g-123", body(again).path("glossary_id").asText());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aRememberedGlossaryThatIsGoneIsMadeAgainOnce() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder().add(EN, RU, "Security Council", "Совет Безопасности").build();
        server.enqueue(ok("{\"glossary_id\":\"old\",\"ready\":true}"));
        server.enqueue(ok(translations("Совет Безопасности")));
        translator().translate(MtRequest.of(EN, List.of(RU), List.of("Security Council")).withGlossary(g));
        // Next session: the id from the disk cache was deleted on DeepL's side.
        server.enqueue(json(404, "{\"message\":\"ProviderGlossary not found\"}"));
        server.enqueue(ok("{\"glossary_id\":\"new\",\"ready\":true}"));
        server.enqueue(ok(translations("Совет Безопасности собрался")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(RU), List.of("The Security Council met")).withGlossary(g));
        assertEquals("Совет Безопасности собрался", r.textsFor(RU).get(0));
        for (int i = 0; i < 2; i++) {
            server.takeRequest();
        }
        assertEquals("old", body(server.takeRequest()).path("glossary_id").asText());
        assertEquals("/v2/glossaries", server.takeRequest().getUrl().encodedPath());
        assertEquals("new", body(server.takeRequest()).path("glossary_id").asText());
    }

    @Test
    void glossaryTheServerRejectsIsWarnedAboutAndDraftingGoesOn() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Security Council", "مجلس الأمن").build();
        server.enqueue(json(400, "{\"message\":\"Unsupported glossary language pair\"}"));
        server.enqueue(ok(translations("اجتمع المجلس.")));
        DeepLProvider p = new DeepLProvider(MtTestKit.config(server.url("/").toString(), "k")
                .withLimits(new BatchLimits(1, 128 * 1024, 120_000, 30_000)).withMaxConcurrent(1));
        server.enqueue(ok(translations("ثانيا")));
        MtResult r = MtTestKit.translator(p, sleeper, null).build().translate(
                MtRequest.of(EN, List.of(AR), List.of("The Security Council met.", "Second.")).withGlossary(g));
        assertEquals(1, r.warnings().size());
        assertEquals("/v2/glossaries", server.takeRequest().getUrl().encodedPath());
        // Neither batch carries a glossary id, and the refused glossary is not asked for twice.
        assertFalse(body(server.takeRequest()).has("glossary_id"));
        assertFalse(body(server.takeRequest()).has("glossary_id"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aServerWithoutTheGlossaryApiDraftsWithoutItAndSaysSoOnce() throws Exception {
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Security Council", "مجلس الأمن").build();
        // a DeepL-compatible server that has no /v2/glossaries: 404, as the translator saw it
        server.enqueue(json(404, "{\"message\":\"Not found\"}"));
        server.enqueue(ok(translations("اجتمع المجلس.")));
        server.enqueue(ok(translations("ثانيا")));
        DeepLProvider p = new DeepLProvider(MtTestKit.config(server.url("/").toString(), "k")
                .withLimits(new BatchLimits(1, 128 * 1024, 120_000, 30_000)).withMaxConcurrent(1));
        MtResult r = MtTestKit.translator(p, sleeper, null).build().translate(
                MtRequest.of(EN, List.of(AR), List.of("The Security Council met.", "Second.")).withGlossary(g));
        assertEquals(List.of("اجتمع المجلس.", "ثانيا"), r.textsFor(AR), "drafted all the same");
        assertEquals(1, r.warnings().size(), "said once for both batches: " + r.warnings());
        assertTrue(r.warnings().get(0).contains("did not accept the glossary"), r.warnings().get(0));
        assertEquals("/v2/glossaries", server.takeRequest().getUrl().encodedPath());
        assertFalse(body(server.takeRequest()).has("glossary_id"));
        assertFalse(body(server.takeRequest()).has("glossary_id"));
        assertEquals(3, server.getRequestCount(), "the refused glossary is not asked for again");
        // a refused key is still the whole request's failure, not a glossary matter
        assertFalse(DeepLProvider.refusesGlossaries(403));
        assertFalse(DeepLProvider.refusesGlossaries(456));
    }

    @Test
    void slowHeadersTimeOutAndAreRetried() {
        DeepLProvider p = new DeepLProvider(MtTestKit.config(server.url("/").toString(), "k").withTimeout(Duration.ofMillis(300)));
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(translations("x")).build());
        server.enqueue(ok(translations("مرحبا")));
        MtResult r = MtTestKit.translator(p, sleeper, null).build().translate(MtRequest.of(EN, List.of(AR), List.of("Hello")));
        assertEquals("مرحبا", r.textsFor(AR).get(0));
        assertEquals(1, sleeper.waits.size());
    }

    @Test
    void slowBodiesTimeOut() {
        DeepLProvider p = new DeepLProvider(MtTestKit.config(server.url("/").toString(), "k").withTimeout(Duration.ofMillis(300)));
        Translator t = MtTestKit.translator(p, sleeper, null)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1))).build();
        // Counted at dispatch: the server records a request only once its answer is fully written.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.incrementAndGet();
                return new MockResponse.Builder().body(translations("مرحبا بالعالم كله"))
                        .throttleBody(1, 1, TimeUnit.SECONDS).build(); // the whole body would take a minute
            }
        });
        long start = System.nanoTime();
        MtException e = assertThrows(MtException.class, () -> t.translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.TIMEOUT, e.kind());
        assertEquals(2, asked.get());
        // two 0.3 s attempts, not the body's minute: a bound far from both, which a loaded machine keeps
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "two 0.3 s attempts, not the whole slow body");
    }

    @Test
    void droppedConnectionIsRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(ok(translations("Привет")));
        MtResult r = translator().translate(MtRequest.of(EN, List.of(RU), List.of("Hello")));
        assertEquals("Привет", r.textsFor(RU).get(0));
        assertEquals(2, server.getRequestCount());
    }
}
