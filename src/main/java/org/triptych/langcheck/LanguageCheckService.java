package org.triptych.langcheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * LanguageTool checks for English, Arabic and Russian that never block the caller. Each LanguageTool variant gets
 * one worker thread that loads it lazily (seconds) and then runs the queued paragraph checks, best rank first
 * (edited, then on-screen, then the rest, each in unit order). Results are cached by settings and paragraph text, so
 * an edit re-checks one paragraph and re-opening a version re-checks nothing. No JavaFX: callers receive results on
 * the worker threads through {@link CheckListener}.
 *
 * <pre>{@code
 * LanguageCheckService checks = new LanguageCheckService();
 * checks.preload(Language.ARABIC);                       // after the window is shown
 * CheckSession s = checks.open(Language.ARABIC, paragraphTexts, listener);
 * s.setVisibleRange(0, 12);                              // first screen first
 * s.edit(3, newText);                                    // re-checks unit 3 only
 * }</pre>
 */
public final class LanguageCheckService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LanguageCheckService.class.getName());

    private final Map<String, LanguageCheckSettings> settings = new ConcurrentHashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final ResultCache cache;
    private final AtomicLong checksRun = new AtomicLong();
    private volatile AcceptedTerms glossary = AcceptedTerms.none();
    private volatile AcceptedTerms effective = AcceptedTerms.none();
    private volatile PersonalDictionary dictionary;
    private boolean closed;

    /** A service with the tuned settings of {@link LanguageCheckSettings#tuned} and a 20,000-paragraph cache. */
    public LanguageCheckService() {
        this(20_000);
    }

    public LanguageCheckService(int cacheCapacity) {
        this.cache = new ResultCache(cacheCapacity);
    }

    // --- settings, glossary, dictionary ---

    public void setSettings(LanguageCheckSettings s) {
        settings.put(s.language().code(), s);
    }

    public LanguageCheckSettings settings(Language language) {
        return settings.computeIfAbsent(language.code(), c -> LanguageCheckSettings.tuned(language));
    }

    /** The glossary terms (all forms) to accept; see {@link AcceptedTerms}. Open sessions: call {@link CheckSession#refilter()}. */
    public void setGlossary(AcceptedTerms terms) {
        glossary = Objects.requireNonNull(terms, "terms");
        recomputeAccepted();
    }

    /** Uses this personal dictionary: its words are accepted, and {@link #addWord} adds to it. */
    public void setPersonalDictionary(PersonalDictionary d) {
        dictionary = d;
        recomputeAccepted();
    }

    /**
     * Adds a word to the personal dictionary (saved at once) and accepts it from now on. Open sessions: call
     * {@link CheckSession#refilter()} to drop its findings without re-checking.
     *
     * @throws IllegalStateException when no personal dictionary was set
     */
    public boolean addWord(String word) throws IOException {
        PersonalDictionary d = dictionary;
        if (d == null) {
            throw new IllegalStateException("No personal dictionary set");
        }
        boolean added = d.add(word);
        recomputeAccepted();
        return added;
    }

    /** The glossary and personal dictionary together. */
    public AcceptedTerms acceptedTerms() {
        return effective;
    }

    private void recomputeAccepted() {
        PersonalDictionary d = dictionary;
        effective = d == null ? glossary : glossary.plus(d.words());
    }

    // --- loading ---

    /** Starts loading the language in the background (with the current settings' variant); completes when loaded. */
    public CompletableFuture<Void> preload(Language language) {
        return preload(language, List.of());
    }

    /** As {@link #preload(Language)}, choosing the English variant the document's paragraphs spell in. */
    public CompletableFuture<Void> preload(Language language, Collection<String> paragraphs) {
        return lane(settings(language).resolvedFor(paragraphs)).loaded.thenApply(c -> null);
    }

    public boolean isLoaded(Language language) {
        CompletableFuture<ParagraphChecker> f = lane(settings(language).resolvedFor(List.of())).loaded;
        return f.isDone() && !f.isCompletedExceptionally();
    }

    // --- checking ---

    /** Checks a version's paragraphs in the background (unit = paragraph index), reporting to {@code listener}. */
    public CheckSession open(Language language, List<String> paragraphs, CheckListener listener) {
        return open(language, paragraphs, 0, 0, listener);
    }

    /**
     * As {@link #open(Language, List, CheckListener)}, with units {@code visibleFrom..visibleTo} (exclusive) on
     * screen from the start, so the first screen is checked first.
     */
    public CheckSession open(Language language, List<String> paragraphs, int visibleFrom, int visibleTo,
                             CheckListener listener) {
        return open(language, paragraphs, visibleFrom, visibleTo, listener, NameEvidence.NONE);
    }

    /**
     * As {@link #open(Language, List, int, int, CheckListener)}, with the other versions to ask about flagged words:
     * a word they write as a name is not reported as a misspelling (see {@link NameEvidence}).
     */
    public CheckSession open(Language language, List<String> paragraphs, int visibleFrom, int visibleTo,
                             CheckListener listener, NameEvidence names) {
        LanguageCheckSettings chosen = settings(language);
        LanguageCheckSettings s = chosen.resolvedFor(paragraphs);
        CheckSession session = new CheckSession(this, language, s, paragraphs, listener, names, null,
                chosen.isAutoVariant());
        session.initVisibleRange(visibleFrom, visibleTo);
        List<Job> jobs = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            jobs.add(new Job(session, i, paragraphs.get(i), 0, false));
        }
        lane(s).add(jobs);
        return session;
    }

    /** One paragraph in the background, findings stamped with {@code unit}. */
    /**
     * A version's findings, unit by unit as {@link #checkParagraph} gave them, with its words run together grouped
     * across the version into one note as a {@link CheckSession} groups them in the window, so a command that checks
     * one unit at a time reports what the window shows. {@code paragraphs}: the version's unit texts.
     */
    public List<List<Finding>> groupedAcrossVersion(Language language, List<List<Finding>> units, List<String> paragraphs) {
        if (!ParagraphChecker.groupsRunTogetherWords(language, settings(language))) {
            return units;
        }
        return ParagraphChecker.groupRunTogetherAcrossUnits(units, VersionWords.of(paragraphs));
    }

    public CompletableFuture<List<Finding>> checkParagraph(Language language, int unit, String text) {
        return checkParagraph(language, unit, text, NameEvidence.NONE, null);
    }

    /**
     * As {@link #checkParagraph(Language, int, String)}; {@code names} is asked about paragraph {@code unit}, and the
     * version's words ({@code wholeVersion}, all its paragraphs) tell a typo inside a name from the name.
     */
    public CompletableFuture<List<Finding>> checkParagraph(Language language, int unit, String text,
                                                           NameEvidence names, List<String> wholeVersion) {
        CompletableFuture<List<Finding>> out = new CompletableFuture<>();
        NameEvidence atUnit = names == NameEvidence.NONE ? names : names.atParagraph(unit);
        LanguageCheckSettings chosen = settings(language);
        // the variant is read from the whole version where it is given: one paragraph may have no British spelling
        LanguageCheckSettings settings = chosen.resolvedFor(wholeVersion != null ? wholeVersion : List.of(text));
        CheckSession s = new CheckSession(this, language, settings, List.of(text), null, atUnit, wholeVersion,
                chosen.isAutoVariant());
        s.initVisibleRange(0, 0);
        lane(settings).add(List.of(new Job(s, 0, text, 0, false)));
        s.whenDone().whenComplete((f, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(f.stream().map(x -> withUnit(x, unit)).toList());
            }
        });
        return out;
    }

    /**
     * Blocking: every paragraph of the list, in unit order (for the CLI's {@code check --language}).
     *
     * @throws IllegalStateException naming the language when LanguageTool could not be loaded
     */
    public List<Finding> checkAll(Language language, List<String> paragraphs) {
        return checkAll(language, paragraphs, NameEvidence.NONE);
    }

    /** As {@link #checkAll(Language, List)}, asking {@code names} about flagged words (unit = paragraph index). */
    public List<Finding> checkAll(Language language, List<String> paragraphs, NameEvidence names) {
        try {
            return open(language, paragraphs, 0, 0, null, names).whenDone().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Language check in " + language.code() + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Blocking: a whole version, unit = paragraph index in that version. */
    public List<Finding> checkDocument(DocumentVersion version) {
        return checkAll(version.language(), version.paragraphTexts());
    }

    /** Number of paragraphs actually run through LanguageTool (cache misses), for tests and the benchmark. */
    public long checksRun() {
        return checksRun.get();
    }

    public long cacheHits() {
        return cache.hits();
    }

    @Override
    public void close() {
        List<Lane> all;
        synchronized (lanes) {
            closed = true;
            all = new ArrayList<>(lanes.values());
        }
        for (Lane l : all) {
            l.thread.interrupt();
        }
    }

    // --- internals used by CheckSession ---

    void enqueue(CheckSession session, int unit, String text, int generation, boolean edited) {
        lane(session.settings()).add(List.of(new Job(session, unit, text, generation, edited)));
    }

    void reprioritise() {
        // Ranks are read when a worker picks its next job, so nothing to reorder here; wake workers in case.
        List<Lane> all;
        synchronized (lanes) {
            all = new ArrayList<>(lanes.values());
        }
        for (Lane l : all) {
            l.wake();
        }
    }

    void forget(CheckSession session) {
        Lane lane;
        synchronized (lanes) {
            lane = lanes.get(session.settings().variant());
        }
        if (lane != null) {
            lane.drop(session);
        }
    }

    private Lane lane(LanguageCheckSettings s) {
        synchronized (lanes) {
            if (closed) {
                throw new IllegalStateException("Language check service is closed");
            }
            return lanes.computeIfAbsent(s.variant(), v -> new Lane(s.language(), v));
        }
    }

    static Finding withUnit(Finding f, int unit) {
        return f.unit() == unit ? f : new Finding(f.kind(), f.severity(), f.language(), unit, f.start(), f.end(),
                f.text(), f.concept(), f.message(), f.suggestions(), f.ruleId());
    }

    private record Job(CheckSession session, int unit, String text, int generation, boolean edited) {
    }

    /** One LanguageTool instance (not thread-safe) and the one thread that loads and uses it. */
    private final class Lane implements Runnable {
        private final Language language;
        private final String variant;
        private final CompletableFuture<ParagraphChecker> loaded = new CompletableFuture<>();
        private final List<Job> queue = new ArrayList<>();
        private final Thread thread;

        Lane(Language language, String variant) {
            this.language = language;
            this.variant = variant;
            this.thread = new Thread(this, "langcheck-" + variant);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        }

        /**
         * Queues a session's jobs all at once: added one by one, the lane's thread could take the first paragraph
         * before the visible ones were queued, and the first screen then waited for it.
         */
        void add(List<Job> jobs) {
            if (jobs.isEmpty()) {
                return;
            }
            if (loaded.isCompletedExceptionally()) {
                Throwable cause = loaded.handle((c, e) -> e).join();
                jobs.get(0).session().whenDone().completeExceptionally(
                        new IllegalStateException("LanguageTool " + variant + " could not be loaded: " + cause, cause));
                return;
            }
            synchronized (this) {
                queue.addAll(jobs);
                notifyAll();
            }
        }

        synchronized void drop(CheckSession session) {
            queue.removeIf(j -> j.session() == session);
        }

        synchronized void wake() {
            notifyAll();
        }

        /** The best job: lowest rank, then lowest unit; stale jobs are thrown away on the way. */
        private synchronized Job next() throws InterruptedException {
            while (true) {
                queue.removeIf(j -> !j.session().isCurrent(j.unit(), j.generation()));
                if (!queue.isEmpty()) {
                    int best = 0;
                    int bestRank = Integer.MAX_VALUE;
                    for (int i = 0; i < queue.size(); i++) {
                        Job j = queue.get(i);
                        int r = j.session().rank(j.unit(), j.edited());
                        Job b = queue.get(best);
                        if (r < bestRank || (r == bestRank && j.unit() < b.unit())) {
                            best = i;
                            bestRank = r;
                        }
                    }
                    return queue.remove(best);
                }
                wait();
            }
        }

        @Override
        public void run() {
            ParagraphChecker checker;
            try {
                long t0 = System.nanoTime();
                checker = ParagraphChecker.forVariant(language, variant);
                LOG.log(System.Logger.Level.INFO, "LanguageTool {0} loaded in {1} ms", variant,
                        (System.nanoTime() - t0) / 1_000_000);
                loaded.complete(checker);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "LanguageTool " + variant + " could not be loaded", e);
                loaded.completeExceptionally(e);
                failAll(e);
                return;
            }
            while (!Thread.currentThread().isInterrupted()) {
                Job job;
                try {
                    job = next();
                } catch (InterruptedException e) {
                    return;
                }
                runJob(checker, job);
            }
        }

        private void runJob(ParagraphChecker checker, Job job) {
            CheckSession s = job.session();
            LanguageCheckSettings st = s.settings();
            List<Finding> found = cache.get(st, job.text());
            Throwable error = null;
            if (found == null) {
                try {
                    checksRun.incrementAndGet();
                    found = checker.check(job.text(), 0, st, () -> !s.isCurrent(job.unit(), job.generation()));
                    cache.put(st, job.text(), found);
                } catch (CancellationException e) {
                    return;
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.log(System.Logger.Level.WARNING, "LanguageTool " + variant + " failed on paragraph " + job.unit(), e);
                    found = List.of();
                    error = e;
                }
            }
            List<Finding> stamped = new ArrayList<>(found.size());
            for (Finding f : found) {
                stamped.add(withUnit(f, job.unit()));
            }
            try {
                s.deliver(job.unit(), job.generation(), stamped, error);
            } catch (RuntimeException e) {
                // A failing listener must not stop the worker: the other paragraphs and sessions still need it.
                LOG.log(System.Logger.Level.WARNING, "Language check listener failed on paragraph " + job.unit(), e);
            }
        }

        /** Loading failed: every waiting session learns it through its whenDone future. */
        private void failAll(Throwable e) {
            List<Job> jobs;
            synchronized (this) {
                jobs = new ArrayList<>(queue);
                queue.clear();
            }
            for (Job j : jobs) {
                j.session().whenDone().completeExceptionally(
                        new IllegalStateException("LanguageTool " + variant + " could not be loaded: " + e, e));
            }
        }
    }
}
