package org.triptych.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the words terms are matched on: runs of letters, digits and combining marks (Arabic harakat and
 * tatweel stay inside their word). Hyphens and apostrophes separate words, so {@code Нью-Йорке} is two words and
 * {@code Putin's} is {@code Putin} + {@code s}; glossary terms are cut the same way, so both sides agree.
 * This is not the sentence segmenter.
 */
public final class TermTokenizer {

    private TermTokenizer() {
    }

    public static List<TermToken> tokenize(String text) {
        List<TermToken> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            out.add(new TermToken(start, i, text.substring(start, i)));
        }
        return out;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == 0x0640 /* tatweel */;
    }
}
