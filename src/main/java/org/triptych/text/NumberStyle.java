package org.triptych.text;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a version writes its numbers, read from its own text: which digits (0-9, ٠-٩ or ۰-۹), which thousands separator
 * for four-digit and for longer numbers (none, comma, dot, space, no-break space, Arabic ٬), and which decimal mark
 * (point, comma, Arabic ٫). A number suggested from the English ("1,250") is written in that style before it goes
 * into the version's text: Arabic that writes ١٢٠٥ and ٤٣٠٠ gets ١٢٥٠, not "1,250". What the text does not show
 * (no decimals in it, no long numbers) keeps the English number's own way.
 */
public final class NumberStyle {

    /** Digits, then optional groups of three after one separator, then an optional decimal part. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\d)(?:(\\d{1,3})((?:([,.'\u066C\u00A0\u202F ])\\d{3})(?:\\3\\d{3})*)(?:([.,\u066B])(\\d+))?(?!\\d)"
            + "|(\\d+)(?:([.,\u066B])(\\d+))?)");

    private final Digits digits;
    /** Separator of a four-digit number's thousands; null: the text writes them ungrouped; empty: not known. */
    private final String fourDigitGroup;
    /** Separator of longer numbers' thousands; null: ungrouped; empty: not known. */
    private final String longGroup;
    /** The decimal mark; empty: not known. */
    private final String decimal;

    private NumberStyle(Digits digits, String fourDigitGroup, String longGroup, String decimal) {
        this.digits = digits;
        this.fourDigitGroup = fourDigitGroup;
        this.longGroup = longGroup;
        this.decimal = decimal;
    }

    /** The style the texts (a version's paragraphs) write numbers in; the most used wins where they disagree. */
    public static NumberStyle of(Collection<String> texts) {
        int[] digitCounts = new int[Digits.values().length];
        java.util.Map<String, Integer> four = new java.util.HashMap<>();
        java.util.Map<String, Integer> longer = new java.util.HashMap<>();
        java.util.Map<String, Integer> decimals = new java.util.HashMap<>();
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                for (Digits d : Digits.values()) {
                    if (d.valueOf(t.charAt(i)) >= 0) {
                        digitCounts[d.ordinal()]++;
                    }
                }
            }
            Matcher m = NUMBER.matcher(ascii(t));
            while (m.find()) {
                if (m.group(6) != null) { // no thousands separator
                    int len = m.group(6).length();
                    if (len == 4) {
                        four.merge("", 1, Integer::sum);
                    } else if (len > 4 && len < 10) {
                        longer.merge("", 1, Integer::sum);
                    }
                    if (m.group(7) != null && m.group(8).length() != 3) {
                        decimals.merge(m.group(7), 1, Integer::sum);
                    }
                    continue;
                }
                if (m.group(2) != null) {
                    int groups = m.group(2).length() / 4;
                    String sep = m.group(3);
                    (groups == 1 && m.group(1).length() == 1 ? four : longer).merge(sep, 1, Integer::sum);
                }
                if (m.group(4) != null && (m.group(2) != null || m.group(5).length() != 3)) {
                    decimals.merge(m.group(4), 1, Integer::sum);
                }
            }
        }
        Digits d = Digits.WESTERN;
        for (Digits x : Digits.values()) {
            if (digitCounts[x.ordinal()] > digitCounts[d.ordinal()]) {
                d = x;
            }
        }
        return new NumberStyle(d, group(four), group(longer), most(decimals));
    }

    /** The separator used most; null when ungrouped numbers win; empty when there is no evidence. */
    private static String group(java.util.Map<String, Integer> seen) {
        String m = most(seen);
        return m.isEmpty() && seen.containsKey("") ? null : m;
    }

    private static String most(java.util.Map<String, Integer> seen) {
        return seen.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().isEmpty() ? 0 : 1)).map(java.util.Map.Entry::getKey).orElse("");
    }

    /**
     * As {@link #write(String)}, for a number that replaces {@code replaced}: written in the digits the replaced number
     * was written in (an Arabic text that mostly writes 4300 but wrote ١٢٠٥ here gets ١٢٥٠ here), the separators as
     * the version writes them.
     */
    public String writeLike(String number, String replaced) {
        for (int i = 0; replaced != null && i < replaced.length(); i++) {
            for (Digits d : Digits.values()) {
                if (d.valueOf(replaced.charAt(i)) >= 0) {
                    return new NumberStyle(d, fourDigitGroup, longGroup, decimal).write(number);
                }
            }
        }
        return write(number);
    }

    /**
     * {@code number} as it was written in English ("1,250", "4,500,000", "1.2", "18", "1.2 million") rewritten in this
     * style; words after it are kept. A text that is not an English number is returned as it is.
     */
    public String write(String number) {
        Matcher m = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?").matcher(ascii(number));
        if (!m.find()) {
            return number;
        }
        String whole = m.group(1).replace(",", "");
        String englishSep = m.group(1).contains(",") ? "," : null;
        String fraction = m.group(2);
        String sep = whole.length() == 4 ? pick(fourDigitGroup, whole.length() > 4 ? longGroup : fourDigitGroup, englishSep)
                : whole.length() > 4 ? pick(longGroup, fourDigitGroup, englishSep) : null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (sep != null && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(sep);
            }
            out.append(digit(whole.charAt(i)));
        }
        if (fraction != null) {
            out.append(decimal.isEmpty() ? (digits == Digits.ARABIC_INDIC ? "\u066B" : ".") : decimal);
            for (char c : fraction.toCharArray()) {
                out.append(digit(c));
            }
        }
        return out + number.substring(m.end());
    }

    /** The style's own choice, else what its other length shows, else the English number's way. */
    private static String pick(String own, String other, String english) {
        if (own == null || !own.isEmpty()) {
            return own;
        }
        if (other == null || !other.isEmpty()) {
            return other;
        }
        return english;
    }

    private char digit(char ascii) {
        return (char) (digits.zero() + (ascii - '0'));
    }

    /** Arabic-Indic and Persian digits read as ASCII ones, everything else kept, length unchanged. */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = -1;
            for (Digits d : Digits.values()) {
                v = Math.max(v, d.valueOf(c));
            }
            out.append(v >= 0 ? (char) ('0' + v) : c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NumberStyle[%s, 1000:%s, 1000000:%s, decimal:%s]", digits,
                fourDigitGroup == null ? "ungrouped" : "'" + fourDigitGroup + "'",
                longGroup == null ? "ungrouped" : "'" + longGroup + "'", "'" + decimal + "'");
    }
}
