package org.triptych.langcheck;

/** Whether two words are at most one edit apart: one letter inserted, deleted, replaced, or two neighbours swapped. */
final class EditDistance {

    private EditDistance() {
    }

    static boolean atMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            // replaced letter, or swapped neighbours
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        return b.regionMatches(i + 1, a, i, la - i);
    }

    /** Whether {@code b} is {@code a} with two different neighbouring letters swapped, and nothing else changed. */
    static boolean isTransposition(String a, String b) {
        int n = a.length();
        if (n != b.length()) {
            return false;
        }
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < n && a.charAt(i) != a.charAt(i + 1) && a.charAt(i) == b.charAt(i + 1)
                && a.charAt(i + 1) == b.charAt(i) && a.regionMatches(i + 2, b, i + 2, n - i - 2);
    }
}
