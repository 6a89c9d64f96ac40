package org.triptych.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.triptych.model.AlignmentLevel;
import org.triptych.workbench.ArticleAlignment;
import org.triptych.workbench.ArticleFinder;
import org.triptych.workbench.ArticleSummary;
import org.triptych.workbench.BatchArticle;
import org.triptych.workbench.BatchOptions;
import org.triptych.workbench.BatchProgress;
import org.triptych.workbench.BatchRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch DIR --out OUT}: every article of a folder (or a manifest) aligned, and checked when asked, on all cores,
 * with one summary. Progress and problems go to standard error. Exit status: 0 every article succeeded, 2 some failed
 * (or the run was stopped before the end), 1 nothing could be done.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {"Align (and check) every article in a folder: files NAME.en.*, NAME.ar.*, NAME.ru.* or folders"
                + " NAME/ holding en.*, ar.*, ru.*. Writes OUT/NAME/ (alignment.json, alignment.tmx, and with --check"
                + " findings.json and report.html), OUT/summary.html, OUT/summary.csv and OUT/merged.tmx.",
                "A rerun with the same inputs and options skips the articles already done; Ctrl+C stops after the"
                        + " articles in flight."})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of articles (with --manifest: where its"
            + " relative paths start).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where the outputs go.")
    Path out;

    @Option(names = "--glossary", arity = "1..*", paramLabel = "FILE",
            description = "Glossaries (TBX or CSV), merged in order: the aligner's evidence and the checks' terms.")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--level", defaultValue = "paragraph", paramLabel = "paragraph|sentence",
            description = "The TMX's level; sentence adds sentence links to alignment.json (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--check", description = "Also check terms, numbers and versions: findings.json and report.html.")
    boolean check;

    @Option(names = "--language", description = "Also check spelling and grammar with LanguageTool (implies --check).")
    boolean language;

    @Option(names = "--jobs", paramLabel = "N", description = "Articles at once (default: one per core).")
    Integer jobs;

    @Option(names = "--manifest", paramLabel = "FILE.csv", description = "Take the articles from a CSV with columns"
            + " id,en,ar,ru instead of finding them in DIR.")
    Path manifest;

    @Option(names = "--force", description = "Redo articles done by an earlier run.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            AlignmentLevel lvl = ArticleAlignment.parseLevel(level);
            if (!Files.isDirectory(dir)) {
                err.println("batch: " + dir + " is not a folder");
                return 1;
            }
            List<BatchArticle> articles = manifest != null ? ArticleFinder.manifest(manifest) : ArticleFinder.scan(dir);
            if (articles.isEmpty()) {
                err.println("batch: no articles " + (manifest != null ? "in " + manifest : "in " + dir
                        + " (files NAME.en.*, NAME.ar.*, NAME.ru.* or folders NAME/ holding en.*, ar.*, ru.*)"));
                return 1;
            }
            int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            BatchRun run = new BatchRun(dir, out, new BatchOptions(lvl, check, language, glossaries), workers, force);
            BatchRun.Outcome outcome = runStoppable(run, articles, err);
            report(outcome, err);
            return outcome.exitCode();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("batch: " + e.getMessage());
            return 1;
        }
    }

    /** Ctrl+C asks the batch to stop; the JVM waits until the articles in flight and the summary are written. */
    private BatchRun.Outcome runStoppable(BatchRun run, List<BatchArticle> articles, PrintWriter err)
            throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            err.println();
            err.println("batch: stopping: the articles in flight finish, then the summary is written;"
                    + " the same command goes on from there");
            err.flush();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "batch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressLine line = new ProgressLine(err, System.console() != null);
        try {
            return run.run(articles, new BatchRun.Listener() {
                @Override
                public void note(String note) {
                    line.note("batch: " + note);
                }

                @Override
                public void progress(BatchProgress p) {
                    line.show(p);
                }
            }, stop::get);
        } finally {
            line.end();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is what let the run finish
            }
        }
    }

    private static void report(BatchRun.Outcome o, PrintWriter err) {
        int shown = 0;
        for (ArticleSummary a : o.articles()) {
            if (a.status() == ArticleSummary.Status.FAILED && shown++ < 20) {
                err.println("batch: " + a.id() + " failed: " + a.error());
            }
        }
        if (shown > 20) {
            err.println("batch: … and " + (shown - 20) + " more failed; see summary.csv");
        }
        err.println("batch: " + o.articles().size() + " articles: " + o.succeeded() + " done ("
                + (o.succeeded() - o.skipped()) + " now, " + o.skipped() + " before), " + o.failed() + " failed"
                + (o.stopped() ? "; stopped before the end: run the same command again to go on" : ""));
        err.flush();
    }

    /**
     * The progress line on standard error: redrawn in place on a terminal (at most five times a second), otherwise one
     * line every tenth of the batch, so that a log stays short.
     */
    private static final class ProgressLine {
        private final PrintWriter err;
        private final boolean terminal;
        private long lastDrawn;
        private int lastTenth = -1;
        private int width;

        ProgressLine(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void show(BatchProgress p) {
            if (terminal) {
                long now = System.nanoTime();
                if (now - lastDrawn < 200_000_000L && p.finished() < p.total()) {
                    return;
                }
                lastDrawn = now;
                String s = "batch: " + p.line();
                err.print("\r" + s + " ".repeat(Math.max(0, width - s.length())));
                width = s.length();
            } else {
                int tenth = p.finished() * 10 / p.total();
                if (tenth == lastTenth) {
                    return;
                }
                lastTenth = tenth;
                err.println("batch: " + p.line());
            }
            err.flush();
        }

        synchronized void note(String s) {
            if (terminal && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                width = 0;
            }
            err.println(s);
            err.flush();
        }

        synchronized void end() {
            if (terminal && width > 0) {
                err.println();
                width = 0;
            }
            err.flush();
        }
    }
}
