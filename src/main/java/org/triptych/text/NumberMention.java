package org.triptych.text;

import java.util.Set;

/**
 * A number written in a text: its span, and the values it may stand for ({@code 2,254} is 2254 in English and may be
 * 2.254 in Russian; {@code 1.5 million} is both 1.5 and 1,500,000). A soft mention is a number word
 * ({@code five}, {@code пять}, {@code خمسة}): it may pair with a digit but is never reported itself.
 */
public record NumberMention(int start, int end, String text, Set<Double> values, boolean soft) {

    public boolean sameNumber(NumberMention other) {
        for (double v : values) {
            for (double w : other.values) {
                if (Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first reading written canonically ({@code 2254}, {@code 3.5}): what the aligner compares across versions,
     * where one exact key per number works better than every possible reading.
     */
    public String primaryKey() {
        double v = values.iterator().next();
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A whole number under ten, which writers often spell out: unpaired, it is reported only beside another mismatch. */
    public boolean isSmall() {
        return values.stream().allMatch(v -> v < 10 && v == Math.floor(v));
    }
}
