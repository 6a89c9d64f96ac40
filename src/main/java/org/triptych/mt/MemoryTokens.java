package org.triptych.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and numbers of a text as the memory compares them: letters (with their combining marks, so Arabic
 * harakat stay inside a word) and digits of any script, lower-cased; a number is one token with its inner
 * separators ({@code 2,254}, {@code 3.5}); punctuation and spaces separate tokens and are not compared.
 */
final class MemoryTokens {

    /** A token and where it stands in the text. */
    record Token(String text, boolean number, int start, int end) {
    }

    private MemoryTokens() {
    }

    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isDigit(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (Character.isDigit(c)) {
                        i += Character.charCount(c);
                    } else if ((c == ',' || c == '.' || c == '٬' || c == '٫') && i + 1 < n && Character.isDigit(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(s.substring(start, i), true, start, i));
            } else if (Character.isLetter(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < n) {
                    int c = s.codePointAt(i);
                    int type = Character.getType(c);
                    if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                        i += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                out.add(new Token(s.substring(start, i).toLowerCase(Locale.ROOT), false, start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** The value of a number token written in any digit script, without separators, for comparing numbers. */
    static String digits(String number) {
        StringBuilder b = new StringBuilder(number.length());
        number.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append(c == '٫' ? '.' : c == '٬' ? ',' : (char) c);
            }
        });
        return b.toString();
    }
}
