package org.triptych.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up time to the first window showing the sample, whole process: from launching {@code java -jar
 * target/triptych.jar} until the window has rendered the sample (the app writes a marker file, see StartupProbe).
 * Needs a display: run under {@code xvfb-run -a}. Prints each run and the median of 5.
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of("target/triptych.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build first: mvn -q -DskipTests package");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path marker = Files.createTempFile("triptych-start", ".txt");
            Files.delete(marker);
            long t0 = System.currentTimeMillis();
            Process p = new ProcessBuilder(java, "-Dprism.order=sw", "-Dtriptych.startupMarker=" + marker, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            while (!Files.exists(marker) || Files.size(marker) == 0) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("The app exited before showing its window (is there a display?)");
                }
                Thread.sleep(5);
            }
            long shown = Long.parseLong(Files.readString(marker).trim());
            times.add(shown - t0);
            p.waitFor();
            Files.deleteIfExists(marker);
            System.out.printf("run %d: %d ms%n", i + 1, shown - t0);
        }
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf("median of %d: %d ms to the window with the sample rendered%n", runs, sorted.get(runs / 2));
    }
}
