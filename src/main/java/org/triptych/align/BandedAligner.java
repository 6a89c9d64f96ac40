package org.triptych.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.triptych.model.Bead;
import org.triptych.model.LinkStatus;

/**
 * The dynamic programme over one stretch of English units against one stretch of target units, restricted to a band
 * around the expected path so that its cost grows linearly with the length of the text.
 *
 * <p>The band follows the path that cumulative lengths predict (English character offset times the length ratio),
 * not the plain diagonal, so a long omission or a version that is much shorter does not push the true path out. When
 * the best path touches the edge of the band anyway, the band is doubled and the stretch aligned again, up to the
 * cell limit in {@link AlignOptions}.
 */
final class BandedAligner {

    /** Link kinds as (English units, target units). */
    static final int[][] KINDS = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};

    private final UnitSignals en;
    private final UnitSignals tg;
    private final AlignmentWeights w;
    private final boolean paragraphsKnown;
    private final UnitSums enSums;
    private final UnitSums tgSums;
    private final double[] kindPrior;
    private LengthModel lengths;
    /** Whether paragraph starts are scored in this run: known on both sides and given weight. */
    private boolean useBoundaries;
    private double boundaryWeight;
    private double innerBoundaryWeight;

    BandedAligner(UnitSignals en, UnitSignals tg, AlignmentWeights weights, boolean useBoundaries, LengthModel lengths) {
        this.en = en;
        this.tg = tg;
        this.w = weights;
        this.paragraphsKnown = useBoundaries;
        this.lengths = lengths;
        this.enSums = new UnitSums(en);
        this.tgSums = new UnitSums(tg);
        setBoundaryScale(1.0);
        this.kindPrior = new double[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            int a = KINDS[k][0];
            int b = KINDS[k][1];
            kindPrior[k] = a == 1 && b == 1 ? w.prior11()
                    : a == 0 || b == 0 ? w.priorNull()
                    : a == 2 && b == 2 ? w.prior22()
                    : a + b == 3 ? w.prior21() : w.prior31();
        }
    }

    void setLengths(LengthModel model) {
        this.lengths = model;
    }

    /**
     * Scales the paragraph-boundary weights by {@code scale} (1: as in {@link AlignmentWeights}; 0: paragraph starts
     * are no evidence at all, as when two versions were paragraphed independently).
     */
    void setBoundaryScale(double scale) {
        boundaryWeight = w.boundary() * scale;
        innerBoundaryWeight = w.innerBoundary() * scale;
        useBoundaries = paragraphsKnown && scale > 0 && (boundaryWeight > 0 || innerBoundaryWeight > 0);
    }

    /**
     * Evidence that English unit {@code u} belongs with target units [j0,j1): the weighted count of its items
     * (numbers, names, concepts) found in any of them, each item counted once.
     */
    double evidence(int u, int j0, int j1) {
        if (en.items[u].length == 0) {
            return 0;
        }
        long found = 0;
        for (int v = j0; v < j1; v++) {
            found |= foundMask(u, v);
        }
        return evidenceOf(found, en.classMask[u]);
    }

    /** The weighted count of the items in {@code found} (items found) and not in it (items missing). */
    private double evidenceOf(long found, long[] cm) {
        return w.number() * Long.bitCount(found & cm[UnitSignals.NUMBER])
                + w.name() * Long.bitCount(found & cm[UnitSignals.NAME])
                + w.term() * Long.bitCount(found & cm[UnitSignals.TERM])
                + w.cognate() * Long.bitCount(found & cm[UnitSignals.COGNATE])
                - w.numberMiss() * Long.bitCount(~found & cm[UnitSignals.NUMBER])
                - w.nameMiss() * Long.bitCount(~found & cm[UnitSignals.NAME]);
    }

    /**
     * Evidence of the last three English units of the programme's current row against the target windows of one to
     * three units that the row's links end with, so that the programme looks each up instead of recomputing it for
     * every link kind (a unit is part of up to ten links per cell). Slot {@code u % 3} holds unit u; entry
     * {@code [width-1][J - evidenceBase[slot]]} is its evidence against target units [J-width, J), computed on first
     * use (NaN until then: the programme visits only part of the band) exactly as {@link #evidence} computes it, so
     * the scores do not change by a bit.
     */
    private double[][][] evidenceRows;
    private int[] evidenceBase;
    private boolean[] evidenceNone;

    /** Gives English unit {@code u} its slot, for window ends J in [first, last]. */
    private void startEvidence(int u, int first, int last) {
        int slot = u % 3;
        evidenceBase[slot] = first;
        evidenceNone[slot] = en.items[u].length == 0;
        if (!evidenceNone[slot]) {
            for (double[] width : evidenceRows[slot]) {
                Arrays.fill(width, 0, last - first + 1, Double.NaN);
            }
        }
    }

    /** The evidence of English unit u (in one of the three slots) against target units [end-width, end). */
    private double cachedEvidence(int u, int end, int width) {
        int slot = u % 3;
        if (evidenceNone[slot]) {
            return 0;
        }
        double[] row = evidenceRows[slot][width - 1];
        int at = end - evidenceBase[slot];
        double e = row[at];
        if (Double.isNaN(e)) {
            long found = 0;
            for (int v = end - width; v < end; v++) {
                found |= foundMask(u, v);
            }
            e = evidenceOf(found, en.classMask[u]);
            row[at] = e;
        }
        return e;
    }

    // Which items of English unit u occur in target unit v, for every pair the programme can ask about, filled row
    // by row from the target units' postings before the programme runs (a few look-ups per item instead of a binary
    // search per item and cell). Outside the window (never asked by the programme) a pair is computed directly.
    private long[] masks;
    private int[] maskStart;
    private int[] maskBase;
    private int[] maskLength;
    private int maskFirst;

    /** For each key, the target units holding it, ascending; built on first use. */
    private java.util.Map<Integer, int[]> postings;

    private long foundMask(int u, int v) {
        int row = u - maskFirst;
        if (masks != null && row >= 0 && row < maskBase.length) {
            int col = v - maskBase[row];
            if (col >= 0 && col < maskLength[row]) {
                return masks[maskStart[row] + col];
            }
        }
        return computeMask(u, v);
    }

    private long computeMask(int u, int v) {
        int[][] items = en.items[u];
        int[] keys = tg.keys[v];
        long m = 0;
        if (keys.length == 0) {
            return 0;
        }
        for (int k = 0; k < items.length; k++) {
            for (int key : items[k]) {
                if (Arrays.binarySearch(keys, key) >= 0) {
                    m |= 1L << k;
                    break;
                }
            }
        }
        return m;
    }

    private java.util.Map<Integer, int[]> postings() {
        if (postings == null) {
            java.util.Map<Integer, int[]> counts = new java.util.HashMap<>();
            for (int v = 0; v < tg.size; v++) {
                int previous = Integer.MIN_VALUE;
                for (int key : tg.keys[v]) { // sorted: a repeated key is counted once per unit
                    if (key != previous) {
                        counts.computeIfAbsent(key, x -> new int[1])[0]++;
                        previous = key;
                    }
                }
            }
            java.util.Map<Integer, int[]> lists = new java.util.HashMap<>(counts.size() * 2);
            counts.forEach((key, c) -> lists.put(key, new int[c[0]]));
            java.util.Map<Integer, int[]> fill = new java.util.HashMap<>(counts.size() * 2);
            for (int v = 0; v < tg.size; v++) {
                int previous = Integer.MIN_VALUE;
                for (int key : tg.keys[v]) {
                    if (key != previous) {
                        int[] at = fill.computeIfAbsent(key, x -> new int[1]);
                        lists.get(key)[at[0]++] = v;
                        previous = key;
                    }
                }
            }
            postings = lists;
        }
        return postings;
    }

    /**
     * Fills the masks of English units [e0, e0+n) against the target units each may be linked with: unit u is in
     * rows i = u-e0+1 .. u-e0+3 (links of up to three English units end there), which reach target offsets from
     * lo(u-e0+1)-3 to hi(u-e0+3).
     */
    private void fillMasks(int e0, int t0, int n, int[] lo, int[] hi) {
        maskFirst = e0;
        maskBase = new int[n];
        maskLength = new int[n];
        maskStart = new int[n];
        int total = 0;
        for (int r = 0; r < n; r++) {
            int from = Math.max(0, lo[r + 1] - 3);
            int to = hi[Math.min(n, r + 3)];
            maskBase[r] = t0 + from;
            maskLength[r] = Math.max(0, to - from);
            maskStart[r] = total;
            total += maskLength[r];
        }
        masks = new long[total];
        java.util.Map<Integer, int[]> index = null;
        for (int r = 0; r < n; r++) {
            int u = e0 + r;
            int[][] items = en.items[u];
            if (items.length == 0 || maskLength[r] == 0) {
                continue;
            }
            if (index == null) {
                index = postings();
            }
            int first = maskBase[r];
            int last = first + maskLength[r]; // exclusive
            for (int k = 0; k < items.length; k++) {
                long bit = 1L << k;
                for (int key : items[k]) {
                    int[] list = index.get(key);
                    if (list == null) {
                        continue;
                    }
                    int at = Arrays.binarySearch(list, first);
                    for (int x = at >= 0 ? at : -at - 1; x < list.length && list[x] < last; x++) {
                        masks[maskStart[r] + list[x] - first] |= bit;
                    }
                }
            }
        }
    }

    /**
     * Score of the link of English units [i0,i1) with target units [j0,j1), both non-empty, except the agreement of
     * the paragraph starts at its beginning (see {@link #startAgreement}).
     */
    double linkScore(int i0, int i1, int j0, int j1, int kind) {
        double evidence = 0;
        for (int u = i0; u < i1; u++) {
            evidence += evidence(u, j0, j1);
        }
        return linkScore(i0, i1, j0, j1, kind, evidence);
    }

    /** {@link #linkScore(int, int, int, int, int)} with the evidence of its English units already summed. */
    private double linkScore(int i0, int i1, int j0, int j1, int kind, double evidence) {
        // Sums over a link's units come from prefix sums: the programme asks for every kind at every cell.
        int le = enSums.length(i0, i1);
        int lt = tgSums.length(j0, j1);
        double s = kindPrior[kind] + lengths.score(le, lt) + evidence
                - w.numberMiss() * targetNumbersMissing(i0, i1, j0, j1);
        boolean askE = enSums.questions(i0, i1) > 0;
        boolean askT = tgSums.questions(j0, j1) > 0;
        if (askE && askT) {
            s += w.question();
        } else if (askE != askT) {
            s -= w.question();
        }
        boolean bangE = enSums.exclamations(i0, i1) > 0;
        boolean bangT = tgSums.exclamations(j0, j1) > 0;
        if (bangE && bangT) {
            s += w.question();
        } else if (bangE != bangT) {
            s -= w.question();
        }
        boolean qe = enSums.quotes(i0, i1) > 0;
        boolean qt = tgSums.quotes(j0, j1) > 0;
        if (qe && qt) {
            s += w.quote();
        } else if (qe != qt) {
            s -= w.quote();
        }
        if (useBoundaries) {
            // Whether the link starts a paragraph on both sides is scored in run(), where the omissions and
            // additions just before it are known.
            s -= innerBoundaryWeight * (enSums.starts(i0 + 1, i1) + tgSums.starts(j0 + 1, j1));
        }
        return s;
    }

    /**
     * Numbers of target units [j0,j1) that none of English units [i0,i1) has, when those English units have no number
     * at all: a sentence with a figure is not the translation of one without (an added sentence next to a short one
     * takes its place otherwise). English units with numbers of their own are left alone: the target's may be the
     * same quantities converted (miles to kilometres), and the English numbers not found already cost the link.
     */
    private int targetNumbersMissing(int i0, int i1, int j0, int j1) {
        for (int u = i0; u < i1; u++) {
            if (en.classMask[u][UnitSignals.NUMBER] != 0) {
                return 0;
            }
        }
        int missing = 0;
        for (int v = j0; v < j1; v++) {
            if ((tg.classMask[v][UnitSignals.NUMBER]) == 0) {
                continue;
            }
            int[][] items = tg.items[v];
            int[] cls = tg.itemClass[v];
            for (int k = 0; k < items.length; k++) {
                if (cls[k] != UnitSignals.NUMBER) {
                    continue;
                }
                boolean found = false;
                for (int u = i0; u < i1 && !found; u++) {
                    for (int key : items[k]) {
                        if (Arrays.binarySearch(en.keys[u], key) >= 0) {
                            found = true;
                            break;
                        }
                    }
                }
                missing += found ? 0 : 1;
            }
        }
        return missing;
    }

    /**
     * The paragraph-start term of a link beginning at English unit {@code u} and target unit {@code v}: a penalty
     * when exactly one side opens a paragraph. {@code absorbed} tells whether omissions (bit 0) or additions (bit 1)
     * right before the link passed a paragraph start on that side.
     */
    private double startAgreement(int u, int v, int absorbed) {
        boolean e = en.paragraphStart[u] || (absorbed & 1) != 0;
        boolean t = tg.paragraphStart[v] || (absorbed & 2) != 0;
        return e == t ? 0 : -boundaryWeight;
    }

    /** What the units of a link would score as omissions and additions: the baseline for its confidence. */
    double nullScore(int i0, int i1, int j0, int j1) {
        return ((i1 - i0) + (j1 - j0)) * w.priorNull();
    }

    /**
     * Aligns English units [e0,e1) with target units [t0,t1); returns beads with global indices, in order.
     */
    List<Bead> align(int e0, int e1, int t0, int t1, int minBand, long maxCells) {
        int n = e1 - e0;
        int m = t1 - t0;
        if (n == 0 && m == 0) {
            return List.of();
        }
        if (n == 0 || m == 0) {
            List<Bead> out = new ArrayList<>();
            for (int u = e0; u < e1; u++) {
                out.add(new Bead(List.of(u), List.of(), 0.2, LinkStatus.REVIEW));
            }
            for (int v = t0; v < t1; v++) {
                out.add(new Bead(List.of(), List.of(v), 0.2, LinkStatus.REVIEW));
            }
            return out;
        }
        int[] center = expectedPath(e0, e1, t0, t1);
        // Never start with more cells than allowed: a huge input gets a narrower band instead of running out of memory.
        int band = (int) Math.max(3, Math.min(minBand, maxCells / (2L * (n + 1)) - 1));
        while (true) {
            long cells = 0;
            for (int i = 0; i <= n; i++) {
                cells += Math.min(m, center[i] + band) - Math.max(0, center[i] - band) + 1;
            }
            boolean last = band >= Math.max(n, m) || cells * 2 > maxCells;
            Result r = run(e0, t0, n, m, center, band, beam);
            if (r.beamDoubtful) {
                r = run(e0, t0, n, m, center, band, Double.POSITIVE_INFINITY);
            }
            if (!r.touchedEdge || last) {
                return absorbUnsupportedNulls(r.beads, e0, t0);
            }
            band *= 2;
        }
    }

    /**
     * The links of one run; whether the best path ran along the band's edge; and whether the beam may have cut off a
     * better path (see {@link #BEAM}).
     */
    private record Result(List<Bead> beads, boolean touchedEdge, boolean beamDoubtful) {
    }

    /** For each English offset i in 0..n, the target offset that the cumulative lengths predict. */
    private int[] expectedPath(int e0, int e1, int t0, int t1) {
        int n = e1 - e0;
        int m = t1 - t0;
        long totalE = 0;
        long totalT = 0;
        for (int u = e0; u < e1; u++) {
            totalE += en.length[u] + 1;
        }
        for (int v = t0; v < t1; v++) {
            totalT += tg.length[v] + 1;
        }
        int[] center = new int[n + 1];
        long cumE = 0;
        long cumT = 0;
        int j = 0;
        for (int i = 0; i <= n; i++) {
            if (i > 0) {
                cumE += en.length[e0 + i - 1] + 1;
            }
            double want = (double) cumE * totalT / totalE;
            while (j < m && cumT + (tg.length[t0 + j] + 1) / 2.0 <= want) {
                cumT += tg.length[t0 + j] + 1;
                j++;
            }
            center[i] = j;
        }
        center[n] = m;
        return center;
    }

    /**
     * How far below the best score of its row a cell may fall and still be extended (a beam within the band). The
     * best path is found exactly whenever it stays within the beam, and on development data (news articles, the same
     * re-paragraphed on each side, 8,000-sentence concatenations) it was never more than 9.6 below its row's best;
     * a row then holds about 12 live cells of the band's 61, so the programme visits a fifth of the band.
     *
     * <p>A path through a block that only one side has (a preface, a dropped page) pays 4.6 per unlinked unit before
     * the links after the block pay it back, so with a block of seven units or more it falls out of the beam. The
     * paths that stay in the beam have then not paid for the block yet, and only the end can make them pay: the last
     * row is completed whatever its cells score. A result that needed a cell out of the beam there is doubtful, and
     * the stretch is aligned again over the whole band. (Paying earlier, in pieces, puts a path out of the beam just
     * the same: it is no better aligned until the whole block is paid for.)
     */
    static final double BEAM = 30;

    /** The beam of this aligner (infinite: every cell of the band, for tests that compare). */
    private double beam = BEAM;

    void setBeam(double beam) {
        this.beam = beam;
    }

    /** Cells the programme has computed so far (for tests of the beam). */
    private long cellsVisited;

    long cellsVisited() {
        return cellsVisited;
    }

    private Result run(int e0, int t0, int n, int m, int[] center, int band, double beam) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        long[] rowStart = new long[n + 2];
        for (int i = 0; i <= n; i++) {
            lo[i] = i == 0 ? 0 : Math.max(0, center[i] - band);
            hi[i] = i == n ? m : Math.min(m, center[i] + band);
            if (i > 0) {
                // Keep every row reachable from the one above (a 1-0 link needs the same column in both), even
                // where the expected path jumps further than the band is wide (one long unit against many short).
                lo[i] = Math.min(lo[i], hi[i - 1]);
                hi[i] = Math.max(hi[i], lo[i]);
            }
            rowStart[i + 1] = rowStart[i] + (hi[i] - lo[i] + 1);
        }
        int cells = Math.toIntExact(rowStart[n + 1]);
        fillMasks(e0, t0, n, lo, hi);
        int widest = 0;
        for (int r = 0; r < n; r++) {
            widest = Math.max(widest, hi[Math.min(n, r + 3)] - lo[r + 1] + 1);
        }
        evidenceRows = new double[3][3][widest];
        evidenceBase = new int[3];
        evidenceNone = new boolean[3];
        // With paragraph starts known, the state also remembers whether the omissions (1-0) or additions (0-1)
        // since the last real link passed a paragraph start: the next link then counts as starting a paragraph on
        // that side. So an English paragraph whose first sentence was left out still agrees with the target
        // paragraph that begins with the translation of its second sentence.
        int states = useBoundaries ? 4 : 1;
        double[] score = new double[cells * states];
        byte[] back = new byte[cells * states];
        Arrays.fill(score, Double.NEGATIVE_INFINITY);
        Arrays.fill(back, (byte) -1);
        score[0] = 0;
        // Beam: a row is computed only as far as its live cells' links reach, a cell being live when its score is
        // within BEAM of the best of its row (plus the run of additions that stays within it). See BEAM.
        int[] liveLo = new int[n + 1];
        int[] liveHi = new int[n + 1];
        double[] best = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            if (i > 0) {
                // Unit i-1 ends links in rows i to i+2: its evidence against the windows those rows can end with.
                startEvidence(e0 + i - 1, t0 + lo[i], t0 + hi[Math.min(n, i + 2)]);
            }
            int first = lo[i];
            int reach = i == 0 ? 0 : hi[i];
            if (i > 0) {
                first = Integer.MAX_VALUE;
                reach = Integer.MIN_VALUE;
                for (int a = 1; a <= 3 && a <= i; a++) {
                    // A link of a English units starts a row up: 1-0 keeps the column, the others add one to three.
                    first = Math.min(first, liveLo[i - a] + (a == 1 ? 0 : 1));
                    reach = Math.max(reach, liveHi[i - a] + (a == 1 ? 3 : a == 2 ? 2 : 1));
                }
                first = Math.max(first, lo[i]);
                reach = Math.min(reach, hi[i]);
                if (reach < first) {
                    // The live cells above lie outside this row's band: the whole row, as without the beam.
                    first = lo[i];
                    reach = hi[i];
                }
            }
            if (i == n) {
                reach = hi[n]; // the path ends in the last cell, however far additions must carry it
            } else {
                reach = Math.max(reach, lo[i + 1]); // the next row's first cell is reached from here by a 1-0 link
            }
            double rowBest = Double.NEGATIVE_INFINITY;
            for (int j = first; j <= hi[i]; j++) {
                if (j > reach && j > first) {
                    // Past what the row above can reach, only additions (0-1) lead on; stop once they fall out.
                    double here = Double.NEGATIVE_INFINITY;
                    int cell = (int) (rowStart[i] + j - 1 - lo[i]) * states;
                    for (int st = 0; st < states; st++) {
                        here = Math.max(here, score[cell + st]);
                    }
                    if (here + w.priorNull() < rowBest - beam) {
                        break;
                    }
                }
                if (i == 0 && j == 0) {
                    rowBest = 0;
                    continue;
                }
                cellsVisited++;
                int at = (int) (rowStart[i] + j - lo[i]);
                for (int k = 0; k < KINDS.length; k++) {
                    int pi = i - KINDS[k][0];
                    int pj = j - KINDS[k][1];
                    if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) {
                        continue;
                    }
                    int from = (int) (rowStart[pi] + pj - lo[pi]) * states;
                    boolean omission = KINDS[k][1] == 0;
                    boolean addition = KINDS[k][0] == 0;
                    double link = omission || addition ? w.priorNull() : Double.NaN;
                    for (int ps = 0; ps < states; ps++) {
                        double prev = score[from + ps];
                        if (prev == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        int ns;
                        double s;
                        if (omission) {
                            ns = ps | (useBoundaries && en.paragraphStart[e0 + pi] ? 1 : 0);
                            s = prev + link;
                        } else if (addition) {
                            ns = ps | (useBoundaries && tg.paragraphStart[t0 + pj] ? 2 : 0);
                            s = prev + link;
                        } else {
                            if (Double.isNaN(link)) {
                                double evidence = 0;
                                for (int u = e0 + pi; u < e0 + i; u++) {
                                    evidence += cachedEvidence(u, t0 + j, j - pj);
                                }
                                link = linkScore(e0 + pi, e0 + i, t0 + pj, t0 + j, k, evidence);
                            }
                            ns = 0;
                            s = prev + link + (useBoundaries ? startAgreement(e0 + pi, t0 + pj, ps) : 0);
                        }
                        int to = at * states + ns;
                        if (s > score[to]) {
                            score[to] = s;
                            back[to] = (byte) (k | ps << 4);
                        }
                    }
                }
                for (int st = 0; st < states; st++) {
                    rowBest = Math.max(rowBest, score[at * states + st]);
                }
            }
            best[i] = rowBest;
            liveLo[i] = lo[i];
            liveHi[i] = hi[i];
            if (rowBest > Double.NEGATIVE_INFINITY) {
                liveLo[i] = Integer.MAX_VALUE;
                for (int j = first; j <= hi[i]; j++) {
                    int cell = (int) (rowStart[i] + j - lo[i]) * states;
                    for (int st = 0; st < states; st++) {
                        if (score[cell + st] >= rowBest - beam) {
                            liveLo[i] = Math.min(liveLo[i], j);
                            liveHi[i] = j;
                            break;
                        }
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        boolean touched = false;
        boolean doubtful = false;
        int i = n;
        int j = m;
        int state = 0;
        int end = (int) (rowStart[n] + m - lo[n]) * states;
        for (int st = 1; st < states; st++) {
            if (score[end + st] > score[end + state]) {
                state = st;
            }
        }
        while (i > 0 || j > 0) {
            int at = (int) (rowStart[i] + j - lo[i]);
            int code = back[at * states + state];
            if (code < 0) {
                throw new IllegalStateException("No path through the alignment band at " + i + "," + j);
            }
            int k = code & 0x0F;
            if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m)) {
                touched = true;
            }
            // The beam has cut off a better path when this one needed a cell far below its row's best: only the last
            // row is completed regardless (see BEAM).
            if (best[i] - score[at * states + state] > beam) {
                doubtful = true;
            }
            int pi = i - KINDS[k][0];
            int pj = j - KINDS[k][1];
            beads.add(makeBead(e0 + pi, e0 + i, t0 + pj, t0 + j, k));
            i = pi;
            j = pj;
            state = code >> 4;
        }
        Collections.reverse(beads);
        masks = null;
        evidenceRows = null;
        return new Result(beads, touched, doubtful && beam < Double.POSITIVE_INFINITY);
    }

    /** Deviation of a link's lengths beyond which a neighbour cannot take an unlinked unit (see below). */
    static final double ABSORB_DEVIATION = 2.0;

    /**
     * Omissions and additions only with evidence. The programme leaves a unit unlinked whenever that scores a little
     * better than adding it to a neighbouring link, which happens for any short unit whose length the neighbour's
     * other side does not quite cover. Each unlinked unit is therefore given to an adjacent link (or joined with an
     * adjacent unlinked unit of the other side) when that link can take it: the merged lengths stay within
     * {@value #ABSORB_DEVIATION} standard deviations and none of the unit's numbers or names speaks against it
     * (items of the unit not found on the other side outweigh those found). It stays unlinked only when no neighbour
     * can take it; of two that can, the one whose score suffers less takes it.
     */
    List<Bead> absorbUnsupportedNulls(List<Bead> beads, int e0, int t0) {
        if (!paragraphsKnown) {
            // Units with no structure around them (presegmented sentences): nothing tells a faithful edition from a
            // news version that drops sentences, and in news a short unlinked sentence is most often really missing.
            return beads;
        }
        // Links as [e0,e1,t0,t1): an empty side keeps its position, so that merging neighbours is min/max.
        List<int[]> links = new ArrayList<>(beads.size());
        int e = e0;
        int t = t0;
        for (Bead b : beads) {
            links.add(new int[] {e, e + b.english().size(), t, t + b.target().size()});
            e += b.english().size();
            t += b.target().size();
        }
        boolean changed = false;
        for (int k = 0; k < links.size(); k++) {
            int[] x = links.get(k);
            boolean englishOnly = x[2] == x[3];
            boolean targetOnly = x[0] == x[1];
            if (englishOnly == targetOnly) {
                continue;
            }
            int best = -1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int nb = k - 1; nb <= k + 1; nb += 2) {
                if (nb < 0 || nb >= links.size()) {
                    continue;
                }
                int[] y = links.get(nb);
                int[] merged = {Math.min(x[0], y[0]), Math.max(x[1], y[1]), Math.min(x[2], y[2]), Math.max(x[3], y[3])};
                if (merged[0] == merged[1] || merged[2] == merged[3] || !canTake(merged, x, englishOnly)
                        || (trustsParagraphs() && innerStarts(merged) > innerStarts(x) + innerStarts(y))) {
                    continue;
                }
                boolean yNull = y[0] == y[1] || y[2] == y[3];
                double before = yNull ? 0 : linkScore(y[0], y[1], y[2], y[3], 0);
                double loss = before - linkScore(merged[0], merged[1], merged[2], merged[3], 0);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = nb;
                }
            }
            if (best >= 0) {
                int[] y = links.get(best);
                links.set(best, new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), Math.min(x[2], y[2]),
                        Math.max(x[3], y[3])});
                links.remove(k);
                k = Math.max(-1, Math.min(k, best) - 2); // look again at the merged link's neighbours
                changed = true;
            }
        }
        if (!changed) {
            return beads;
        }
        List<Bead> out = new ArrayList<>(links.size());
        for (int[] l : links) {
            out.add(makeBead(l[0], l[1], l[2], l[3], kindOf(l[1] - l[0], l[3] - l[2])));
        }
        return out;
    }

    /** The kind of a link of this width, or the rarest kind for a link wider than any kind. */
    static int kindOf(int englishUnits, int targetUnits) {
        for (int k = 0; k < KINDS.length; k++) {
            if (KINDS[k][0] == englishUnits && KINDS[k][1] == targetUnits) {
                return k;
            }
        }
        return 6;
    }

    /**
     * Whether paragraph starts are trusted as much as in news: a unit then does not join a neighbour across a
     * paragraph start (an editor who drops a sentence or a paragraph drops it within its paragraph), while two
     * versions paragraphed on their own may group across any of them.
     */
    /** Whether unit {@code u} of {@code side} holds a number that none of units [from,to) of {@code other} has. */
    private static boolean missingNumbers(UnitSignals side, int u, UnitSignals other, int from, int to) {
        int[][] items = side.items[u];
        int[] cls = side.itemClass[u];
        for (int k = 0; k < items.length; k++) {
            if (cls[k] != UnitSignals.NUMBER) {
                continue;
            }
            boolean found = false;
            for (int v = from; v < to && !found; v++) {
                for (int key : items[k]) {
                    if (Arrays.binarySearch(other.keys[v], key) >= 0) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return true;
            }
        }
        return false;
    }

    private boolean trustsParagraphs() {
        return useBoundaries && boundaryWeight >= 0.5 * w.boundary();
    }

    private int innerStarts(int[] link) {
        int n = 0;
        for (int u = link[0] + 1; u < link[1]; u++) {
            n += en.paragraphStart[u] ? 1 : 0;
        }
        for (int v = link[2] + 1; v < link[3]; v++) {
            n += tg.paragraphStart[v] ? 1 : 0;
        }
        return n;
    }

    /** Whether the link {@code merged} may hold the unlinked unit(s) {@code unit} (see above). */
    private boolean canTake(int[] merged, int[] unit, boolean englishUnit) {
        int le = 0;
        int lt = 0;
        for (int u = merged[0]; u < merged[1]; u++) {
            le += en.length[u];
        }
        for (int v = merged[2]; v < merged[3]; v++) {
            lt += tg.length[v];
        }
        if (lengths.deviation(le, lt) > ABSORB_DEVIATION) {
            return false;
        }
        // Numbers are found in a true counterpart 93-96% of the time: one that the other side lacks says the unit's
        // content is not there. Names are found only 55-60% of the time, too weak to keep a unit apart.
        if (englishUnit) {
            for (int u = unit[0]; u < unit[1]; u++) {
                if (missingNumbers(en, u, tg, merged[2], merged[3])) {
                    return false;
                }
            }
        } else {
            for (int v = unit[2]; v < unit[3]; v++) {
                if (missingNumbers(tg, v, en, merged[0], merged[1])) {
                    return false;
                }
            }
        }
        return true;
    }

    private Bead makeBead(int i0, int i1, int j0, int j1, int kind) {
        List<Integer> e = range(i0, i1);
        List<Integer> t = range(j0, j1);
        if (e.isEmpty() || t.isEmpty()) {
            // An omission or addition is what a reviewer should look at.
            return new Bead(e, t, 0.4, LinkStatus.REVIEW);
        }
        double llr = linkScore(i0, i1, j0, j1, kind) - nullScore(i0, i1, j0, j1);
        double confidence = 1.0 / (1.0 + Math.exp(-(llr - 6.0) / 2.0));
        if (anyForeign(en.foreign, i0, i1) || anyForeign(tg.foreign, j0, j1)) {
            confidence *= 0.25; // the text is not in the language it was given as: a link by length only
        }
        return new Bead(e, t, confidence, confidence < 0.35 ? LinkStatus.REVIEW : LinkStatus.AUTOMATIC);
    }

    private static boolean anyForeign(boolean[] foreign, int from, int to) {
        for (int x = from; x < to; x++) {
            if (foreign[x]) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int x = from; x < to; x++) {
            out.add(x);
        }
        return out;
    }
}
