package org.triptych.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.text.LanguageProfile;

/**
 * Aligns a list of English units (sentences, or paragraphs treated as units) with the units of one target version.
 *
 * <p>The score of a link combines a Gale-Church length term (ratio and variance estimated from this very input in two
 * passes), numbers, names compared as Latin consonant skeletons, glossary concepts, question, exclamation and
 * quotation marks and, when the units' paragraph starts are known, agreement of paragraph boundaries. A banded
 * dynamic programme finds the best sequence of 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 links in time linear in the length of the text.
 * Instances hold no state between calls and may be shared between threads.
 */
public final class SentenceAligner {

    /** Variance of the first pass, per character, before the input's own is known (Gale and Church found 6.8). */
    private static final double FIRST_PASS_VARIANCE = 6.0;

    /** How many links the first guess of ratio and variance is worth when re-estimating them. */
    private static final double PRIOR_WEIGHT = 20;

    /** English units the estimating first pass looks at. */
    private static final int ESTIMATION_UNITS = 1500;

    /** Aligns {@code english} with {@code target}; the links cover every unit once, in document order. */
    public List<Bead> align(List<String> english, List<String> target, Language targetLanguage, AlignOptions options) {
        return align(english, null, target, null, targetLanguage, options);
    }

    /**
     * Aligns units whose paragraph starts are known ({@code true} where a unit opens a paragraph); paragraph
     * boundaries that agree on both sides then count as evidence. Either array may be null (unknown).
     */
    public List<Bead> align(List<String> english, boolean[] englishParagraphStarts, List<String> target,
                            boolean[] targetParagraphStarts, Language targetLanguage, AlignOptions options) {
        return align(PreparedEnglish.ofUnits(english, englishParagraphStarts), target, targetParagraphStarts,
                targetLanguage, options);
    }

    /**
     * Aligns a prepared English version with one target, as {@link #align(List, boolean[], List, boolean[],
     * Language, AlignOptions)} does; the English signals are computed once for all targets aligned with it.
     */
    public List<Bead> align(PreparedEnglish english, List<String> target, boolean[] targetParagraphStarts,
                            Language targetLanguage, AlignOptions options) {
        Problem p = prepare(english, target, targetParagraphStarts, targetLanguage, options);
        return p.aligner.align(0, english.size(), 0, target.size(), options.minBand(), options.maxCells());
    }

    /**
     * Aligns again everything that lies between the links in {@code current} whose status is
     * {@link LinkStatus#CONFIRMED}; those stay exactly as they are. The confirmed links must be in document order
     * and must not overlap.
     */
    public List<Bead> realign(List<String> english, List<String> target, Language targetLanguage, List<Bead> current,
                              AlignOptions options) {
        List<Bead> fixed = new ArrayList<>();
        for (Bead b : current) {
            if (b.status() == LinkStatus.CONFIRMED) {
                fixed.add(b);
            }
        }
        Problem p = prepare(PreparedEnglish.ofUnits(english), target, null, targetLanguage, options);
        List<Bead> out = new ArrayList<>();
        int e = 0;
        int t = 0;
        for (Bead b : fixed) {
            int eStart = b.english().isEmpty() ? e : b.english().get(0);
            int tStart = b.target().isEmpty() ? t : b.target().get(0);
            checkContiguous(b, english.size(), target.size());
            if (eStart < e || tStart < t) {
                throw new IllegalArgumentException("Confirmed links overlap or are out of order at " + b);
            }
            out.addAll(p.aligner.align(e, eStart, t, tStart, options.minBand(), options.maxCells()));
            out.add(b);
            e = b.english().isEmpty() ? e : b.english().get(b.english().size() - 1) + 1;
            t = b.target().isEmpty() ? t : b.target().get(b.target().size() - 1) + 1;
        }
        out.addAll(p.aligner.align(e, english.size(), t, target.size(), options.minBand(), options.maxCells()));
        return out;
    }

    /**
     * Aligns each block [e0,e1) x [t0,t1) of {@code blocks} on its own (blocks in document order, covering both
     * texts), with ratio and variance learnt from the whole text. Returns the links of all blocks, in order.
     */
    List<Bead> alignBlocks(List<String> english, boolean[] englishParagraphStarts, List<String> target,
                           boolean[] targetParagraphStarts, Language targetLanguage, AlignOptions options,
                           List<int[]> blocks) {
        Problem p = prepare(PreparedEnglish.ofUnits(english, englishParagraphStarts), target, targetParagraphStarts,
                targetLanguage, options);
        List<Bead> out = new ArrayList<>();
        for (int[] b : blocks) {
            out.addAll(p.aligner.align(b[0], b[1], b[2], b[3], options.minBand(), options.maxCells()));
        }
        return out;
    }

    private static void checkContiguous(Bead b, int n, int m) {
        check(b.english(), n, b);
        check(b.target(), m, b);
    }

    private static void check(List<Integer> idx, int size, Bead b) {
        for (int k = 0; k < idx.size(); k++) {
            int v = idx.get(k);
            if (v < 0 || v >= size || (k > 0 && v != idx.get(k - 1) + 1)) {
                throw new IllegalArgumentException("Confirmed link " + b + " is not a run of existing units");
            }
        }
    }

    private record Problem(BandedAligner aligner) {
    }

    private Problem prepare(PreparedEnglish english, List<String> target, boolean[] tgStarts, Language targetLanguage,
                            AlignOptions options) {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(options, "options");
        boolean boundaries = english.paragraphStarts != null && tgStarts != null;
        if (tgStarts != null && tgStarts.length != target.size()) {
            throw new IllegalArgumentException("Paragraph starts must have one entry per unit");
        }
        boolean cognates = options.weights().cognate() > 0 && cognatesHelp(targetLanguage);
        UnitSignals tg = new UnitSignals(target, tgStarts, targetLanguage, english.space, options.terms(), cognates);
        UnitSignals en = english.signals(options.terms(), cognates);
        // The totals' ratio is biased when a version leaves things out, and says little about a short text: blend it
        // with what is typical of the language (a short article leans on the typical ratio).
        double totals = Math.max(0.05, (tg.totalLength() + 1.0) / (en.totalLength() + 1.0));
        double units = Math.min(english.size(), target.size());
        double ratio = (PRIOR_WEIGHT * typicalRatio(targetLanguage) + units * totals) / (PRIOR_WEIGHT + units);
        LengthModel first = new LengthModel(ratio, FIRST_PASS_VARIANCE * Math.max(1.0, ratio));
        BandedAligner aligner = new BandedAligner(en, tg, options.weights(), boundaries, first);
        if (english.size() >= 8 && target.size() >= 8) {
            // A first pass over (at most) the first stretch of the text yields enough 1-1 links to learn the ratio
            // and variance from; a long text need not be aligned twice in full for that.
            int eCut = Math.min(english.size(), ESTIMATION_UNITS);
            int tCut = eCut == english.size() ? target.size()
                    : (int) Math.min(target.size(), Math.round((double) eCut * target.size() / english.size()));
            // The first pass ignores paragraph starts, so that it can measure how far they are to be trusted.
            aligner.setBoundaryScale(0);
            List<Bead> pass = aligner.align(0, eCut, 0, tCut, options.minBand(), options.maxCells());
            aligner.setLengths(reestimate(pass, en, tg, first));
            aligner.setBoundaryScale(boundaries ? boundaryScale(pass, en, tg) : 0);
        }
        return new Problem(aligner);
    }

    /**
     * Whether shared international words are evidence for this pair. Measured on development links: a long English
     * word's skeleton was found in its Russian counterpart 23% of the time against 10% in a neighbouring sentence,
     * but in Arabic 7.5% against 5.4% (Arabic script drops short vowels, so chance matches abound). Even for
     * Russian the signal changed no development link at weights 0.5 to 0.8 and cost 40% more time, so its default
     * weight is 0 and the words are then not collected at all.
     */
    static boolean cognatesHelp(Language language) {
        return !LanguageProfile.of(language).writtenIn(Character.UnicodeScript.ARABIC);
    }

    /**
     * Typical ratio of non-space characters, target over English, in translated news (the profile's: Arabic script is
     * compact, Russian words are long; languages without a figure start from 1 and learn from the text).
     */
    static double typicalRatio(Language language) {
        return LanguageProfile.of(language).lengthRatioToEnglish();
    }

    /** How often a true link starts a paragraph on one side only, in news versions of one article (measured). */
    static final double NEWS_DISAGREEMENT = 0.06;

    /** How often a link shifted by one unit does. */
    static final double NEWS_SHIFTED_DISAGREEMENT = 0.58;

    /**
     * The disagreement rate that stands for "paragraphed as news" when weighing an input: above the dev mean (0.06),
     * because articles vary (one with two merged paragraphs in fifteen has 0.13).
     */
    static final double NEWS_DISAGREEMENT_TOLERATED = 0.10;

    /** Prior odds that a version follows the English paragraphing (news) rather than its own. */
    static final double NEWS_PRIOR_ODDS = 3;

    /**
     * How far this input's paragraph starts are evidence, as a share of the weights measured on news (1) down to none
     * (0). News versions of an article keep most of each other's paragraph breaks, so a link that starts a paragraph
     * on one side only is rare among true links (6%) and common among links shifted by one unit (58%); two editions
     * paragraphed independently break anywhere, and the two rates meet. Both rates are measured on the 1-1 links of a
     * first pass that ignored paragraph starts (true links; a neighbouring unit gives the shifted rate). The scale is
     * the posterior that the input is paragraphed like news (binomial likelihoods, prior odds
     * {@value #NEWS_PRIOR_ODDS}), plus the rest times the input's own log ratio over the news one. A short news
     * article with a few merged paragraphs keeps (nearly) full weight; a long text paragraphed on its own gets the
     * weight its own rates support, usually none.
     */
    static double boundaryScale(List<Bead> pass, UnitSignals en, UnitSignals tg) {
        double disagree = 0;
        double links = 0;
        double shiftedDisagree = 0;
        double shifted = 0;
        for (Bead b : pass) {
            if (b.english().size() != 1 || b.target().size() != 1) {
                continue;
            }
            int u = b.english().get(0);
            int v = b.target().get(0);
            if (u == 0 && v == 0) {
                continue; // both texts start a paragraph there by construction
            }
            links++;
            disagree += en.paragraphStart[u] != tg.paragraphStart[v] ? 1 : 0;
            for (int d = -1; d <= 1; d += 2) {
                if (v + d > 0 && v + d < tg.size) {
                    shifted++;
                    shiftedDisagree += en.paragraphStart[u] != tg.paragraphStart[v + d] ? 1 : 0;
                }
                if (u + d > 0 && u + d < en.size) {
                    shifted++;
                    shiftedDisagree += en.paragraphStart[u + d] != tg.paragraphStart[v] ? 1 : 0;
                }
            }
        }
        if (links == 0 || shifted == 0) {
            return 1;
        }
        double pShifted = Math.max(NEWS_DISAGREEMENT, Math.min(0.95, shiftedDisagree / shifted));
        double pTrue = Math.max(0.01, Math.min(0.95, disagree / links));
        // Log-likelihood of the observed disagreements if paragraphs follow each other as in news, and if they are
        // independent (true links then disagree as often as shifted ones).
        double news = disagree * Math.log(NEWS_DISAGREEMENT_TOLERATED)
                + (links - disagree) * Math.log(1 - NEWS_DISAGREEMENT_TOLERATED);
        double independent = disagree * Math.log(pShifted) + (links - disagree) * Math.log(1 - pShifted);
        double posteriorNews = 1 / (1 + Math.exp(independent - news) / NEWS_PRIOR_ODDS);
        // Under "independent" the weight is what this input's own rates say (often nothing at all).
        double measured = Math.max(0, Math.min(1, Math.log(pShifted / pTrue)
                / Math.log(NEWS_SHIFTED_DISAGREEMENT / NEWS_DISAGREEMENT)));
        return posteriorNews + (1 - posteriorNews) * measured;
    }

    /** Ratio and variance from the 1-1 links of a first pass (robust: the median squared deviation). */
    static LengthModel reestimate(List<Bead> beads, UnitSignals en, UnitSignals tg, LengthModel fallback) {
        long sumE = 0;
        long sumT = 0;
        List<int[]> pairs = new ArrayList<>();
        for (Bead b : beads) {
            if (b.english().size() == 1 && b.target().size() == 1) {
                int le = en.length[b.english().get(0)];
                int lt = tg.length[b.target().get(0)];
                if (le > 0 && lt > 0) {
                    sumE += le;
                    sumT += lt;
                    pairs.add(new int[] {le, lt});
                }
            }
        }
        if (pairs.size() < 6) {
            return fallback;
        }
        double ratio = (double) sumT / sumE;
        double[] dev = new double[pairs.size()];
        for (int k = 0; k < dev.length; k++) {
            double le = pairs.get(k)[0];
            double lt = pairs.get(k)[1];
            double mean = (le + lt / ratio) / 2.0;
            dev[k] = (lt - ratio * le) * (lt - ratio * le) / Math.max(mean, 1.0);
        }
        java.util.Arrays.sort(dev);
        // The median of a chi-square with one degree of freedom is 0.455.
        double variance = dev[dev.length / 2] / 0.455;
        // A short article gives few links to estimate from: lean on the first guess in proportion.
        double n = dev.length;
        variance = (PRIOR_WEIGHT * fallback.variance() + n * variance) / (PRIOR_WEIGHT + n);
        ratio = (PRIOR_WEIGHT * fallback.ratio() + n * ratio) / (PRIOR_WEIGHT + n);
        variance = Math.max(0.5, Math.min(variance, 50.0));
        return new LengthModel(ratio, variance);
    }
}
