package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.triptych.io.AtomicFiles;

/**
 * A batch: every article through {@link ArticleWork} on {@code jobs} workers, one article per worker in flight (so
 * memory holds at most {@code jobs} articles, whatever their number), the engines loaded once and shared. Each article's
 * outputs go to {@code OUT/ID/}, whole, {@code done.json} last; an article whose {@code done.json} names the same
 * fingerprint is skipped (unless forced), so a stopped or killed batch started again does only what is left and ends
 * with the same files. At the end, or when stopped, {@code OUT/summary.csv}, {@code OUT/summary.html} and
 * {@code OUT/merged.tmx} are written from every article's row, done now or before.
 */
public final class BatchRun {

    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_HTML = "summary.html";
    public static final String MERGED_TMX = "merged.tmx";

    /** Where a batch reports; called from its workers, one call at a time. */
    public interface Listener {
        /** Something a person should know once (a glossary problem, a file written). */
        void note(String note);

        /** After each article. */
        void progress(BatchProgress progress);
    }

    /**
     * How the batch ended: every article's row in id order, what this run did, and whether it was stopped before the
     * end.
     */
    public record Outcome(List<ArticleSummary> articles, List<String> worked, int skipped, boolean stopped) {

        public Outcome {
            articles = List.copyOf(articles);
            worked = List.copyOf(worked);
        }

        public long succeeded() {
            return articles.stream().filter(a -> a.status().succeeded()).count();
        }

        public long failed() {
            return articles.stream().filter(a -> a.status() == ArticleSummary.Status.FAILED).count();
        }

        /** 0 every article succeeded; 1 none did (or there was none); 2 some failed or were not reached. */
        public int exitCode() {
            if (succeeded() == 0) {
                return 1;
            }
            return succeeded() == articles.size() ? 0 : 2;
        }
    }

    private final Path base;
    private final Path out;
    private final BatchOptions options;
    private final int jobs;
    private final boolean force;
    private LongSupplier nanoClock = System::nanoTime;
    private ArticleFolder.FileWritten afterEachFile = f -> { };
    private WebVersions web;

    /**
     * @param base  the batch folder: where the articles' relative paths start
     * @param out   where the outputs go (made if missing)
     * @param jobs  workers, at least 1
     * @param force redo articles done before
     */
    public BatchRun(Path base, Path out, BatchOptions options, int jobs, boolean force) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
        }
        this.base = Objects.requireNonNull(base, "base");
        this.out = Objects.requireNonNull(out, "out");
        this.options = Objects.requireNonNull(options, "options");
        this.jobs = jobs;
        this.force = force;
    }

    BatchRun clock(LongSupplier nanos) {
        this.nanoClock = nanos;
        return this;
    }

    /** Tests read pages from a local site through a fetcher of their own. */
    BatchRun web(WebVersions versions) {
        this.web = versions;
        return this;
    }

    /** Tests stop a batch at a file as a kill would: what the hook throws ends the run with nothing more written. */
    BatchRun afterEachFile(ArticleFolder.FileWritten hook) {
        this.afterEachFile = hook;
        return this;
    }

    /**
     * Runs the batch. {@code stopRequested} is asked before each article is taken: once it says yes, the articles in
     * flight finish and the summary is written with the rest as not run. An {@link IOException} means nothing could
     * be done (a glossary that cannot be read, an OUT that cannot be made); a bad article is a failed row instead.
     */
    public Outcome run(List<BatchArticle> found, Listener listener, BooleanSupplier stopRequested) throws IOException {
        List<BatchArticle> articles = new ArrayList<>(found);
        articles.sort(Comparator.comparing(BatchArticle::id));
        Files.createDirectories(out);
        Listener said = synchronizedListener(listener);
        long start = nanoClock.getAsLong();
        ArticleSummary[] rows = new ArticleSummary[articles.size()];
        List<String> worked = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        try (BatchEngines engines = BatchEngines.load(options, said::note)) {
            // the HTTP client is made only when an article names a page (WebVersions builds it on first use)
            BatchPages pages = new BatchPages(web != null ? web : new WebVersions());
            ArticleWork work = new ArticleWork(base, options, engines, pages);
            Runnable worker = () -> {
                while (crash.get() == null && !stopRequested.getAsBoolean()) {
                    int i = next.getAndIncrement();
                    if (i >= articles.size()) {
                        return;
                    }
                    try {
                        BatchArticle article = pages.bringIn(articles.get(i), out.resolve(articles.get(i).id()), force);
                        Optional<ArticleSummary> before = doneBefore(article, engines);
                        if (before.isPresent()) {
                            rows[i] = before.get();
                            skipped.incrementAndGet();
                        } else {
                            rows[i] = runOne(article, work, engines);
                            worked.add(article.id());
                        }
                    } catch (Throwable t) { // a kill, as tests make one, or a fault no article causes: stop all
                        crash.compareAndSet(null, t);
                        return;
                    }
                    if (rows[i].status() == ArticleSummary.Status.FAILED) {
                        failed.incrementAndGet();
                    }
                    said.progress(new BatchProgress(finished.incrementAndGet(), articles.size(), skipped.get(),
                            failed.get(), nanoClock.getAsLong() - start));
                }
            };
            List<Thread> threads = new ArrayList<>();
            for (int j = 0; j < Math.max(1, Math.min(jobs, articles.size())); j++) {
                Thread t = new Thread(worker, "batch-worker-" + (j + 1));
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                join(t);
            }
        }
        if (crash.get() != null) {
            Throwable t = crash.get();
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }
        boolean stopped = false;
        List<ArticleSummary> summary = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            stopped |= rows[i] == null;
            summary.add(rows[i] != null ? rows[i] : ArticleSummary.notRun(articles.get(i).id()));
        }
        writeSummary(summary, said);
        return new Outcome(summary, worked, skipped.get(), stopped);
    }

    private Optional<ArticleSummary> doneBefore(BatchArticle article, BatchEngines engines) {
        if (force || article.problem() != null) {
            return Optional.empty();
        }
        return folder(article).doneUnder(fingerprint(article, engines));
    }

    private ArticleSummary runOne(BatchArticle article, ArticleWork work, BatchEngines engines) throws IOException {
        ArticleFolder folder = folder(article);
        ArticleOutputs outputs = work.apply(article);
        if (!outputs.succeeded()) {
            folder.clear();
            return outputs.summary();
        }
        try {
            // taken before the work would be as good, except for a file changed while it was read: then this is the
            // newer digest and the next run does the article again rather than trusting outputs of the older bytes
            folder.write(outputs, fingerprint(article, engines));
        } catch (IOException e) {
            folder.clear();
            return ArticleSummary.failed(article.id(), "could not write its outputs in " + out.resolve(article.id())
                    + ": " + Session.describe(e), outputs.summary().notes());
        }
        return outputs.summary();
    }

    private String fingerprint(BatchArticle article, BatchEngines engines) {
        try {
            return ArticleFingerprint.of(article, base, options, engines.glossaryDigests);
        } catch (IOException e) {
            return null; // a file that cannot be read: the work says so, and nothing is ever skipped on its account
        }
    }

    private ArticleFolder folder(BatchArticle article) {
        return new ArticleFolder(out.resolve(article.id()), afterEachFile);
    }

    private void writeSummary(List<ArticleSummary> rows, Listener listener) throws IOException {
        List<Path> tmx = new ArrayList<>();
        for (ArticleSummary r : rows) {
            if (r.status().succeeded()) {
                tmx.add(out.resolve(r.id()).resolve(ArticleFolder.TMX));
            }
        }
        int units = MergedTmx.write(out.resolve(MERGED_TMX), options.level(), tmx);
        AtomicFiles.writeString(out.resolve(SUMMARY_CSV), BatchSummary.csv(rows));
        AtomicFiles.writeString(out.resolve(SUMMARY_HTML), BatchSummaryPage.html(rows, options));
        listener.note("wrote " + out.resolve(SUMMARY_HTML) + ", " + SUMMARY_CSV + " and " + MERGED_TMX + " ("
                + units + " translation units of " + tmx.size() + " articles)");
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the workers finish their article either way; the summary must still be written
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Listener synchronizedListener(Listener l) {
        return new Listener() {
            @Override
            public synchronized void note(String note) {
                l.note(note);
            }

            @Override
            public synchronized void progress(BatchProgress progress) {
                l.progress(progress);
            }
        };
    }
}
