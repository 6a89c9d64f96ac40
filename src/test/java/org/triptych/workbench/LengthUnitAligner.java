package org.triptych.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * A test double for the view-model tests: a small length-based dynamic programme in the manner of Gale and Church,
 * run separately in each gap between confirmed anchors. Its links are easy to predict, which is what the view-model
 * tests need; the workbench itself uses {@link SentenceFirstAligner}.
 */
public final class LengthUnitAligner implements UnitAligner {

    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PENALTY = {0, 4.5, 4.5, 2.3, 2.3, 5.0};

    @Override
    public List<Bead> align(List<String> english, List<String> target, Language language, List<Bead> anchors) {
        double ratio = ratio(english, target);
        List<Bead> sorted = new ArrayList<>(anchors);
        sorted.sort(Comparator.comparingInt(b -> b.english().isEmpty() ? firstOr(b.target(), 0) : b.english().get(0)));
        List<Bead> out = new ArrayList<>();
        int e = 0;
        int t = 0;
        for (Bead anchor : sorted) {
            int eTo = anchor.english().isEmpty() ? e : anchor.english().get(0);
            int tTo = anchor.target().isEmpty() ? t : anchor.target().get(0);
            if (eTo < e || tTo < t) {
                continue; // crosses an earlier anchor: cannot be kept in order
            }
            out.addAll(gap(english, target, e, eTo, t, tTo, ratio));
            out.add(anchor);
            if (!anchor.english().isEmpty()) {
                e = anchor.english().get(anchor.english().size() - 1) + 1;
            }
            if (!anchor.target().isEmpty()) {
                t = anchor.target().get(anchor.target().size() - 1) + 1;
            }
        }
        out.addAll(gap(english, target, e, english.size(), t, target.size(), ratio));
        return out;
    }

    private static int firstOr(List<Integer> list, int fallback) {
        return list.isEmpty() ? fallback : list.get(0);
    }

    private static double ratio(List<String> english, List<String> target) {
        long en = english.stream().mapToLong(String::length).sum();
        long tg = target.stream().mapToLong(String::length).sum();
        return en == 0 || tg == 0 ? 1.0 : (double) tg / en;
    }

    /** Aligns english[e0,e1) with target[t0,t1) on a band around the diagonal (long documents stay linear). */
    private static List<Bead> gap(List<String> english, List<String> target, int e0, int e1, int t0, int t1, double ratio) {
        int n = e1 - e0;
        int m = t1 - t0;
        List<Bead> out = new ArrayList<>();
        if (n == 0 || m == 0) {
            for (int i = e0; i < e1; i++) {
                out.add(new Bead(List.of(i), List.of(), 0.5, LinkStatus.AUTOMATIC));
            }
            for (int j = t0; j < t1; j++) {
                out.add(new Bead(List.of(), List.of(j), 0.5, LinkStatus.AUTOMATIC));
            }
            return out;
        }
        int band = Math.abs(n - m) + 60;
        double[][] cost = new double[n + 1][];
        byte[][] move = new byte[n + 1][];
        int[] lo = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int centre = (int) Math.round((double) i * m / n);
            lo[i] = Math.max(0, centre - band);
            int hi = Math.min(m, centre + band);
            cost[i] = new double[hi - lo[i] + 1];
            move[i] = new byte[hi - lo[i] + 1];
            java.util.Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
        }
        cost[0][0 - lo[0]] = 0;
        for (int i = 0; i <= n; i++) {
            for (int jj = 0; jj < cost[i].length; jj++) {
                int j = lo[i] + jj;
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    int pi = i - di;
                    int pj = j - dj;
                    if (pi < 0 || pj < 0 || pj < lo[pi] || pj - lo[pi] >= cost[pi].length) {
                        continue;
                    }
                    double before = cost[pi][pj - lo[pi]];
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = before + PENALTY[k] + lengthCost(english, e0 + pi, di, target, t0 + pj, dj, ratio);
                    if (c < cost[i][jj]) {
                        cost[i][jj] = c;
                        move[i][jj] = (byte) k;
                    }
                }
            }
        }
        List<Bead> reversed = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int k = move[i][j - lo[i]];
            int pi = i - MOVES[k][0];
            int pj = j - MOVES[k][1];
            double step = cost[i][j - lo[i]] - cost[pi][pj - lo[pi]];
            reversed.add(new Bead(range(e0 + pi, e0 + i), range(t0 + pj, t0 + j),
                    Math.exp(-step / 6.0), LinkStatus.AUTOMATIC));
            i = pi;
            j = pj;
        }
        for (int r = reversed.size() - 1; r >= 0; r--) {
            out.add(reversed.get(r));
        }
        return out;
    }

    private static double lengthCost(List<String> english, int e, int de, List<String> target, int t, int dt, double ratio) {
        double le = 0;
        for (int i = 0; i < de; i++) {
            le += english.get(e + i).length();
        }
        double lt = 0;
        for (int i = 0; i < dt; i++) {
            lt += target.get(t + i).length();
        }
        if (de == 0 || dt == 0) {
            return 0;
        }
        double expected = le * ratio;
        double z = (lt - expected) / Math.sqrt(Math.max(1, (expected + lt) * 0.5 * 6.8));
        return z * z / 2;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }
}
