package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Shared test fixtures: a sleeper that records waits, a fixed clock, fast retry policy, JSON helpers. */
final class MtTestKit {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);
    static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60));

    /** Records requested waits and returns at once (still honouring a cancel). */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration wait, CancelHandle cancel) {
            waits.add(wait);
            cancel.throwIfCancelled();
        }
    }

    private MtTestKit() {
    }

    static Translator.Builder translator(TranslationProvider p, RecordingSleeper sleeper, Path cacheDir) {
        return Translator.builder(p)
                .sleeper(sleeper)
                .clock(CLOCK)
                .random(new Random(7))
                .retryPolicy(FAST)
                .cache(cacheDir == null ? DraftCache.none() : DraftCache.at(cacheDir));
    }

    static ProviderConfig config(String endpoint, String key) {
        return ProviderConfig.of(endpoint, key == null ? null : Secret.of(key)).withTimeout(Duration.ofSeconds(5));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    static JsonNode body(RecordedRequest r) throws IOException {
        return JSON.readTree(r.getBody().utf8());
    }

    static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    static long cacheFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    static String allCacheText(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }
}
