package org.triptych.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run under GNU {@code /usr/bin/time -v}, for benchmarks that measure a whole process (start-up included):
 * its wall seconds, CPU seconds (user + system) and peak resident set in MB, read from time's report.
 */
final class TimedProcess {

    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private TimedProcess() {
    }

    /**
     * Runs {@code command} (its standard output to {@code out}, time's report to {@code report}) and returns
     * {wall s, CPU s, peak RSS MB}; a non-zero exit is an error naming the command and the report.
     */
    static double[] run(List<String> command, ProcessBuilder.Redirect out, File report) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(report).start();
        int exit = p.waitFor();
        String text = Files.readString(report.toPath());
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + text);
        }
        Matcher w = WALL.matcher(text);
        Matcher u = USER.matcher(text);
        Matcher s = SYS.matcher(text);
        Matcher r = RSS.matcher(text);
        if (!w.find() || !u.find() || !s.find() || !r.find()) {
            throw new IllegalStateException("cannot read /usr/bin/time output: " + text);
        }
        double wall = (w.group(1) == null ? 0 : Double.parseDouble(w.group(1)) * 3600)
                + Double.parseDouble(w.group(2)) * 60 + Double.parseDouble(w.group(3));
        return new double[] {wall, Double.parseDouble(u.group(1)) + Double.parseDouble(s.group(1)),
                Double.parseDouble(r.group(1)) / 1024.0};
    }

    /** The middle value (the upper one of an even count). */
    static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** The machine's load averages as /proc/loadavg gives them, to print beside wall-clock figures. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
