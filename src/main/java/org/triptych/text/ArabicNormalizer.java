package org.triptych.text;

/**
 * Folds the spelling variation Arabic news text shows for the same word: alef forms (أ إ آ ٱ → ا), alef maqsura
 * (ى → ي), ta marbuta (ة → ه), harakat and other diacritics removed, tatweel removed, Persian/Urdu look-alike letters
 * (ک ی) folded. Used on both glossary terms and running text, so it only has to be consistent, not reversible.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), sb);
        }
        return sb.toString();
    }

    /** One character normalised onto {@code sb}: nothing (a mark, tatweel), its folded letter, or itself. */
    static void append(char c, StringBuilder sb) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
            case 'ى', 'ی' -> sb.append('ي');
            case 'ة' -> sb.append('ه');
            case 'ک' -> sb.append('ك');
            case '\u0640' -> { } // tatweel
            default -> {
                if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')) {
                    return; // harakat, superscript alef, Quranic marks
                }
                sb.append(c);
            }
        }
    }

    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
