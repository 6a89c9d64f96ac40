package org.triptych.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Speed and memory of the whole {@code align} process at sentence level, both pairs, on long inputs made by
 * concatenating gold articles (presegmented {@code *.sent.txt}) until the English side has 1,000, 2,000, 4,000 and
 * 8,000 sentences. Each size runs the command in a fresh JVM under {@code /usr/bin/time -v} (wall time, CPU time,
 * peak resident memory), a few times, and the median is printed as a Markdown table.
 *
 * <p>Usage: {@code AlignBenchmark DEV_DIR [REPEATS] [JVM_FLAGS...]}. The inputs are written to a temporary directory
 * that is deleted afterwards; nothing of the data lands in the project.
 */
public final class AlignBenchmark {

    private AlignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AlignBenchmark DEV_DIR [REPEATS] [JVM_FLAGS...]");
            System.exit(2);
        }
        Path dev = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> jvmFlags = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        List<Path> articles;
        try (Stream<Path> s = Files.list(dev)) {
            articles = s.filter(d -> Files.isRegularFile(d.resolve("en.sent.txt"))
                    && Files.isRegularFile(d.resolve("ar.sent.txt")) && Files.isRegularFile(d.resolve("ru.sent.txt")))
                    .sorted().toList();
        }
        if (articles.isEmpty()) {
            System.err.println("no folder with en/ar/ru .sent.txt under " + dev);
            System.exit(2);
        }
        Path tmp = Files.createTempDirectory("align-bench");
        try {
            System.out.printf(Locale.ROOT, "JVM flags: %s; repeats: %d; load average before: %s%n",
                    jvmFlags.isEmpty() ? "(defaults)" : String.join(" ", jvmFlags), repeats, loadAverage());
            System.out.println();
            System.out.println("| size | en / ar / ru sentences | wall s (median) | CPU s (user+sys) | peak RSS MB |");
            System.out.println("|---|---|---|---|---|");
            for (int mult : new int[] {1, 2, 4, 8}) {
                int[] counts = build(articles, mult * 1000, tmp, mult);
                double[] wall = new double[repeats];
                double[] cpu = new double[repeats];
                double[] rss = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    double[] m = runOnce(tmp, mult, jvmFlags);
                    wall[r] = m[0];
                    cpu[r] = m[1];
                    rss[r] = m[2];
                }
                System.out.printf(Locale.ROOT, "| %dx | %d / %d / %d | %.2f | %.2f | %.0f |%n", mult, counts[0],
                        counts[1], counts[2], median(wall), median(cpu), median(rss));
            }
            System.out.printf(Locale.ROOT, "%nload average after: %s%n", loadAverage());
            inProcess(tmp, repeats);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The aligner alone, in this JVM after warm-up: thread CPU time of aligning both pairs one after the other
     * (median of the repeats). Shows how the algorithm grows, free of JVM start-up and JIT costs.
     */
    private static void inProcess(Path dir, int repeats) throws IOException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.triptych.align.SentenceAligner aligner = new org.triptych.align.SentenceAligner();
        org.triptych.align.AlignOptions options = org.triptych.align.AlignOptions.defaults();
        System.out.println();
        System.out.println("| size | aligner CPU ms, both pairs (warm, in process) | per 1,000 English sentences |");
        System.out.println("|---|---|---|");
        for (int warm = 0; warm < 3; warm++) {
            alignBoth(dir, 2, aligner, options);
        }
        for (int mult : new int[] {1, 2, 4, 8}) {
            double[] ms = new double[repeats];
            int n = 0;
            for (int r = 0; r < repeats; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                n = alignBoth(dir, mult, aligner, options);
                ms[r] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
            }
            System.out.printf(Locale.ROOT, "| %dx | %.0f | %.0f |%n", mult, median(ms), median(ms) * 1000 / n);
        }
    }

    private static int alignBoth(Path dir, int mult, org.triptych.align.SentenceAligner aligner,
                                 org.triptych.align.AlignOptions options) throws IOException {
        List<String> en = Files.readAllLines(dir.resolve(mult + "x.en.txt"), StandardCharsets.UTF_8);
        List<String> ar = Files.readAllLines(dir.resolve(mult + "x.ar.txt"), StandardCharsets.UTF_8);
        List<String> ru = Files.readAllLines(dir.resolve(mult + "x.ru.txt"), StandardCharsets.UTF_8);
        aligner.align(en, ar, org.triptych.model.Language.ARABIC, options);
        aligner.align(en, ru, org.triptych.model.Language.RUSSIAN, options);
        return en.size();
    }

    /** Writes {@code mult}x.{en,ar,ru}.txt with whole articles until English has {@code minSentences}. */
    private static int[] build(List<Path> articles, int minSentences, Path dir, int mult) throws IOException {
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] langs = {"en", "ar", "ru"};
        int k = 0;
        while (out.get(0).size() < minSentences) {
            Path a = articles.get(k++ % articles.size());
            for (int l = 0; l < 3; l++) {
                for (String line : Files.readAllLines(a.resolve(langs[l] + ".sent.txt"), StandardCharsets.UTF_8)) {
                    out.get(l).add(line);
                }
            }
        }
        int[] counts = new int[3];
        for (int l = 0; l < 3; l++) {
            Files.write(dir.resolve(mult + "x." + langs[l] + ".txt"), out.get(l), StandardCharsets.UTF_8);
            counts[l] = out.get(l).size();
        }
        return counts;
    }

    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** Wall seconds, CPU seconds and peak RSS in MB of one align process. */
    private static double[] runOnce(Path dir, int mult, List<String> jvmFlags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), AlignCli.class.getName(), "align",
                "--en", dir.resolve(mult + "x.en.txt").toString(), "--ar", dir.resolve(mult + "x.ar.txt").toString(),
                "--ru", dir.resolve(mult + "x.ru.txt").toString(), "--level", "sentence", "--presegmented",
                "--format", "json"));
        File err = dir.resolve("time.txt").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err).start();
        int exit = p.waitFor();
        String report = Files.readString(err.toPath());
        if (exit != 0) {
            throw new IllegalStateException("align failed (" + exit + "): " + report);
        }
        Matcher w = WALL.matcher(report);
        Matcher u = USER.matcher(report);
        Matcher s = SYS.matcher(report);
        Matcher r = RSS.matcher(report);
        if (!w.find() || !u.find() || !s.find() || !r.find()) {
            throw new IllegalStateException("cannot read /usr/bin/time output: " + report);
        }
        double wall = (w.group(1) == null ? 0 : Double.parseDouble(w.group(1)) * 3600)
                + Double.parseDouble(w.group(2)) * 60 + Double.parseDouble(w.group(3));
        return new double[] {wall, Double.parseDouble(u.group(1)) + Double.parseDouble(s.group(1)),
                Double.parseDouble(r.group(1)) / 1024.0};
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
