package org.triptych.text;

import java.util.Set;

/**
 * A number written in a text: its span, and the values it may stand for ({@code 2,254} is 2254 in English and may be
 * 2.254 in Russian; {@code 1.5 million} is both 1.5 and 1,500,000). A soft mention is a number word
 * ({@code five}, {@code пять}, {@code خمسة}): it may pair with a digit but is never reported itself.
 *
 * <p>Besides plain values a mention may carry readings that are not quantities, each in a range of its own so they
 * never meet a plain number: a time of day ({@link #time}), a decade ({@link #decade}: the 1930s, 30-е годы,
 * ثلاثينيات) and a century ({@link #century}: the 21st century, XXI век, القرن الحادي والعشرين).
 *
 * @param unit the unit of measure written after the number (miles, км/ч), or null
 */
public record NumberMention(int start, int end, String text, Set<Double> values, boolean soft, MeasureUnit unit) {

    private static final double TIME_BASE = 100_000;
    private static final double DECADE_BASE = -200_000;
    private static final double CENTURY_BASE = -300_000;

    public NumberMention {
        values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
    }

    public NumberMention(int start, int end, String text, Set<Double> values, boolean soft) {
        this(start, end, text, values, soft, null);
    }

    /** The reading of a time of day, {@code minutes} after midnight. */
    public static double time(int minutes) {
        return TIME_BASE + minutes;
    }

    /** The reading of the decade starting with {@code year} (1930 for the 1930s). */
    public static double decade(int year) {
        return DECADE_BASE - year;
    }

    /** The reading of the {@code n}th century. */
    public static double century(int n) {
        return CENTURY_BASE - n;
    }

    /** Whether a value is a quantity (not a time, decade or century reading). */
    public static boolean isQuantity(double v) {
        return v >= 0 && !(v >= TIME_BASE && v < TIME_BASE + 24 * 60);
    }

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

    /**
     * A whole number under ten, which writers often spell out: unpaired, it is reported only beside another mismatch.
     * A measurement of small whole numbers (6-foot-6, written "two-metre" in Russian) counts as small too.
     */
    public boolean isSmall() {
        if (values.stream().allMatch(v -> v >= 0 && v < 10 && v == Math.floor(v))) {
            return true;
        }
        return unit != null && singleDigitParts(text);
    }

    /** Two or more numbers of one digit each, with words between them (not 2.5): "6-foot-6", "6 feet 6". */
    private static boolean singleDigitParts(String s) {
        int parts = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                boolean alone = (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))
                        && (i == 0 || !Character.isDigit(s.charAt(i - 1)));
                boolean decimal = i + 2 < s.length() && ".,\u066B".indexOf(s.charAt(i + 1)) >= 0
                        && Character.isDigit(s.charAt(i + 2));
                if (!alone || decimal) {
                    return false;
                }
                parts++;
            }
        }
        return parts >= 2;
    }

    /** This mention with another unit (a range's first number takes the unit written after the second). */
    NumberMention withUnit(MeasureUnit u) {
        return new NumberMention(start, end, text, values, soft, u);
    }
}
