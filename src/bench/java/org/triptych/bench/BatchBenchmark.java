package org.triptych.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.triptych.model.AlignmentLevel;
import org.triptych.workbench.ArticleFinder;
import org.triptych.workbench.BatchArticle;
import org.triptych.workbench.BatchOptions;
import org.triptych.workbench.BatchProgress;
import org.triptych.workbench.BatchRun;

/**
 * The batch command's speed with one and two workers, and its memory over thousands of articles, in this JVM (the
 * engines warm, as in a long batch: a fresh JVM adds its start-up once per batch, not per article).
 *
 * <p>Articles are the development set's (en.txt, ar.txt, ru.txt of each folder), copied into a temporary folder as
 * many times as asked; every copy after the first carries a made-up word of its own at the end of each paragraph of
 * each version, so no two articles have the same text and the engines' bounded caches fill as they would on distinct
 * articles. The temporary folders are deleted at the end; nothing of the data lands in the project.
 *
 * <pre>
 * BatchBenchmark DEV_DIR speed [COPIES] [ROUNDS] [--check|--language]   # --jobs 1 against --jobs 2: wall, CPU
 * BatchBenchmark DEV_DIR memory [ARTICLES] [--check|--language]         # peak heap and resident memory
 * </pre>
 */
public final class BatchBenchmark {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BatchBenchmark DEV_DIR speed [COPIES] [ROUNDS] [--check|--language]"
                    + " | BatchBenchmark DEV_DIR memory [ARTICLES] [--check|--language]");
            System.exit(2);
        }
        Path dev = Path.of(args[0]);
        boolean language = List.of(args).contains("--language");
        boolean check = language || List.of(args).contains("--check");
        List<String> numbers = List.of(args).subList(2, args.length).stream().filter(a -> !a.startsWith("--")).toList();
        Path tmp = Files.createTempDirectory("batch-bench");
        try {
            if (args[1].equals("speed")) {
                speed(dev, tmp, numbers.isEmpty() ? 3 : Integer.parseInt(numbers.get(0)),
                        numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 2, options(check, language));
            } else {
                memory(dev, tmp, numbers.isEmpty() ? 5000 : Integer.parseInt(numbers.get(0)), options(check, language));
            }
        } finally {
            delete(tmp);
        }
    }

    private static void speed(Path dev, Path tmp, int copies, int rounds, BatchOptions options) throws Exception {
        List<BatchArticle> articles = articles(dev, tmp.resolve("in"), 36 * copies);
        Path in = tmp.resolve("in");
        System.out.printf(Locale.ROOT, "%d articles, %s; %d cores; JVM %s%n", articles.size(), describe(options),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getInputArguments());
        // warm-up: the engines loaded and compiled once, as in any batch after its first articles
        run(in, tmp.resolve("warm"), articles, options, 2);
        System.out.println();
        System.out.println("| round | --jobs | wall s | CPU s | CPU / wall | articles/s | worker CPU s | worker blocked s"
                + " | load average before |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        List<Double> paths = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            double[] wall = new double[3];
            double[] longestWorker = new double[3];
            for (int jobs : r % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
                String load = loadAverage();
                WorkerWatch watch = new WorkerWatch();
                double[] m = run(in, tmp.resolve("out-" + r + "-" + jobs), articles, options, jobs);
                List<double[]> workers = watch.stop();
                wall[jobs] = m[0];
                longestWorker[jobs] = workers.stream().mapToDouble(w -> w[0] + w[1]).max().orElse(0);
                System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.2f | %.2f | %s | %s | %s |%n", r, jobs,
                        m[0], m[1], m[1] / m[0], articles.size() / m[0],
                        workers.stream().map(w -> String.format(Locale.ROOT, "%.1f", w[0])).toList(),
                        workers.stream().map(w -> String.format(Locale.ROOT, "%.2f", w[1])).toList(), load);
            }
            ratios.add(wall[1] / wall[2]);
            paths.add(longestWorker[1] / longestWorker[2]);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "--jobs 2 against --jobs 1, wall time: median %.2fx, per round %s%n",
                median(ratios), ratios.stream().map(x -> String.format(Locale.ROOT, "%.2fx", x)).toList());
        System.out.printf(Locale.ROOT, "--jobs 2 against --jobs 1, longest worker's CPU + blocked time (the wall time"
                + " with a core per worker): median %.2fx, per round %s%n", median(paths),
                paths.stream().map(x -> String.format(Locale.ROOT, "%.2fx", x)).toList());
    }

    private static void memory(Path dev, Path tmp, int count, BatchOptions options) throws Exception {
        List<BatchArticle> articles = articles(dev, tmp.resolve("in"), count);
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        int jobs = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d articles, %s, --jobs %d, max heap %d MB, load average before %s%n",
                articles.size(), describe(options), jobs,
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        double[] m = run(tmp.resolve("in"), tmp.resolve("out"), articles, options, jobs);
        sampler.interrupt();
        long outBytes;
        try (Stream<Path> s = Files.walk(tmp.resolve("out"))) {
            outBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "wall %.0f s, CPU %.0f s (%.1f articles/s); peak heap used %d MB; peak resident"
                        + " memory (VmHWM) %s; outputs %d MB; load average after %s%n", m[0], m[1],
                articles.size() / m[0], peakHeap.get() >> 20, status("VmHWM"), outBytes >> 20, loadAverage());
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Each batch worker's CPU time and time blocked on a monitor (another worker holding a lock it needs), sampled
     * while it lives: what the wall time would be with a free core per worker, whatever else the machine runs.
     */
    private static final class WorkerWatch {
        private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final java.util.Map<Long, double[]> seen = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread sampler;

        WorkerWatch() {
            threads.setThreadContentionMonitoringEnabled(true);
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "worker-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t != null && t.getThreadName().startsWith("batch-worker-")) {
                    long cpu = threads.getThreadCpuTime(t.getThreadId());
                    if (cpu >= 0) {
                        seen.put(t.getThreadId(), new double[] {cpu / 1e9, t.getBlockedTime() / 1e3});
                    }
                }
            }
        }

        /** Per worker: CPU seconds and blocked seconds, as last seen (a worker's last 20 ms may be missed). */
        List<double[]> stop() {
            sampler.interrupt();
            return new ArrayList<>(seen.values());
        }
    }

    private static BatchOptions options(boolean check, boolean language) {
        return new BatchOptions(AlignmentLevel.PARAGRAPH, check, language,
                List.of(Path.of("glossaries/starter-news.tbx")));
    }

    private static String describe(BatchOptions o) {
        return (o.language() ? "aligned, checked and language-checked" : o.check() ? "aligned and checked" : "aligned")
                + " (starter-news glossary)";
    }

    /** Wall and CPU seconds of one batch. */
    private static double[] run(Path in, Path out, List<BatchArticle> articles, BatchOptions options, int jobs)
            throws IOException {
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        BatchRun.Outcome o = new BatchRun(in, out, options, jobs, false).run(articles, new BatchRun.Listener() {
            @Override
            public void note(String note) {
            }

            @Override
            public void progress(BatchProgress p) {
                if (p.finished() % 500 == 0) {
                    System.err.println("  " + p.line());
                }
            }
        }, () -> false);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        if (o.failed() > 0) {
            throw new IllegalStateException(o.failed() + " articles failed");
        }
        return new double[] {wall, cpu};
    }

    /** {@code count} articles from the development set's folders, as NAME.LANG.txt files in {@code in}. */
    private static List<BatchArticle> articles(Path dev, Path in, int count) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dev)) {
            folders = s.filter(d -> Files.isRegularFile(d.resolve("en.txt"))).sorted().toList();
        }
        if (folders.isEmpty()) {
            throw new IOException("no folder with en.txt, ar.txt, ru.txt under " + dev);
        }
        Files.createDirectories(in);
        for (int i = 0; i < count; i++) {
            Path f = folders.get(i % folders.size());
            int copy = i / folders.size();
            for (String l : List.of("en", "ar", "ru")) {
                String text = Files.readString(f.resolve(l + ".txt"), StandardCharsets.UTF_8).strip();
                if (copy > 0) {
                    String word = " Q" + letters(copy);
                    text = text.replace("\n\n", word + "\n\n") + word;
                }
                Files.writeString(in.resolve(String.format(Locale.ROOT, "%s-%04d.%s.txt", f.getFileName(), copy, l)),
                        text + "\n", StandardCharsets.UTF_8);
            }
        }
        return ArticleFinder.scan(in);
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = n; k > 0; k /= 26) {
            b.append((char) ('a' + k % 26));
        }
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return line.substring(key.length() + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "?";
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
