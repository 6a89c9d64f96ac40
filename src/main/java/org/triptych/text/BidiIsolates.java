package org.triptych.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps right-to-left words inside left-to-right messages in their place. In "use 'هالفورسن' → هالفورسن" the quote and
 * the arrow between two Arabic words take the Arabic direction under the Unicode bidi algorithm, so the whole stretch
 * is drawn reversed and the advice reads backwards. Wrapping each embedded term in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (U+2068 … U+2069) lays the term out in its own direction as one unit, and its neighbours keep the
 * message's direction (Unicode 6.3 isolates; the JDK's {@link java.text.Bidi}, which JavaFX lays text out with,
 * honours them).
 *
 * <p>Text without any right-to-left character is never touched, so English-only messages, command-line output and
 * files keep their exact bytes.
 */
public final class BidiIsolates {

    /** FIRST STRONG ISOLATE: the isolated text takes the direction of its first strong character. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE: ends an isolate. */
    public static final char PDI = '\u2069';

    /**
     * A quoted stretch: an opening quote at the start or after a space or opening punctuation, up to the matching
     * closing quote before the end, a space or punctuation. "it's" and "Assad's" are not quotes.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<=^|[\\s(\\[:;,—–-])(['\"‘“«])([^'\"‘’“”«»\\n]+?)(['\"’”»])(?=$|[\\s)\\].,:;!?—–-])");

    private BidiIsolates() {
    }

    /** Whether any character is right-to-left (Arabic, Hebrew…), an Arabic-Indic digit or an explicit RTL control. */
    public static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** {@code term} as one isolated unit when it holds right-to-left text; left-to-right text as it is. */
    public static String isolate(String term) {
        if (term == null || term.isEmpty() || !hasRightToLeft(term) || isIsolated(term)) {
            return term;
        }
        return FSI + term + PDI;
    }

    private static boolean isIsolated(String s) {
        return s.length() >= 2 && s.charAt(0) == FSI && s.charAt(s.length() - 1) == PDI && s.indexOf(PDI) == s.length() - 1;
    }

    /**
     * A message written for a left-to-right line with its right-to-left parts isolated: a message that is itself
     * right-to-left (an Arabic LanguageTool message) becomes one isolate, read right to left with its brackets in
     * place; otherwise every quoted term holding right-to-left text is isolated inside its quotes. Messages without
     * right-to-left text come back unchanged.
     */
    public static String isolateTerms(String message) {
        if (message == null || !hasRightToLeft(message)) {
            return message;
        }
        if (isRightToLeftSentence(message)) {
            return isolate(message);
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder(message.length() + 8);
        int last = 0;
        while (m.find()) {
            String inner = m.group(2);
            if (!hasRightToLeft(inner) || inner.indexOf(FSI) >= 0) {
                continue;
            }
            out.append(message, last, m.start(2)).append(FSI).append(inner).append(PDI);
            last = m.end(2);
        }
        out.append(message, last, message.length());
        return out.toString();
    }

    /**
     * Whether the sentence itself is right-to-left: the first strong character outside its quoted terms is (an
     * English sentence opening with a quoted Arabic term is English), or, when every letter is quoted, the first.
     */
    static boolean isRightToLeftSentence(String message) {
        String outside = QUOTED.matcher(message).replaceAll(" ");
        for (int i = 0; i < outside.length(); i++) {
            byte d = Character.getDirectionality(outside.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return firstStrongIsRightToLeft(message);
    }

    /** Whether the first character with a strong direction is right-to-left (false when there is none). */
    public static boolean firstStrongIsRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text without isolate and embedding controls or direction marks: what a person would copy or search. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c >= '\u2066' && c <= '\u2069') || (c >= '\u202A' && c <= '\u202E') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C';
            if (!control) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
