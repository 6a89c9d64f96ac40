package org.triptych.mt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * The one entry point for drafts: refuses unsupported pairs before any request, serves what the cache holds,
 * splits oversized texts at sentence boundaries, packs the rest into batches within the provider's limits,
 * sends them in parallel under the provider's concurrency cap with retries, splits and re-sends what was too
 * large, caches only complete answers, and re-checks every draft. Given a translation memory
 * ({@link Builder#memory}), asks it first and sends only what it could not answer. Thread-safe; one instance per
 * provider.
 */
public final class Translator {

    /** JSON punctuation per text and per request, for the body-size estimate. */
    private static final int PER_TEXT_OVERHEAD = 8;
    private static final int PER_REQUEST_OVERHEAD = 512;

    private final TranslationProvider provider;
    private final DraftCache cache;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Random random;
    private final DraftChecker checker;
    private final SentenceSplitter splitter;
    private final MemoryProvider memory;

    private Translator(Builder b) {
        this.provider = b.provider;
        this.cache = b.cache;
        this.policy = b.policy;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
        this.checker = b.checker;
        this.splitter = b.splitter;
        this.memory = b.memory;
    }

    public static Builder builder(TranslationProvider provider) {
        return new Builder(provider);
    }

    public TranslationProvider provider() {
        return provider;
    }

    public MtResult translate(MtRequest request) {
        return translate(request, new CancelHandle(), ProgressListener.NONE);
    }

    public MtResult translate(MtRequest request, CancelHandle cancel, ProgressListener progress) {
        Language from = request.source();
        for (Language to : request.targets()) {
            if (from.equals(to) || !provider.supports(from, to)) {
                throw new MtException(MtException.Kind.UNSUPPORTED_PAIR, provider.displayName()
                        + " does not translate from " + from.code() + " into " + to.code() + "; nothing was sent.");
            }
        }
        List<Language> targets = List.copyOf(new LinkedHashSet<>(request.targets()));
        ProviderGlossary glossary = request.glossary();
        int targetsPerCall = Math.max(1, Math.min(targets.size(), provider.maxTargetsPerCall(from, targets, glossary)));
        BatchLimits limits = provider.limits();
        int maxPieceChars = Math.max(1, Math.min(limits.maxCharsPerText(),
                Math.min(limits.maxChars() / targetsPerCall, (limits.maxBytes() - PER_REQUEST_OVERHEAD) / 3)));

        // Texts → pieces (a text is one piece unless it is oversized); identical pieces are sent once (below).
        List<List<String>> piecesOfText = new ArrayList<>();
        for (String text : request.texts()) {
            List<String> pieces = text.isBlank() ? List.of() : pieces(from, text.strip(), maxPieceChars);
            piecesOfText.add(pieces);
        }

        // The memory answers first; only what it could not answer goes on to the cache and the provider.
        Map<Language, Map<Integer, MemoryMatch>> fromMemory = new HashMap<>();
        for (Language to : targets) {
            Map<Integer, MemoryMatch> answered = new HashMap<>();
            if (memory != null) {
                Placeables names = Placeables.of(glossary.entries(from, to));
                for (int i = 0; i < request.texts().size(); i++) {
                    int unit = i;
                    memory.match(from, to, request.texts().get(i), names).ifPresent(m -> answered.put(unit, m));
                }
            }
            fromMemory.put(to, answered);
        }

        Map<Language, Map<String, String>> done = new HashMap<>();
        Map<Language, Set<String>> fromCache = new HashMap<>();
        Map<String, List<Language>> missingTargets = new LinkedHashMap<>();
        int hits = 0;
        int total = 0;
        for (Language to : targets) {
            Map<String, String> found = new ConcurrentHashMap<>();
            done.put(to, found);
            fromCache.put(to, new LinkedHashSet<>());
            String gHash = glossary.contentHash(from, to);
            Set<String> needed = new LinkedHashSet<>();
            for (int i = 0; i < piecesOfText.size(); i++) {
                if (!fromMemory.get(to).containsKey(i)) {
                    needed.addAll(piecesOfText.get(i));
                }
            }
            total += needed.size();
            for (String piece : needed) {
                if (!request.fetchAgain()) {
                    var cached = cache.get(DraftCache.key(provider, from.code(), to.code(), gHash, piece), piece);
                    if (cached.isPresent()) {
                        found.put(piece, cached.get());
                        fromCache.get(to).add(piece);
                        hits++;
                        continue;
                    }
                }
                missingTargets.computeIfAbsent(piece, k -> new ArrayList<>()).add(to);
            }
        }

        // Group pieces that miss the same targets, then cut into batches.
        Map<List<Language>, List<String>> groups = new LinkedHashMap<>();
        missingTargets.forEach((piece, tos) -> groups.computeIfAbsent(tos, k -> new ArrayList<>()).add(piece));
        List<Batch> batches = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Language> tos = g.getKey();
            for (int i = 0; i < tos.size(); i += targetsPerCall) {
                List<Language> chunk = tos.subList(i, Math.min(tos.size(), i + targetsPerCall));
                for (List<String> texts : pack(g.getValue(), chunk.size(), limits)) {
                    batches.add(new Batch(List.copyOf(chunk), texts));
                }
            }
        }

        AtomicInteger progressed = new AtomicInteger(hits);
        progress.progress(hits, total);
        AtomicInteger requests = new AtomicInteger();
        CancelHandle run = cancel.child();
        Exchange exchange = new Exchange(provider, run, policy, sleeper, clock, random, progress, requests, cache);
        try {
            runBatches(batches, from, glossary, exchange, run, cancel, done, progressed, total, progress);
        } finally {
            cancel.forget(run);
        }

        List<Draft> drafts = new ArrayList<>();
        for (Language to : targets) {
            Map<String, String> found = done.get(to);
            for (int i = 0; i < request.texts().size(); i++) {
                MemoryMatch match = fromMemory.get(to).get(i);
                if (match != null) {
                    String source = request.texts().get(i);
                    drafts.add(new Draft(i, to, source, match.target(), MemoryProvider.NAME, false,
                            checker.check(i, from, source, to, match.target()), match));
                    continue;
                }
                List<String> pieces = piecesOfText.get(i);
                List<String> parts = new ArrayList<>();
                boolean cached = true;
                for (String p : pieces) {
                    parts.add(Objects.requireNonNull(found.get(p), "missing draft"));
                    cached &= fromCache.get(to).contains(p);
                }
                String text = String.join(" ", parts);
                String source = request.texts().get(i);
                List<Finding> findings = text.isEmpty() ? List.of() : checker.check(i, from, source, to, text);
                drafts.add(new Draft(i, to, source, text, provider.name(), cached && !pieces.isEmpty(), findings));
            }
        }
        return new MtResult(drafts, requests.get(), hits, exchange.warnings());
    }

    private record Batch(List<Language> targets, List<String> texts) { }

    private void runBatches(List<Batch> batches, Language from, ProviderGlossary glossary, Exchange exchange, CancelHandle run,
                            CancelHandle userCancel, Map<Language, Map<String, String>> done, AtomicInteger progressed,
                            int total, ProgressListener progress) {
        if (batches.isEmpty()) {
            return;
        }
        int threads = Math.min(batches.size(), provider.config.maxConcurrent());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mt-" + provider.name());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Batch b : batches) {
                futures.add(pool.submit(() -> {
                    Map<Language, List<String>> out = translateSplitting(from, b.targets(), b.texts(), glossary, exchange);
                    for (Language to : b.targets()) {
                        String gHash = glossary.contentHash(from, to);
                        List<String> translations = out.get(to);
                        for (int i = 0; i < b.texts().size(); i++) {
                            // Once cancelled, nothing more reaches the cache (or the result).
                            if (run.isCancelled()) {
                                throw CancelHandle.cancelledException();
                            }
                            String src = b.texts().get(i);
                            cache.put(DraftCache.key(provider, from.code(), to.code(), gHash, src), src, translations.get(i));
                            done.get(to).put(src, translations.get(i));
                        }
                    }
                    progress.progress(progressed.addAndGet(b.texts().size() * b.targets().size()), total);
                    return null;
                }));
            }
            MtException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    MtException m = c instanceof MtException me ? me
                            : new MtException(MtException.Kind.BAD_RESPONSE, provider.displayName()
                            + " drafts failed unexpectedly: " + provider.redact(String.valueOf(c)), 0, false, null, c);
                    // The first real failure explains the run; the CANCELLED ones it caused do not.
                    if (first == null || (first.kind() == MtException.Kind.CANCELLED && m.kind() != MtException.Kind.CANCELLED)) {
                        first = m;
                    }
                    run.cancel();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    run.cancel();
                    throw CancelHandle.cancelledException();
                }
            }
            if (userCancel.isCancelled()) {
                throw CancelHandle.cancelledException();
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends a batch; when the provider says it is too large (or cut its answer off), halves it, down to sentences. */
    private Map<Language, List<String>> translateSplitting(Language from, List<Language> targets, List<String> texts,
                                                          ProviderGlossary glossary, Exchange exchange) {
        try {
            Map<Language, List<String>> out = provider.translate(from, targets, texts, glossary, exchange);
            for (Language to : targets) {
                List<String> got = out.get(to);
                if (got == null || got.size() != texts.size()) {
                    throw provider.badResponse((got == null ? "no" : String.valueOf(got.size())) + " translations into "
                            + to.code() + " for " + texts.size() + " texts");
                }
            }
            return out;
        } catch (MtException e) {
            if (!e.splitHelps()) {
                throw e;
            }
            if (texts.size() > 1) {
                int mid = texts.size() / 2;
                Map<Language, List<String>> a = translateSplitting(from, targets, texts.subList(0, mid), glossary, exchange);
                Map<Language, List<String>> b = translateSplitting(from, targets, texts.subList(mid, texts.size()), glossary, exchange);
                Map<Language, List<String>> merged = new HashMap<>();
                for (Language to : targets) {
                    List<String> all = new ArrayList<>(a.get(to));
                    all.addAll(b.get(to));
                    merged.put(to, all);
                }
                return merged;
            }
            if (e.kind() != MtException.Kind.TOO_LARGE) {
                throw e; // a mixed-up answer for a single text is not cured by cutting the text
            }
            String only = texts.get(0);
            List<String> parts = splitter.split(from, only);
            if (parts.size() <= 1) {
                parts = halveAtSpace(only);
            }
            if (parts.size() <= 1) {
                throw e;
            }
            Map<Language, List<String>> pieces = translateSplitting(from, targets, parts, glossary, exchange);
            Map<Language, List<String>> joined = new HashMap<>();
            for (Language to : targets) {
                joined.put(to, List.of(String.join(" ", pieces.get(to))));
            }
            return joined;
        }
    }

    /** An oversized text cut at sentence boundaries into pieces of at most {@code max} characters; never dropped. */
    private List<String> pieces(Language from, String text, int max) {
        if (text.length() <= max) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : splitter.split(from, text)) {
            for (String part : s.length() > max ? hardSplit(s, max) : List.of(s)) {
                if (cur.length() > 0 && cur.length() + 1 + part.length() > max) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(part);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Last resort for a sentence longer than the provider allows: cut at spaces (or anywhere, if there are none). */
    private static List<String> hardSplit(String s, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (s.length() - start > max) {
            int cut = s.lastIndexOf(' ', start + max);
            if (cut <= start) {
                cut = start + max;
                if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                    cut--;
                }
            }
            out.add(s.substring(start, cut).strip());
            start = cut;
        }
        String rest = s.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static List<String> halveAtSpace(String s) {
        if (s.length() < 2) {
            return List.of(s);
        }
        return hardSplit(s, Math.max(1, (s.length() + 1) / 2));
    }

    /** Greedy packing in order: a new batch when texts, estimated bytes or characters across targets would overflow. */
    static List<List<String>> pack(List<String> pieces, int targets, BatchLimits limits) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        long bytes = PER_REQUEST_OVERHEAD;
        long chars = 0;
        for (String p : pieces) {
            long b = estimateBytes(p);
            long c = (long) p.length() * targets;
            if (!cur.isEmpty() && (cur.size() + 1 > limits.maxTexts() || bytes + b > limits.maxBytes()
                    || chars + c > limits.maxChars())) {
                out.add(cur);
                cur = new ArrayList<>();
                bytes = PER_REQUEST_OVERHEAD;
                chars = 0;
            }
            cur.add(p);
            bytes += b;
            chars += c;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    static long estimateBytes(String s) {
        long escapes = s.chars().filter(ch -> ch == '"' || ch == '\\' || ch < 0x20).count() * 5;
        return s.getBytes(StandardCharsets.UTF_8).length + escapes + PER_TEXT_OVERHEAD;
    }

    /** Builder with production defaults: no cache, default retry policy, real sleeper and clock, no checker. */
    public static final class Builder {
        private final TranslationProvider provider;
        private DraftCache cache = DraftCache.none();
        private RetryPolicy policy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;
        private Clock clock = Clock.systemUTC();
        private Random random = new Random();
        private DraftChecker checker = DraftChecker.NONE;
        private SentenceSplitter splitter = SentenceSplitter.SEGMENTER;
        private MemoryProvider memory;

        private Builder(TranslationProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        public Builder cache(DraftCache c) {
            this.cache = Objects.requireNonNull(c);
            return this;
        }

        Builder retryPolicy(RetryPolicy p) {
            this.policy = Objects.requireNonNull(p);
            return this;
        }

        Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder random(Random r) {
            this.random = Objects.requireNonNull(r);
            return this;
        }

        public Builder checker(DraftChecker c) {
            this.checker = Objects.requireNonNull(c);
            return this;
        }

        Builder splitter(SentenceSplitter s) {
            this.splitter = Objects.requireNonNull(s);
            return this;
        }

        /**
         * A translation memory asked before the provider: texts it matches at its threshold get its draft
         * (provider {@code memory}, with the match and its score), and only the others are sent.
         */
        public Builder memory(MemoryProvider m) {
            this.memory = Objects.requireNonNull(m);
            return this;
        }

        public Translator build() {
            return new Translator(this);
        }
    }
}
