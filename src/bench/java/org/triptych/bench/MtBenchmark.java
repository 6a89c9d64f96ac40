package org.triptych.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.triptych.model.Language;
import org.triptych.mt.DraftCache;
import org.triptych.mt.MtRequest;
import org.triptych.mt.MtResult;
import org.triptych.mt.ProviderConfig;
import org.triptych.mt.Providers;
import org.triptych.mt.Secret;
import org.triptych.mt.TranslationProvider;
import org.triptych.mt.Translator;

/**
 * 500 paragraphs into Arabic and Russian against a mock server that answers each request after 200 ms, in each
 * provider's own wire format: requests sent and wall time, then the same run again from the disk cache.
 * Arguments: provider names (default: all five); {@code -Dmt.bench.concurrency=N} (default 4),
 * {@code -Dmt.bench.paragraphs=N} (default 500), {@code -Dmt.bench.latencyMs=N} (default 200),
 * {@code -Dmt.bench.noCache=true} (no disk cache: shows what the cache writes cost).
 */
public final class MtBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int paragraphs = Integer.getInteger("mt.bench.paragraphs", 500);
        int concurrency = Integer.getInteger("mt.bench.concurrency", 4);
        long latency = Long.getLong("mt.bench.latencyMs", 200);
        List<String> names = args.length > 0 ? List.of(args) : Providers.NAMES;
        List<String> texts = paragraphs(paragraphs);
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d paragraphs (%d characters), targets ar+ru, latency %d ms, concurrency %d%n",
                paragraphs, chars, latency, concurrency);
        System.out.printf(Locale.ROOT, "%-15s %9s %9s %14s %14s%n", "provider", "requests", "wall s", "cached: reqs", "cached: wall s");
        for (String name : names) {
            try (MockWebServer server = new MockWebServer()) {
                server.setDispatcher(echo(name, latency));
                server.start();
                Path cache = Files.createTempDirectory("mt-bench");
                ProviderConfig config = ProviderConfig.of(server.url("/").toString(), Secret.of("bench-key"))
                        .withMaxConcurrent(concurrency).withTimeout(Duration.ofSeconds(30)).withOption("model", "bench");
                TranslationProvider provider = Providers.create(name, config);
                boolean useCache = !Boolean.getBoolean("mt.bench.noCache");
                Translator t = Translator.builder(provider).cache(useCache ? DraftCache.at(cache) : DraftCache.none()).build();
                MtRequest req = MtRequest.of(Language.ENGLISH, List.of(Language.ARABIC, Language.RUSSIAN), texts);
                long t0 = System.nanoTime();
                MtResult first = t.translate(req);
                long t1 = System.nanoTime();
                MtResult second = t.translate(req);
                long t2 = System.nanoTime();
                check(first, texts);
                check(second, texts);
                System.out.printf(Locale.ROOT, "%-15s %9d %9.2f %14d %14.3f%n", name, first.requests(), (t1 - t0) / 1e9,
                        second.requests(), (t2 - t1) / 1e9);
            }
        }
    }

    private static void check(MtResult r, List<String> texts) {
        for (Language to : List.of(Language.ARABIC, Language.RUSSIAN)) {
            List<String> got = r.textsFor(to);
            for (int i = 0; i < texts.size(); i++) {
                if (!got.get(i).equals(to.code() + ":" + texts.get(i))) {
                    throw new IllegalStateException("wrong draft " + i + " for " + to + ": " + got.get(i));
                }
            }
        }
    }

    /** Synthetic news-like paragraphs of 200–450 characters, all different. */
    static List<String> paragraphs(int n) {
        String[] words = {"the", "minister", "said", "talks", "would", "continue", "in", "Geneva", "next", "week",
                "officials", "confirmed", "that", "delegations", "from", "both", "sides", "had", "agreed", "on", "a",
                "ceasefire", "council", "statement", "reported", "according", "to", "sources", "close", "negotiations"};
        List<String> out = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("Paragraph ").append(i).append(':');
            int target = 200 + rnd.nextInt(250);
            while (sb.length() < target) {
                sb.append(' ').append(words[rnd.nextInt(words.length)]);
                if (rnd.nextInt(12) == 0) {
                    sb.append('.');
                }
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    /** Answers in the provider's format, prefixing each text with the target code, after {@code latency} ms. */
    static Dispatcher echo(String provider, long latency) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                try {
                    JsonNode in = JSON.readTree(r.getBody().utf8());
                    String body = switch (provider) {
                        case "deepl" -> {
                            ObjectNode o = JSON.createObjectNode();
                            ArrayNode a = o.putArray("translations");
                            String to = in.path("target_lang").asText().toLowerCase(Locale.ROOT);
                            in.path("text").forEach(t -> a.addObject().put("text", to + ":" + t.asText()));
                            yield JSON.writeValueAsString(o);
                        }
                        case "libretranslate" -> {
                            ObjectNode o = JSON.createObjectNode();
                            ArrayNode a = o.putArray("translatedText");
                            in.path("q").forEach(t -> a.add(in.path("target").asText() + ":" + t.asText()));
                            yield JSON.writeValueAsString(o);
                        }
                        case "google" -> {
                            ObjectNode o = JSON.createObjectNode();
                            ArrayNode a = o.putObject("data").putArray("translations");
                            in.path("q").forEach(t -> a.addObject().put("translatedText", in.path("target").asText() + ":" + t.asText()));
                            yield JSON.writeValueAsString(o);
                        }
                        case "microsoft" -> {
                            ArrayNode out = JSON.createArrayNode();
                            List<String> tos = r.getUrl().queryParameterValues("to");
                            for (JsonNode item : in) {
                                ArrayNode tr = out.addObject().putArray("translations");
                                for (String to : tos) {
                                    tr.addObject().put("text", to + ":" + item.path("Text").asText()).put("to", to);
                                }
                            }
                            yield JSON.writeValueAsString(out);
                        }
                        default -> {
                            JsonNode user = JSON.readTree(in.path("messages").get(1).path("content").asText());
                            ObjectNode answer = JSON.createObjectNode();
                            ArrayNode segs = answer.putArray("segments");
                            String to = user.path("target_language").asText();
                            user.path("segments").forEach(s -> segs.addObject().put("id", s.path("id").asText())
                                    .put("translation", to + ":" + s.path("text").asText()));
                            ObjectNode o = JSON.createObjectNode();
                            ObjectNode choice = o.putArray("choices").addObject();
                            choice.put("finish_reason", "stop");
                            choice.putObject("message").put("role", "assistant").put("content", JSON.writeValueAsString(answer));
                            yield JSON.writeValueAsString(o);
                        }
                    };
                    return new MockResponse.Builder().headersDelay(latency, TimeUnit.MILLISECONDS)
                            .addHeader("Content-Type", "application/json").body(body).build();
                } catch (Exception e) {
                    return new MockResponse.Builder().code(500).body("{}").build();
                }
            }
        };
    }
}
