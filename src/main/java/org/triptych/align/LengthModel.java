package org.triptych.align;

/**
 * Gale-Church length model: the target length of a correct link is about {@code ratio} times the English length,
 * with a variance that grows with the length. Both parameters are estimated from the input being aligned (first from
 * the totals, then from the confident 1-1 links of a first pass), so no language pair needs a table.
 */
record LengthModel(double ratio, double variance) {

    /** Log of the two-sided tail probability of the standardised length difference. */
    double score(int englishLength, int targetLength) {
        double x = deviation(englishLength, targetLength);
        if (x >= TABLE_END) {
            return mixture(x);
        }
        double pos = x / TABLE_STEP;
        int k = (int) pos;
        double f = pos - k;
        return TABLE[k] * (1 - f) + TABLE[k + 1] * f;
    }

    /** How many standard deviations the target length lies from what the English length predicts (absolute). */
    double deviation(int englishLength, int targetLength) {
        double le = englishLength;
        double lt = targetLength;
        double mean = (le + lt / ratio) / 2.0;
        return Math.abs(lt - ratio * le) / Math.sqrt(variance * Math.max(mean, 1.0));
    }

    // The score is a smooth function of |delta| alone, and the aligner asks for it millions of times: tabulate it.
    private static final double TABLE_STEP = 0.002;
    private static final double TABLE_END = 40.0;
    private static final double[] TABLE = new double[(int) (TABLE_END / TABLE_STEP) + 2];

    static {
        for (int k = 0; k < TABLE.length; k++) {
            TABLE[k] = mixture(k * TABLE_STEP);
        }
    }

    /** Translators' length ratios have heavier tails than a normal law: mix in a three times wider one. */
    static double mixture(double x) {
        double a = Math.log(1 - WIDE) + logTwoSidedTail(x);
        double b = Math.log(WIDE) + logTwoSidedTail(x / 3);
        double hi = Math.max(a, b);
        return hi + Math.log(Math.exp(a - hi) + Math.exp(b - hi));
    }

    /** Share of the wide component in the length law. */
    static final double WIDE = 0.15;

    /** log(2 * (1 - Phi(x))) for x >= 0, accurate enough for ranking and never -infinity. */
    static double logTwoSidedTail(double x) {
        if (x < 5) {
            return Math.log(Math.max(erfc(x / Math.sqrt(2)), 1e-300));
        }
        // Asymptotic expansion of the normal tail.
        return -x * x / 2 - Math.log(x) + Math.log(Math.sqrt(2 / Math.PI));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error under 1.2e-7). */
    static double erfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * Math.abs(z));
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? ans : 2.0 - ans;
    }
}
