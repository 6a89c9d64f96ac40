package org.triptych.text;

/**
 * The spelling differences a search looks through, character by character, with the way back to the original
 * offsets (a match in the folded text is a span of the original). Always: Russian ё/Ё is е/Е, as Russian news text
 * writes either. Arabic-aware, when asked: harakat, the superscript alef and tatweel are ignored, the alef forms
 * (أ إ آ ٱ) are alef, the hamza seats (ؤ ئ) are their bare letters, alef maqsura is ya and ta marbuta is ha. Case is
 * left to the search (a regular expression flag), so the folded text keeps one character per character it keeps.
 *
 * <p>The folds are of characters, not languages: ё is Cyrillic and harakat are Arabic wherever they occur, so one
 * folding serves a search across every column.
 */
public final class SearchFolding {

    /** A folded text and, per folded character, where it came from in the original. */
    public static final class Folded {
        private final String original;
        private final String text;
        private final int[] origin;

        private Folded(String original, String text, int[] origin) {
            this.original = original;
            this.text = text;
            this.origin = origin;
        }

        /** The folded text, which a search runs over. */
        public String text() {
            return text;
        }

        /** The original offset where folded character {@code i} starts (the original length at the end). */
        public int start(int i) {
            return i >= origin.length ? original.length() : origin[i];
        }

        /**
         * The original end of a match that ends before folded offset {@code end}: just after the last matched
         * character, with the marks that followed it in the original (a vowel sign belongs to its letter).
         */
        public int end(int end) {
            if (end <= 0) {
                return 0;
            }
            int e = origin[end - 1] + 1;
            int next = end < origin.length ? origin[end] : original.length();
            while (e < next && dropped(original.charAt(e), true)) {
                e++;
            }
            return e;
        }
    }

    private SearchFolding() {
    }

    /** {@code s} folded; {@code arabicAware} adds the Arabic folds to ё/е. */
    public static Folded fold(String s, boolean arabicAware) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (dropped(c, arabicAware)) {
                continue;
            }
            out.append(fold(c, arabicAware));
            origin[n++] = i;
        }
        return new Folded(s, out.toString(), java.util.Arrays.copyOf(origin, n));
    }

    /** A search term folded the same way (no offsets needed). */
    public static String foldTerm(String s, boolean arabicAware) {
        return fold(s, arabicAware).text();
    }

    private static boolean dropped(char c, boolean arabicAware) {
        return arabicAware && (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED'));
    }

    private static char fold(char c, boolean arabicAware) {
        switch (c) {
            case 'ё':
                return 'е';
            case 'Ё':
                return 'Е';
            default:
                break;
        }
        if (!arabicAware) {
            return c;
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ', 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> c;
        };
    }
}
