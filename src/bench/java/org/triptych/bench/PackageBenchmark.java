package org.triptych.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The installed command line against {@code java -jar}: the whole {@code triptych align --level sentence} process,
 * both pairs, on the large alignment (every dev article's en/ar/ru text concatenated, the whole set four times), and
 * {@code triptych --version} for the start-up alone. Each variant runs under {@code /usr/bin/time -v} (wall time,
 * CPU time, peak resident memory), the variants taking turns, and the medians are printed as a Markdown table. The
 * first round also checks that every variant prints the same alignment.
 *
 * <p>Usage, after {@code mvn -P dist package}: {@code PackageBenchmark DEV_DIR APP_IMAGE [REPEATS]}, e.g.
 * {@code ../shared/eval/align-dev target/dist/Triptych 5}. The inputs are written to a temporary directory that is
 * deleted afterwards; nothing of the data lands in the project.
 */
public final class PackageBenchmark {

    private static final int COPIES = 4;

    private PackageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PackageBenchmark DEV_DIR APP_IMAGE [REPEATS]");
            System.exit(2);
        }
        Path dev = Path.of(args[0]);
        Path launcher = Path.of(args[1], "bin", "triptych");
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target", "triptych.jar").toString();
        List<Variant> variants = List.of(
                new Variant("launcher (bundled runtime, batch options)", List.of(launcher.toString())),
                new Variant("java -jar (system Java, default options)", List.of(java, "-jar", jar)),
                new Variant("java -jar with the batch options", List.of(java, "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC", "-jar", jar)));

        Path tmp = Files.createTempDirectory("package-bench");
        try {
            int[] sentences = writeInputs(dev, tmp);
            List<String> align = List.of("align", "--en", tmp.resolve("en.txt").toString(),
                    "--ar", tmp.resolve("ar.txt").toString(), "--ru", tmp.resolve("ru.txt").toString(),
                    "--level", "sentence", "--format", "json");
            System.out.printf(Locale.ROOT, "Input: the dev set's articles x%d (%d / %d / %d gold sentences en/ar/ru);"
                    + " %d rounds; load average before: %s%n%n", COPIES, sentences[0], sentences[1], sentences[2],
                    repeats, TimedProcess.loadAverage());
            table("triptych align --level sentence, both pairs", variants, align, repeats, tmp, true);
            table("triptych --version", variants, List.of("--version"), repeats, tmp, false);
            System.out.printf(Locale.ROOT, "load average after: %s%n", TimedProcess.loadAverage());
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private record Variant(String name, List<String> command) {
    }

    private static void table(String title, List<Variant> variants, List<String> args, int repeats, Path tmp,
                              boolean sameOutput) throws Exception {
        double[][][] m = new double[variants.size()][3][repeats];
        String first = null;
        for (int r = 0; r < repeats; r++) {
            for (int v = 0; v < variants.size(); v++) {
                Path out = tmp.resolve("out-" + v + ".txt");
                double[] one = runOnce(variants.get(v).command(), args, tmp, out);
                for (int k = 0; k < 3; k++) {
                    m[v][k][r] = one[k];
                }
                if (sameOutput && r == 0) {
                    String text = Files.readString(out);
                    if (first == null) {
                        first = text;
                    } else if (!first.equals(text)) {
                        throw new IllegalStateException(variants.get(v).name() + " printed another alignment");
                    }
                }
            }
        }
        System.out.println("**" + title + "**" + (sameOutput ? " (every variant printed the same alignment)" : ""));
        System.out.println();
        System.out.println("| variant | wall s (median) | CPU s (user+sys) | peak RSS MB |");
        System.out.println("|---|---|---|---|");
        for (int v = 0; v < variants.size(); v++) {
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n", variants.get(v).name(), TimedProcess.median(m[v][0]),
                    TimedProcess.median(m[v][1]), TimedProcess.median(m[v][2]));
        }
        System.out.println();
    }

    /** Every article folder's en/ar/ru.txt, in name order, the whole set {@link #COPIES} times, blank-line separated. */
    private static int[] writeInputs(Path dev, Path dir) throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.list(dev)) {
            articles = s.filter(d -> Files.isRegularFile(d.resolve("en.txt")) && Files.isRegularFile(d.resolve("ar.txt"))
                    && Files.isRegularFile(d.resolve("ru.txt"))).sorted().toList();
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no folder with en.txt, ar.txt and ru.txt under " + dev);
        }
        int[] lines = new int[3]; // gold sentences (the .sent.txt files), to say how large the input is
        String[] langs = {"en", "ar", "ru"};
        for (int l = 0; l < 3; l++) {
            StringBuilder text = new StringBuilder();
            for (int copy = 0; copy < COPIES; copy++) {
                for (Path a : articles) {
                    String article = Files.readString(a.resolve(langs[l] + ".txt"), StandardCharsets.UTF_8).strip();
                    text.append(article).append("\n\n");
                    Path sentences = a.resolve(langs[l] + ".sent.txt");
                    if (Files.isRegularFile(sentences)) {
                        lines[l] += (int) Files.readAllLines(sentences, StandardCharsets.UTF_8).stream()
                                .filter(x -> !x.isBlank()).count();
                    }
                }
            }
            Files.writeString(dir.resolve(langs[l] + ".txt"), text, StandardCharsets.UTF_8);
        }
        return lines;
    }

    /** Wall seconds, CPU seconds and peak RSS in MB of one process; its standard output goes to {@code out}. */
    private static double[] runOnce(List<String> command, List<String> args, Path dir, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(args);
        return TimedProcess.run(cmd, ProcessBuilder.Redirect.to(out.toFile()), dir.resolve("time.txt").toFile());
    }
}
