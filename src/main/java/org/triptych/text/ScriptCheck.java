package org.triptych.text;

import java.util.List;
import org.triptych.model.Language;

/**
 * Whether a text is written in the script of its language (the profile's): a version loaded under the wrong
 * language, or a paragraph pasted in another one, shows up here. Every caller counts the same way (letters by their
 * Unicode script, one per code point, letters common to all scripts left out); only how much foreign text a caller
 * tolerates differs, and each threshold is named here with its reason.
 */
public final class ScriptCheck {

    /** Fewer letters than this say nothing about the script (a heading, a number, a name). */
    public static final int MIN_LETTERS = 12;

    /**
     * Under half of the letters in the language's script: the text is mostly in another language. The aligner then
     * trusts links to such a unit by length only, and the command line warns about such a file; a false alarm costs
     * little there, as nothing is dropped.
     */
    public static final double MOSTLY_FOREIGN = 0.5;

    /**
     * Under a fifth: nearly all of the text is in another script. The language checks skip such a paragraph with one
     * note instead of a misspelling per word. The bar is lower than {@link #MOSTLY_FOREIGN} because skipping loses
     * every finding of the paragraph: a Russian paragraph that quotes English names and titles at length is still
     * Russian to be checked.
     */
    public static final double NEARLY_ALL_FOREIGN = 0.2;

    private ScriptCheck() {
    }

    /**
     * The share of the letters of {@code text} that belong to the script of {@code language}, or NaN when its
     * profile names no script or the text has fewer than {@link #MIN_LETTERS} letters.
     */
    public static double expectedScriptShare(CharSequence text, Language language) {
        Character.UnicodeScript script = LanguageProfile.of(language).script().orElse(null);
        if (script == null) {
            return Double.NaN;
        }
        int[] counts = letterCounts(text, text.length(), List.of(script));
        int letters = counts[1];
        return letters < MIN_LETTERS ? Double.NaN : (double) counts[0] / letters;
    }

    /**
     * Whether less than {@code threshold} ({@link #MOSTLY_FOREIGN} or {@link #NEARLY_ALL_FOREIGN}) of the text's
     * letters are in its language's script; false when that cannot be told (see {@link #expectedScriptShare}).
     */
    public static boolean isForeign(CharSequence text, Language language, double threshold) {
        double share = expectedScriptShare(text, language);
        return !Double.isNaN(share) && share < threshold;
    }

    /** Whether {@code text} has a letter of its language's script; true when the profile names no script. */
    public static boolean hasLetterIn(CharSequence text, Language language) {
        Character.UnicodeScript script = LanguageProfile.of(language).script().orElse(null);
        if (script == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp) && scriptOf(cp) == script) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The letters among the first {@code limit} chars of {@code text} in each of {@code scripts} (in that order),
     * then the count of all letters.
     */
    static int[] letterCounts(CharSequence text, int limit, List<Character.UnicodeScript> scripts) {
        int[] counts = new int[scripts.size() + 1];
        int end = Math.min(limit, text.length());
        for (int i = 0; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = scriptOf(cp);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue; // a letter of no one script (Arabic tatweel, modifier letters, µ) tells nothing
            }
            counts[scripts.size()]++;
            int k = scripts.indexOf(script);
            if (k >= 0) {
                counts[k]++;
            }
        }
        return counts;
    }

    private static Character.UnicodeScript scriptOf(int cp) {
        // ASCII letters are Latin; skipping the table search there keeps English text cheap.
        return cp < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp);
    }
}
