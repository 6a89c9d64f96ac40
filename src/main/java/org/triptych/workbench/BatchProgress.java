package org.triptych.workbench;

import java.util.Locale;

/**
 * Where a batch stands: articles finished of the total (run now, skipped as done before, failed), and the time since
 * it started, from which the rate and the time left follow. Articles skipped as done take no time, so the rate counts
 * only those this run did.
 */
public record BatchProgress(int finished, int total, int skipped, int failed, long elapsedNanos) {

    /** Articles worked on by this run (succeeded or failed), per second; 0 before the first. */
    public double rate() {
        int worked = finished - skipped;
        return worked <= 0 || elapsedNanos <= 0 ? 0 : worked / (elapsedNanos / 1e9);
    }

    /** Seconds left at the rate so far; -1 while there is no rate yet. */
    public long secondsLeft() {
        double r = rate();
        return r <= 0 ? -1 : Math.round((total - finished) / r);
    }

    /**
     * The progress line: {@code 120 of 5000 articles (3 failed, 40 done before) · 4.2 articles/s · about 19 min left}
     * (below one article a second, {@code 8.5 s an article}).
     */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append(finished).append(" of ").append(total).append(total == 1 ? " article" : " articles");
        if (failed > 0 || skipped > 0) {
            b.append(" (");
            if (failed > 0) {
                b.append(failed).append(" failed");
            }
            if (skipped > 0) {
                b.append(failed > 0 ? ", " : "").append(skipped).append(" done before");
            }
            b.append(')');
        }
        double r = rate();
        if (r > 0) {
            b.append(" · ").append(r >= 1 ? String.format(Locale.ROOT, r >= 10 ? "%.0f articles/s" : "%.1f articles/s", r)
                    : String.format(Locale.ROOT, "%.1f s an article", 1 / r));
            if (finished < total) {
                b.append(" · about ").append(duration(secondsLeft())).append(" left");
            }
        }
        return b.toString();
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return Math.round(seconds / 60.0) + " min";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}
