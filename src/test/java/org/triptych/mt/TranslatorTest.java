package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.json;
import static org.triptych.mt.MtTestKit.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;

/** Behaviour shared by all providers (exercised through LibreTranslate's simple format): cache, cancel, limits. */
class TranslatorTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MtTestKit.RecordingSleeper sleeper = new MtTestKit.RecordingSleeper();
    @TempDir
    Path cacheDir;

    private ProviderConfig config() {
        return MtTestKit.config(server.url("/").toString(), null);
    }

    private Translator translator(ProviderConfig c) {
        return MtTestKit.translator(new LibreTranslateProvider(c), sleeper, cacheDir).build();
    }

    /** Answers every LibreTranslate request by prefixing each text with the target code. */
    private static Dispatcher echo(AtomicInteger inFlight, AtomicInteger maxInFlight, long holdMillis) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(holdMillis);
                    JsonNode b = body(request);
                    StringBuilder sb = new StringBuilder("{\"translatedText\":[");
                    for (int i = 0; i < b.path("q").size(); i++) {
                        sb.append(i > 0 ? "," : "").append(MtTestKit.JSON.writeValueAsString(
                                b.path("target").asText() + ":" + b.path("q").get(i).asText()));
                    }
                    return ok(sb.append("]}").toString());
                } catch (java.io.IOException e) {
                    return json(500, "{}");
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
    }

    @Test
    void secondRunIsServedFromTheCacheAndFetchAgainBypassesIt() throws Exception {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        MtRequest req = MtRequest.of(EN, List.of(AR, RU), List.of("Hello", "World"));
        MtResult first = translator(config()).translate(req);
        assertEquals(2, first.requests());
        assertEquals(0, first.cacheHits());
        assertEquals(List.of("ar:Hello", "ar:World"), first.textsFor(AR));

        MtResult second = translator(config()).translate(req);
        assertEquals(0, second.requests());
        assertEquals(4, second.cacheHits());
        assertEquals(List.of("ru:Hello", "ru:World"), second.textsFor(RU));
        assertTrue(second.drafts().stream().allMatch(Draft::fromCache));

        MtResult again = translator(config()).translate(req.fetchingAgain());
        assertEquals(2, again.requests());
        assertTrue(again.drafts().stream().noneMatch(Draft::fromCache));
    }

    @Test
    void cacheKeyIncludesOptionsGlossaryAndEndpoint() {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        MtRequest req = MtRequest.of(EN, List.of(AR), List.of("Hello"));
        translator(config()).translate(req);
        assertEquals(1, translator(config().withOption("model", "other")).translate(req).requests());
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Hello", "أهلا").build();
        assertEquals(1, translator(config()).translate(req.withGlossary(g)).requests());
        assertEquals(0, translator(config()).translate(req.withGlossary(g)).requests());
        // Only a missing text is asked for; the cached one is not sent again.
        MtResult mixed = translator(config()).translate(MtRequest.of(EN, List.of(AR), List.of("Hello", "New")));
        assertEquals(1, mixed.requests());
        assertEquals(1, mixed.cacheHits());
    }

    @Test
    void corruptCacheFileIsIgnoredLoggedAndRewritten() throws Exception {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        MtRequest req = MtRequest.of(EN, List.of(AR), List.of("Hello"));
        translator(config()).translate(req);
        Path file;
        try (Stream<Path> s = Files.walk(cacheDir)) {
            file = s.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(file, "{\"format\":1,\"source\":\"Hel");
        List<String> logged = captureLogs(() -> {
            MtResult r = translator(config()).translate(req);
            assertEquals(1, r.requests());
            assertEquals("ar:Hello", r.textsFor(AR).get(0));
        });
        assertTrue(logged.stream().anyMatch(m -> m.contains("corrupt") || m.contains("unreadable")), logged.toString());
        assertTrue(Files.readString(file).contains("ar:Hello"));
        assertEquals(0, translator(config()).translate(req).requests());
    }

    @Test
    void failedBatchesAreNotCachedButCompletedOnesAre() throws Exception {
        ProviderConfig oneText = config().withLimits(new BatchLimits(1, 64 * 1024, 20_000, 5_000)).withMaxConcurrent(1);
        server.enqueue(ok("{\"translatedText\":[\"ar:one\"]}"));
        server.enqueue(json(400, "{\"error\":\"Invalid request\"}"));
        assertThrows(MtException.class, () -> translator(oneText).translate(MtRequest.of(EN, List.of(AR), List.of("one", "two"))));
        assertEquals(1, MtTestKit.cacheFiles(cacheDir));
        assertFalse(MtTestKit.allCacheText(cacheDir).contains("\"two\""));
    }

    @Test
    void oversizedParagraphIsSplitAtSentenceBoundariesNeverTruncated() throws Exception {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        ProviderConfig small = config().withLimits(new BatchLimits(50, 64 * 1024, 20_000, 40));
        String para = "The first sentence is here. The second one follows! Is there a third? Yes.";
        MtResult r = translator(small).translate(MtRequest.of(EN, List.of(RU), List.of(para)));
        JsonNode q = body(server.takeRequest()).path("q");
        List<String> sent = new ArrayList<>();
        q.forEach(n -> sent.add(n.asText()));
        assertEquals(List.of("The first sentence is here.", "The second one follows!", "Is there a third? Yes."), sent);
        assertEquals("ru:The first sentence is here. ru:The second one follows! ru:Is there a third? Yes.", r.textsFor(RU).get(0));
    }

    @Test
    void aSentenceWithoutBoundariesLongerThanTheLimitIsCutAtSpaces() throws Exception {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        ProviderConfig small = config().withLimits(new BatchLimits(50, 64 * 1024, 20_000, 12));
        MtResult r = translator(small).translate(MtRequest.of(EN, List.of(RU), List.of("alpha beta gamma delta epsilon")));
        String joined = r.textsFor(RU).get(0).replace("ru:", "");
        assertEquals("alpha beta gamma delta epsilon", joined);
    }

    @Test
    void blankTextsNeedNoRequest() {
        MtResult r = translator(config()).translate(MtRequest.of(EN, List.of(AR), List.of("", "  ")));
        assertEquals(List.of("", ""), r.textsFor(AR));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void concurrencyCapIsRespected() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        server.setDispatcher(echo(inFlight, max, 80));
        ProviderConfig capped = config().withLimits(new BatchLimits(1, 64 * 1024, 20_000, 5_000)).withMaxConcurrent(2);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            texts.add("text " + i);
        }
        // Two runs at once on one provider (say a draft and a back-translation): the cap is the provider's.
        LibreTranslateProvider shared = new LibreTranslateProvider(capped);
        Translator t = MtTestKit.translator(shared, sleeper, null).build();
        CompletableFuture<MtResult> other = CompletableFuture.supplyAsync(() -> t.translate(MtRequest.of(EN, List.of(RU), texts)));
        MtResult r = t.translate(MtRequest.of(EN, List.of(AR), texts));
        assertEquals(8, r.requests());
        assertEquals(8, other.join().requests());
        assertEquals(2, max.get());
        assertEquals("ar:text 7", r.textsFor(AR).get(7));
    }

    @Test
    void cancelMidFlightAbortsTheCallWithinASecondAndWritesNothing() throws Exception {
        // the answer would come after ten minutes: a call that is not aborted fails by the get's time limit
        server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.MINUTES).body("{\"translatedText\":[\"x\"]}").build());
        CancelHandle cancel = new CancelHandle();
        Translator t = translator(config().withTimeout(Duration.ofMinutes(15)));
        CompletableFuture<MtResult> run = CompletableFuture.supplyAsync(
                () -> t.translate(MtRequest.of(EN, List.of(AR), List.of("Hello")), cancel, ProgressListener.NONE));
        assertNotNull(server.takeRequest(60, TimeUnit.SECONDS));
        cancel.cancel();
        Exception e = assertThrows(Exception.class, () -> run.get(60, TimeUnit.SECONDS));
        assertEquals(MtException.Kind.CANCELLED, ((MtException) e.getCause()).kind());
        assertEquals(0, MtTestKit.cacheFiles(cacheDir));
    }

    @Test
    void cancelDuringBackoffWakesTheWaitWithinASecond() throws Exception {
        // the provider asks for a minute's wait (the cap): a wait that cancelling does not wake fails by the get's limit
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").body("{\"error\":\"Slowdown\"}").build());
        CancelHandle cancel = new CancelHandle();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        Translator t = Translator.builder(new LibreTranslateProvider(config())).cache(DraftCache.at(cacheDir))
                .retryPolicy(MtTestKit.FAST).clock(MtTestKit.CLOCK).sleeper(Sleeper.REAL).build();
        CompletableFuture<MtResult> run = CompletableFuture.supplyAsync(() -> t.translate(
                MtRequest.of(EN, List.of(AR), List.of("Hello")), cancel, new ProgressListener() {
                    @Override
                    public void waiting(Duration wait, String reason) {
                        waits.add(wait);
                        waiting.countDown();
                    }
                }));
        assertTrue(waiting.await(60, TimeUnit.SECONDS), "the wait for the rate limit is reported to the progress bar");
        assertEquals(List.of(Duration.ofSeconds(60)), waits);
        cancel.cancel();
        Exception e = assertThrows(Exception.class, () -> run.get(45, TimeUnit.SECONDS));
        assertEquals(MtException.Kind.CANCELLED, ((MtException) e.getCause()).kind());
        assertEquals(1, server.getRequestCount());
        assertEquals(0, MtTestKit.cacheFiles(cacheDir));
    }

    @Test
    void retryAfterBeyondTheCapFailsWithAPlainMessageInsteadOfWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        MtException e = assertThrows(MtException.class,
                () -> translator(config()).translate(MtRequest.of(EN, List.of(AR), List.of("Hello"))));
        assertEquals(MtException.Kind.RATE_LIMIT, e.kind());
        assertTrue(e.getMessage().contains("3600 s"), e.getMessage());
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void plainHttpIsRefusedExceptForLoopback() {
        for (String bad : List.of("http://example.com", "http://10.0.0.5:5000", "http://127.example.com")) {
            MtException e = assertThrows(MtException.class, () -> new LibreTranslateProvider(ProviderConfig.of(bad, null)), bad);
            assertEquals(MtException.Kind.CONFIGURATION, e.kind());
            assertTrue(e.getMessage().contains("https"));
        }
        for (String good : List.of("http://localhost:5000", "http://127.0.0.1:5000", "http://127.1.2.3", "http://[::1]:8080",
                "https://translate.example.org")) {
            new LibreTranslateProvider(ProviderConfig.of(good, null));
        }
    }

    @Test
    void everyDraftIsReCheckedAndFindingsTravelWithIt() {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        ProviderGlossary g = ProviderGlossary.builder().add(EN, AR, "Security Council", "مجلس الأمن").build();
        DraftChecker checker = (unit, from, source, to, draft) -> draft.contains("مجلس الأمن") ? List.of()
                : List.of(new Finding("missing", Severity.WARNING, to, unit, 0, 0, "", null,
                "Security Council should be مجلس الأمن", List.of("مجلس الأمن"), "glossary"));
        Translator t = MtTestKit.translator(new LibreTranslateProvider(config()), sleeper, cacheDir).checker(checker).build();
        MtResult r = t.translate(MtRequest.of(EN, List.of(AR), List.of("The Security Council met.", "")).withGlossary(g));
        assertEquals(1, r.drafts().get(0).findings().size());
        assertEquals("missing", r.drafts().get(0).findings().get(0).kind());
        assertTrue(r.drafts().get(1).findings().isEmpty());
    }

    @Test
    void progressCountsUpToTheTotal() {
        server.setDispatcher(echo(new AtomicInteger(), new AtomicInteger(), 0));
        List<int[]> seen = new CopyOnWriteArrayList<>();
        translator(config().withLimits(new BatchLimits(2, 64 * 1024, 20_000, 5_000))).translate(
                MtRequest.of(EN, List.of(AR, RU), List.of("a", "b", "c")), new CancelHandle(), new ProgressListener() {
                    @Override
                    public void progress(int done, int total) {
                        seen.add(new int[] {done, total});
                    }
                });
        int[] last = seen.stream().max((x, y) -> x[0] - y[0]).orElseThrow();
        assertEquals(6, last[0]);
        assertEquals(6, last[1]);
    }

    @Test
    void keysNeverReachLogsEventsMessagesOrTheCache() throws Exception {
        String key = "FAKE-KEY-7f3a9c";
        Logger.getLogger("").setLevel(java.util.logging.Level.ALL);
        Logger.getLogger("org.triptych").setLevel(java.util.logging.Level.ALL);
        List<String> messages = new ArrayList<>();
        List<String> logs = captureLogs(() -> {
            for (String name : Providers.NAMES) {
                ProviderConfig c = MtTestKit.config(server.url("/").toString(), key).withOption("region", "westeurope");
                TranslationProvider p = Providers.create(name, c);
                messages.add(String.valueOf(c));
                messages.add(String.valueOf(Secret.of(key)));
                // A rate limit (logged retry), then an error body that echoes the key back, as some servers do.
                server.enqueue(json(429, "{\"error\":\"slow down " + key + "\",\"message\":\"slow down " + key + "\"}"));
                server.enqueue(json(400, "{\"error\":{\"message\":\"bad key " + key + "\",\"code\":400000},\"message\":\"bad key " + key + "\"}"));
                MtException e = assertThrows(MtException.class, () -> MtTestKit.translator(p, sleeper, cacheDir).build()
                        .translate(MtRequest.of(EN, List.of(AR), List.of("Hello " + name))));
                messages.add(e.getMessage());
                messages.add(String.valueOf(e));
            }
        });
        Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        Logger.getLogger("org.triptych").setLevel(null);
        assertTrue(logs.size() > 10, "logging was captured: " + logs.size());
        assertTrue(logs.stream().anyMatch(l -> l.contains("call start")), "OkHttp events were logged");
        for (String s : logs) {
            assertFalse(s.contains(key), "log leaks the key: " + s);
        }
        for (String s : messages) {
            assertFalse(s.contains(key), "message leaks the key: " + s);
        }
        assertFalse(MtTestKit.allCacheText(cacheDir).contains(key));
    }

    /** Runs {@code r} with a handler on the root java.util.logging logger (where System.Logger goes by default). */
    static List<String> captureLogs(Runnable r) {
        List<String> out = new CopyOnWriteArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord rec) {
                String msg = rec.getMessage();
                if (rec.getParameters() != null) {
                    msg = java.text.MessageFormat.format(msg, rec.getParameters());
                }
                out.add(rec.getLoggerName() + " " + msg + (rec.getThrown() == null ? "" : " " + rec.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(java.util.logging.Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(h);
        try {
            r.run();
        } finally {
            root.removeHandler(h);
        }
        return out;
    }
}
