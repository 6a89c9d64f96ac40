package org.triptych.langcheck;

import java.util.Arrays;

/**
 * A paragraph with its invisible format characters removed (zero-width joiners and non-joiners, bidi marks,
 * embeddings and isolates, soft hyphens, BOM), plus the map from each kept character back to the original text.
 * LanguageTool treats such a character as part of a word and flags the word; checking the visible text and mapping
 * spans back keeps findings on the characters the person sees.
 */
final class VisibleText {

    private final String original;
    private final String text;
    /** {@code origin[i]} is the index in the original text of character {@code i} of {@link #text}. */
    private final int[] origin;

    private VisibleText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static VisibleText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length()];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            sb.append(c);
            map[n++] = i;
        }
        if (n == original.length()) {
            return new VisibleText(original, original, null);
        }
        return new VisibleText(original, sb.toString(), Arrays.copyOf(map, n));
    }

    /** Format characters (Unicode category Cf) other than the Arabic/Syriac number signs, which carry meaning. */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT && !(c >= '\u0600' && c <= '\u0605') && c != '\u070F';
    }

    String text() {
        return text;
    }

    /** Start offset in the original text of the visible span starting at {@code visibleStart}. */
    int originalStart(int visibleStart) {
        if (origin == null) {
            return visibleStart;
        }
        if (visibleStart >= origin.length) {
            return original.length();
        }
        return origin[visibleStart];
    }

    /** End offset (exclusive) in the original text of the visible span ending at {@code visibleEnd} (exclusive). */
    int originalEnd(int visibleEnd) {
        if (origin == null) {
            return visibleEnd;
        }
        if (visibleEnd <= 0) {
            return origin.length == 0 ? 0 : origin[0];
        }
        return origin[Math.min(visibleEnd, origin.length) - 1] + 1;
    }
}
