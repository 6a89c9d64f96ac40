package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Article;
import org.triptych.model.Severity;
import org.triptych.model.Project;
import org.triptych.ui.FxTaskRunner;
import org.triptych.workbench.SentenceFirstAligner;
import org.triptych.ui.MainWindow;
import org.triptych.ui.WorkbenchViewModel;

/**
 * Workbench timings, headless (Monocle, software rendering):
 * <ol>
 * <li>cold start: a fresh JVM from launch to the aligned sample drawn (whole process);</li>
 * <li>opening a 5,000-paragraph project (three versions, paragraph links) to its first screen;</li>
 * <li>the longest gap between FX pulses while that project is re-aligned and checked, measured by an
 * AnimationTimer (a pulse watchdog).</li>
 * </ol>
 * Run: see docs/ui.md. The check step uses a synthetic findings source (2,000 findings) until the real checks are
 * wired; the aligner is Triptych's own ({@link SentenceFirstAligner}).
 */
public final class WorkbenchBenchmark {

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path tmp = Files.createTempDirectory("triptych-bench");
        System.setProperty("triptych.home", tmp.resolve("settings").toString());
        int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            cold.add(coldStart(tmp));
        }
        System.out.printf(Locale.ROOT, "cold start to aligned sample shown: %s ms (runs), best %d ms%n", cold,
                cold.stream().mapToLong(Long::longValue).min().orElse(-1));
        if (args.length >= 2 && args[1].equals("find-only")) {
            big(tmp, true);
        } else if (args.length < 2 || !args[1].equals("cold-only")) {
            big(tmp, false);
        }
    }

    private static long coldStart(Path tmp) throws Exception {
        Path ready = tmp.resolve("ready-" + System.nanoTime());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dtriptych.home=" + tmp.resolve("cold-settings-" + System.nanoTime()),
                "-Dtriptych.bench.readyFile=" + ready,
                "-cp", System.getProperty("java.class.path"), "org.triptych.ui.WorkbenchLauncher"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("cold.log").toFile()).start();
        while (!Files.exists(ready) && p.isAlive()) {
            Thread.sleep(5);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        p.waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(50);
        System.out.println("  cold run: " + ms + " ms; " + Files.readString(ready));
        p.destroyForcibly();
        if (!Files.exists(ready)) {
            throw new IllegalStateException("The workbench exited before showing the sample; see " + tmp.resolve("cold.log"));
        }
        return ms;
    }

    private static void big(Path tmp, boolean findOnly) throws Exception {
        Path file = tmp.resolve("big.triptych");
        Project w = bigWorkspace(5000);
        new ProjectFile().write(w, file);
        System.out.printf(Locale.ROOT, "5,000-paragraph project: %.1f MB on disk%n", Files.size(file) / 1e6);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner tasks = new FxTaskRunner();
        List<Finding> synthetic = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            synthetic.add(new Finding("number", Severity.WARNING, Language.RUSSIAN, i * 2, 0, 3, "", null, "synthetic " + i, List.of(), null));
        }
        WorkbenchViewModel[] model = new WorkbenchViewModel[1];
        Scene[] scene = new Scene[1];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            model[0] = new WorkbenchViewModel(tasks, new DocumentImporter(), new SentenceFirstAligner(),
                    (p, links, glossaries, progress) -> synthetic, tmp.resolve("settings"));
            Stage stage = new Stage();
            window[0] = new MainWindow(model[0], tasks);
            scene[0] = new Scene(window[0].root(), 1200, 760);
            stage.setScene(scene[0]);
            stage.show();
        });
        waitFx();

        // open to first screen: read + parse + rows + two pulses drawn
        CountDownLatch shown = new CountDownLatch(1);
        long[] t0 = new long[1];
        Platform.runLater(() -> {
            model[0].aligned().rows().addListener((javafx.collections.ListChangeListener<org.triptych.workbench.LinkRow>) c -> {
                if (model[0].aligned().rows().size() > 4000) {
                    afterPulses(2, shown::countDown);
                }
            });
            t0[0] = System.nanoTime();
            model[0].open(file);
        });
        shown.await(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "open 5,000-paragraph project to first screen: %d ms%n", (System.nanoTime() - t0[0]) / 1_000_000);

        // pulse watchdog while re-aligning and checking
        AtomicLong worst = new AtomicLong();
        AtomicLong last = new AtomicLong();
        // the FX thread's own CPU time between two pulses: what it did, without the time other processes on this
        // shared machine took the CPU from it (the wall-clock gap includes that)
        AtomicLong worstCpu = new AtomicLong();
        AtomicLong lastCpu = new AtomicLong();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AnimationTimer watchdog = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                long prevCpu = lastCpu.getAndSet(cpu);
                if (prevCpu != 0) {
                    worstCpu.accumulateAndGet(cpu - prevCpu, Math::max);
                }
                long prev = last.getAndSet(now);
                if (prev != 0) {
                    worst.accumulateAndGet(now - prev, Math::max);
                    if (now - prev > 90_000_000L && Boolean.getBoolean("triptych.bench.stallStacks")) {
                        System.out.printf(Locale.ROOT, "  pulse gap %d ms ending at uptime %.3f s%n", (now - prev) / 1_000_000,
                                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
                    }
                }
            }
        };
        Platform.runLater(watchdog::start);
        StallSampler sampler = Boolean.getBoolean("triptych.bench.stallStacks") ? StallSampler.start(last) : null;
        Thread.sleep(300);
        long before = worst.getAndSet(0);
        if (findOnly) {
            findAndReplace(window[0], model[0], tasks, worst, worstCpu, sampler);
            Platform.exit();
            System.exit(0);
        }
        long t1 = System.nanoTime();
        phase(sampler, "re-align");
        Platform.runLater(() -> {
            model[0].aligned().selectedRowProperty().set(2500);
            model[0].aligned().realign();
        });
        Thread.sleep(200);
        while (tasks.busyProperty().get()) {
            Thread.sleep(20);
        }
        long alignMs = (System.nanoTime() - t1) / 1_000_000;
        Thread.sleep(1000); // let pulses resume, so a stall at the end is counted in this phase
        long worstAlign = worst.getAndSet(0);
        phase(sampler, "check");
        Platform.runLater(() -> model[0].aligned().check());
        Thread.sleep(200);
        while (tasks.busyProperty().get()) {
            Thread.sleep(20);
        }
        Thread.sleep(1000);
        long worstCheck = worst.getAndSet(0);
        phase(sampler, "jumps");
        for (int r = 0; r < 5000; r += 250) {
            int row = r;
            Platform.runLater(() -> model[0].aligned().selectedRowProperty().set(row));
            Thread.sleep(300); // one jump at a time, as a person clicking through findings would
        }
        Thread.sleep(300);
        long worstScroll = worst.get();
        phase(sampler, "timed jumps");
        // the FX work of one jump on its own: select, scroll, CSS and layout of the new rows, timed on the FX thread
        long[] jump = new long[20];
        for (int k = 0; k < 20; k++) {
            int row = (k * 397) % 5000;
            int slot = k;
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                long t = System.nanoTime();
                model[0].aligned().selectedRowProperty().set(row);
                javafx.scene.Parent root = scene[0].getRoot();
                root.applyCss();
                root.layout();
                jump[slot] = System.nanoTime() - t;
                done.countDown();
            });
            done.await();
        }
        java.util.Arrays.sort(jump);

        // drafting a whole version (5,000 paragraphs) through a LibreTranslate server answering after 50 ms
        long draftMs;
        long worstDraft;
        try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
            server.setDispatcher(MtBenchmark.echo("libretranslate", 50));
            server.start();
            phase(sampler, "draft");
            Thread.sleep(500);
            worst.set(0);
            long t2 = System.nanoTime();
            Platform.runLater(() -> org.triptych.ui.BenchDrafting.draftWholeVersion(model[0].aligned(), tasks,
                    server.url("/").toString(), tmp.resolve("mt-cache"), Language.RUSSIAN));
            Thread.sleep(200);
            while (tasks.busyProperty().get()) {
                Thread.sleep(20);
            }
            draftMs = (System.nanoTime() - t2) / 1_000_000;
            Thread.sleep(1000);
            worstDraft = worst.get();
            System.out.printf(Locale.ROOT, "  drafting: %d requests; %s%n", server.getRequestCount(), model[0].aligned().noticeProperty().get());
        }
        System.out.printf(Locale.ROOT, "one jump, FX work (select + CSS + layout): median %.1f ms, max %.1f ms%n",
                jump[10] / 1e6, jump[19] / 1e6);
        // sentence level (Ctrl+2): every paragraph link aligned inside, then the sentence rows shown
        phase(sampler, "sentences");
        worst.set(0);
        long t3 = System.nanoTime();
        Platform.runLater(() -> model[0].aligned().setLevel(AlignmentLevel.SENTENCE));
        Thread.sleep(200);
        while (tasks.busyProperty().get()) {
            Thread.sleep(20);
        }
        long sentenceMs = (System.nanoTime() - t3) / 1_000_000;
        Thread.sleep(1000);
        long worstSentences = worst.get();
        int[] sentenceRows = new int[1];
        CountDownLatch counted = new CountDownLatch(1);
        Platform.runLater(() -> {
            sentenceRows[0] = model[0].aligned().rows().size();
            counted.countDown();
        });
        counted.await();
        System.out.printf(Locale.ROOT, "sentence level (Ctrl+2) on the 5,000 paragraphs: %,d rows in %d ms; longest FX stall %d ms%n",
                sentenceRows[0], sentenceMs, worstSentences / 1_000_000);
        System.out.printf(Locale.ROOT, "idle pulse gap before: %d ms%n", before / 1_000_000);
        System.out.printf(Locale.ROOT, "re-align 5,000 x 2 targets: %d ms; longest FX stall %d ms%n",
                alignMs, worstAlign / 1_000_000);
        System.out.printf(Locale.ROOT, "check (2,000 synthetic findings): longest FX stall %d ms%n", worstCheck / 1_000_000);
        System.out.printf(Locale.ROOT, "jumping to 20 far places in 5,000 rows, one at a time: longest FX stall %d ms%n", worstScroll / 1_000_000);
        System.out.printf(Locale.ROOT, "draft all 5,000 Russian paragraphs (LibreTranslate mock, 50 ms a request): %d ms; longest FX stall %d ms%n",
                draftMs, worstDraft / 1_000_000);
        if (sampler != null) {
            sampler.print();
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * Find all with a regular expression that matches once in every paragraph of every column (its first word: 15,000
     * matches over 5,000 rows), the matches highlighted and the first one jumped to; then replace all of them as one
     * step, and undo it. The longest gap between pulses in each phase is what a person would feel.
     */
    private static void findAndReplace(MainWindow window, WorkbenchViewModel model, FxTaskRunner tasks, AtomicLong worst,
                                       AtomicLong worstCpu, StallSampler sampler) throws Exception {
        phase(sampler, "find all");
        worst.set(0);
        worstCpu.set(0);
        long t = System.nanoTime();
        Platform.runLater(() -> org.triptych.ui.BenchFinding.findAll(window, "^\\S+"));
        Thread.sleep(100);
        while (tasks.busyProperty().get() || org.triptych.ui.BenchFinding.hits(window) == 0) {
            Thread.sleep(10);
        }
        long findMs = (System.nanoTime() - t) / 1_000_000;
        Thread.sleep(1000); // the highlighted rows are drawn in the next frames
        long worstFind = worst.get();
        long cpuFind = worstCpu.get();
        String found = org.triptych.ui.BenchFinding.summary(window);
        // stepping through the matches (F3), each a jump to its row
        worst.set(0);
        worstCpu.set(0);
        for (int i = 0; i < 20; i++) {
            Platform.runLater(() -> org.triptych.ui.BenchFinding.next(window));
            Thread.sleep(150);
        }
        long worstNext = worst.get();
        long cpuNext = worstCpu.get();
        phase(sampler, "replace all");
        worst.set(0);
        worstCpu.set(0);
        t = System.nanoTime();
        Platform.runLater(() -> org.triptych.ui.BenchFinding.replaceAll(window, "[$0]"));
        Thread.sleep(100);
        while (tasks.busyProperty().get() || !model.aligned().session().undoName().startsWith("Undo replace all")) {
            Thread.sleep(10);
        }
        long replaceMs = (System.nanoTime() - t) / 1_000_000;
        Thread.sleep(1500); // the matches are found again in the replaced text and drawn
        long worstReplace = worst.get();
        long cpuReplace = worstCpu.get();
        String first = model.article().english().paragraphs().get(0).text();
        phase(sampler, "undo");
        worst.set(0);
        worstCpu.set(0);
        Platform.runLater(() -> model.aligned().undo());
        Thread.sleep(1500);
        long worstUndo = worst.get();
        long cpuUndo = worstCpu.get();
        System.out.printf(Locale.ROOT, "find all '^\\S+' over 5,000 rows x 3 columns: %s in %d ms; longest FX stall %d ms"
                + " (FX thread CPU between two pulses at most %d ms)%n", found, findMs, worstFind / 1_000_000, cpuFind / 1_000_000);
        System.out.printf(Locale.ROOT, "20 x next match (F3): longest FX stall %d ms (FX thread CPU %d ms)%n",
                worstNext / 1_000_000, cpuNext / 1_000_000);
        System.out.printf(Locale.ROOT, "replace all (one undo step) in %d ms (first paragraph now '%s...'); longest FX stall %d ms"
                + " (FX thread CPU %d ms)%n", replaceMs, first.substring(0, Math.min(30, first.length())),
                worstReplace / 1_000_000, cpuReplace / 1_000_000);
        System.out.printf(Locale.ROOT, "undo of the replace-all: longest FX stall %d ms (FX thread CPU %d ms)%n",
                worstUndo / 1_000_000, cpuUndo / 1_000_000);
        if (sampler != null) {
            sampler.print();
        }
    }

    private static void phase(StallSampler sampler, String name) {
        if (sampler != null) {
            sampler.phase(name);
        }
    }

    private static void afterPulses(int n, Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == n) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void waitFx() throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(l::countDown);
        l.await();
    }

    /** The sample's paragraphs repeated (numbered so no two are equal) up to n English paragraphs, linked 1-1. */
    static Project bigWorkspace(int n) {
        Article sample = SampleArticle.load();
        List<DocumentVersion> versions = new ArrayList<>();
        for (DocumentVersion v : sample.versions()) {
            List<Paragraph> ps = new ArrayList<>();
            for (int i = 0; ps.size() < n; i++) {
                Paragraph p = v.paragraphs().get(i % v.paragraphs().size());
                ps.add(p.withText(p.text(), p.sentences()));
            }
            versions.add(new DocumentVersion(v.language(), v.source(), ps));
        }
        List<Alignment> links = new ArrayList<>();
        for (DocumentVersion v : versions.subList(1, versions.size())) {
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                beads.add(Bead.of(List.of(i), List.of(i), 0.5 + (i % 5) / 10.0));
            }
            links.add(new Alignment(v.language(), AlignmentLevel.PARAGRAPH, beads));
        }
        return new Project(new Article(versions.get(0), versions.subList(1, versions.size())), links, List.of(), List.of(), List.of());
    }
}
