package org.triptych.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed and memory of the documented {@code align} command at sentence level, both pairs, on long inputs made by
 * concatenating the development articles: 1x, 2x, 4x and 8x, where 1x has 2,000 English sentences and 4x (8,004 /
 * 7,862 / 7,864 sentences) is issue 15's case that hunalign aligns in 1.05 s per pair. Each size runs, in a fresh
 * JVM under {@code /usr/bin/time -v}, {@code java [JVM_FLAGS] -jar target/triptych.jar align ...} on presegmented
 * sentences ({@code *.sent.txt}, {@code --presegmented}) and on the articles ({@code *.txt}, split by the importer),
 * a few times, and prints the medians of wall time, CPU time (user+sys: the column to trust on a loaded machine) and
 * peak resident memory as a Markdown table. Then the aligner alone, warm and in process: CPU per 1,000 English
 * sentences, both pairs on one prepared English, as the command aligns them.
 *
 * <p>Usage: {@code AlignBenchmark DEV_DIR [REPEATS] [JVM_FLAGS...]} after {@code mvn package} (the jar is
 * {@code target/triptych.jar}, or {@code -Djar=PATH}). The inputs are written to a temporary directory that is
 * deleted afterwards; nothing of the data lands in the project.
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
        Path jar = Path.of(System.getProperty("jar", "target/triptych.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("no " + jar + ": run mvn package first (or give -Djar=PATH)");
            System.exit(2);
        }
        Path tmp = Files.createTempDirectory("align-bench");
        try {
            System.out.printf(Locale.ROOT, "java %s -jar %s align; repeats: %d; CPUs: %d; load average before: %s%n",
                    jvmFlags.isEmpty() ? "(no flags)" : String.join(" ", jvmFlags), jar, repeats,
                    Runtime.getRuntime().availableProcessors(), TimedProcess.loadAverage());
            System.out.println();
            System.out.println("| size | input | en / ar / ru sentences | wall s (median) | CPU s (user+sys) | peak RSS MB |");
            System.out.println("|---|---|---|---|---|---|");
            for (int mult : new int[] {1, 2, 4, 8}) {
                int[] counts = build(articles, mult * UNIT, tmp, mult);
                for (boolean presegmented : new boolean[] {true, false}) {
                    double[] wall = new double[repeats];
                    double[] cpu = new double[repeats];
                    double[] rss = new double[repeats];
                    for (int r = 0; r < repeats; r++) {
                        double[] m = runOnce(tmp, mult, presegmented, jar, jvmFlags);
                        wall[r] = m[0];
                        cpu[r] = m[1];
                        rss[r] = m[2];
                    }
                    System.out.printf(Locale.ROOT, "| %dx | %s | %d / %d / %d | %.2f | %.2f | %.0f |%n", mult,
                            presegmented ? "sentences" : "articles", counts[0], counts[1], counts[2], TimedProcess.median(wall),
                            TimedProcess.median(cpu), TimedProcess.median(rss));
                }
            }
            System.out.printf(Locale.ROOT, "%nload average after: %s%n", TimedProcess.loadAverage());
            inProcess(tmp, repeats);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** English sentences of the 1x input. */
    private static final int UNIT = 2_000;

    /**
     * The aligner alone, in this JVM after warm-up: thread CPU time of aligning both pairs one after the other on one
     * prepared English (median of the repeats). Shows how the algorithm grows, free of JVM start-up and JIT costs.
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
            System.out.printf(Locale.ROOT, "| %dx | %.0f | %.0f |%n", mult, TimedProcess.median(ms), TimedProcess.median(ms) * 1000 / n);
        }
    }

    private static int alignBoth(Path dir, int mult, org.triptych.align.SentenceAligner aligner,
                                 org.triptych.align.AlignOptions options) throws IOException {
        List<String> en = Files.readAllLines(dir.resolve(mult + "x.en.txt"), StandardCharsets.UTF_8);
        List<String> ar = Files.readAllLines(dir.resolve(mult + "x.ar.txt"), StandardCharsets.UTF_8);
        List<String> ru = Files.readAllLines(dir.resolve(mult + "x.ru.txt"), StandardCharsets.UTF_8);
        org.triptych.align.PreparedEnglish english = org.triptych.align.PreparedEnglish.ofUnits(en);
        aligner.align(english, ar, null, org.triptych.model.Language.ARABIC, options);
        aligner.align(english, ru, null, org.triptych.model.Language.RUSSIAN, options);
        return en.size();
    }

    /**
     * Writes {@code mult}x.{en,ar,ru}.txt (sentences, one a line) and {@code mult}x.{en,ar,ru}.art.txt (the same
     * articles, paragraphs between blank lines) with whole articles until English has {@code minSentences}.
     */
    private static int[] build(List<Path> articles, int minSentences, Path dir, int mult) throws IOException {
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<StringBuilder> text = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
        String[] langs = {"en", "ar", "ru"};
        int k = 0;
        while (out.get(0).size() < minSentences) {
            Path a = articles.get(k++ % articles.size());
            for (int l = 0; l < 3; l++) {
                for (String line : Files.readAllLines(a.resolve(langs[l] + ".sent.txt"), StandardCharsets.UTF_8)) {
                    out.get(l).add(line);
                }
                text.get(l).append(Files.readString(a.resolve(langs[l] + ".txt"), StandardCharsets.UTF_8).strip())
                        .append("\n\n");
            }
        }
        int[] counts = new int[3];
        for (int l = 0; l < 3; l++) {
            Files.write(dir.resolve(mult + "x." + langs[l] + ".txt"), out.get(l), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(mult + "x." + langs[l] + ".art.txt"), text.get(l), StandardCharsets.UTF_8);
            counts[l] = out.get(l).size();
        }
        return counts;
    }

    /** Wall seconds, CPU seconds and peak RSS in MB of one align process. */
    private static double[] runOnce(Path dir, int mult, boolean presegmented, Path jar, List<String> jvmFlags)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmFlags);
        String suffix = presegmented ? ".txt" : ".art.txt";
        cmd.addAll(List.of("-jar", jar.toString(), "align",
                "--en", dir.resolve(mult + "x.en" + suffix).toString(),
                "--ar", dir.resolve(mult + "x.ar" + suffix).toString(),
                "--ru", dir.resolve(mult + "x.ru" + suffix).toString(), "--level", "sentence", "--format", "json"));
        if (presegmented) {
            cmd.add("--presegmented");
        }
        return TimedProcess.run(cmd, ProcessBuilder.Redirect.DISCARD, dir.resolve("time.txt").toFile());
    }
}
