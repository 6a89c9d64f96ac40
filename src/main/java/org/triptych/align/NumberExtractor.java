package org.triptych.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers written in digits in a text and writes each one in a single canonical form, so that the same
 * quantity matches across scripts and conventions: Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII, a
 * thousands separator (",", ".", "٬", apostrophe, plain, no-break or thin space) between groups of three digits is
 * dropped ("2,254", "2 254", "2.254" and "٢٬٢٥٤" are all {@code 2254}), and a decimal separator ("." "," "٫")
 * followed by other than three digits becomes "." ("3,5" and "3.5" are {@code 3.5}).
 */
public final class NumberExtractor {

    private NumberExtractor() {
    }

    /** The ASCII value of a digit in any of the three digit sets, or -1. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == '\u066C' || c == '\'' || c == '\u2019' || c == ' ' || c == '\u00A0'
                || c == '\u202F' || c == '\u2009';
    }

    private static boolean isDecimalSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B';
    }

    /** The numbers in {@code text}, canonical, in order of appearance. */
    public static List<String> extract(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (digitValue(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            boolean decimal = false;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                int d = digitValue(c);
                if (d >= 0) {
                    value.append((char) ('0' + d));
                    j++;
                    continue;
                }
                // A separator counts only between digits.
                if (j + 1 < n && digitValue(text.charAt(j + 1)) >= 0) {
                    int run = 0;
                    while (j + 1 + run < n && digitValue(text.charAt(j + 1 + run)) >= 0) {
                        run++;
                    }
                    if (!decimal && run == 3 && isGroupSeparator(c) && groupedSoFar(value)) {
                        j++; // thousands separator: drop it
                        continue;
                    }
                    if (!decimal && isDecimalSeparator(c) && run != 3) {
                        value.append('.');
                        decimal = true;
                        j++;
                        continue;
                    }
                }
                break;
            }
            out.add(stripLeadingZeros(value.toString()));
            i = j;
        }
        return out;
    }

    /** A thousands group may follow one to three leading digits or earlier whole groups. */
    private static boolean groupedSoFar(StringBuilder value) {
        return value.length() >= 1 && value.indexOf(".") < 0;
    }

    private static String stripLeadingZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0' && s.charAt(k + 1) != '.') {
            k++;
        }
        return s.substring(k);
    }
}
