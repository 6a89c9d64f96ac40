package org.triptych.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted links against gold links, summed over documents (micro average), in the
 * convention of the vecalign/bertalign evaluation scripts:
 * <ul>
 *   <li>strict: a link counts only if a link on the other side is exactly equal (omissions included);</li>
 *   <li>lax: a link also counts if some (English, target) unit pair it links is linked by the other side.</li>
 * </ul>
 * Precision counts predicted links against gold, recall gold links against the prediction. Links empty on both
 * sides are ignored. Links are given as {@code [english indices, target indices]}.
 */
public final class AlignmentScore {

    private long strictP;
    private long laxP;
    private long predicted;
    private long strictR;
    private long laxR;
    private long gold;

    /** Adds one document's links. */
    public void add(List<List<List<Integer>>> goldLinks, List<List<List<Integer>>> predictedLinks) {
        List<Link> g = normalise(goldLinks);
        List<Link> p = normalise(predictedLinks);
        long[] a = matches(g, p);
        long[] b = matches(p, g);
        strictP += a[0];
        laxP += a[1];
        predicted += p.size();
        strictR += b[0];
        laxR += b[1];
        gold += g.size();
    }

    private record Link(List<Integer> english, List<Integer> target) {
    }

    private static List<Link> normalise(List<List<List<Integer>>> links) {
        List<Link> out = new ArrayList<>();
        for (List<List<Integer>> l : links) {
            List<Integer> e = new ArrayList<>(l.get(0));
            List<Integer> t = new ArrayList<>(l.get(1));
            e.sort(null);
            t.sort(null);
            if (!e.isEmpty() || !t.isEmpty()) {
                out.add(new Link(e, t));
            }
        }
        return out;
    }

    /** (strict hits, lax hits) of {@code hyp} links with respect to {@code ref}. */
    private static long[] matches(List<Link> ref, List<Link> hyp) {
        Set<Link> refSet = new HashSet<>(ref);
        Map<Integer, Set<Integer>> reach = new HashMap<>();
        for (Link l : ref) {
            for (int e : l.english()) {
                reach.computeIfAbsent(e, k -> new HashSet<>()).addAll(l.target());
            }
        }
        long strict = 0;
        long lax = 0;
        for (Link l : hyp) {
            if (refSet.contains(l)) {
                strict++;
                lax++;
                continue;
            }
            boolean hit = false;
            for (int e : l.english()) {
                Set<Integer> r = reach.get(e);
                if (r != null) {
                    for (int t : l.target()) {
                        if (r.contains(t)) {
                            hit = true;
                            break;
                        }
                    }
                }
                if (hit) {
                    break;
                }
            }
            if (hit) {
                lax++;
            }
        }
        return new long[] {strict, lax};
    }

    public long goldLinks() {
        return gold;
    }

    public long predictedLinks() {
        return predicted;
    }

    public double strictPrecision() {
        return ratio(strictP, predicted);
    }

    public double strictRecall() {
        return ratio(strictR, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxPrecision() {
        return ratio(laxP, predicted);
    }

    public double laxRecall() {
        return ratio(laxR, gold);
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
