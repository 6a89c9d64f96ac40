package org.triptych.align;

import org.triptych.model.Language;

/**
 * Whether a text is written in the script its language uses (Latin for English, Arabic for Arabic, Cyrillic for
 * Russian): a version loaded under the wrong language shows up here before anyone reads the links.
 */
public final class ScriptCheck {

    /** Fewer letters than this say nothing about the script (a heading, a number, a name). */
    private static final int MIN_LETTERS = 12;

    private ScriptCheck() {
    }

    /**
     * The share of the letters of {@code text} that belong to the script of {@code language}, or NaN when the
     * language's script is not known here or the text has too few letters to tell.
     */
    public static double expectedScriptShare(CharSequence text, Language language) {
        String code = language.code();
        if (!code.equals("en") && !code.equals("ar") && !code.equals("ru")) {
            return Double.NaN;
        }
        // The script is chosen once, not per letter: this runs over every unit of every version.
        int script = code.equals("en") ? 0 : code.equals("ar") ? 1 : 2;
        int letters = 0;
        int expected = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            boolean ok = switch (script) {
                case 0 -> NameSkeleton.isLatin(c);
                case 1 -> NameSkeleton.isArabic(c) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFEFF);
                default -> NameSkeleton.isCyrillic(c);
            };
            if (ok) {
                expected++;
            }
        }
        return letters < MIN_LETTERS ? Double.NaN : (double) expected / letters;
    }

    /** True when the text clearly is not in its language's script (under half of its letters are). */
    public static boolean looksForeign(CharSequence text, Language language) {
        double share = expectedScriptShare(text, language);
        return !Double.isNaN(share) && share < 0.5;
    }
}
