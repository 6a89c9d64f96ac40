package org.triptych.text;

import java.util.Locale;
import java.util.Map;

/**
 * The Arabic letters a foreign name's first sound is written with, by the English letter it starts with (Hugh: ه,
 * Joe: ج, Elin: إ). A given name of few consonants (Hugh, Joe, Roy) has too thin a skeleton to pair by; its first
 * letter still tells a name from a common word standing in its place (هما is not Roy).
 */
public final class ArabicNameInitials {

    private static final String VOWEL_SEATS = "اأإآيوعى";

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('a', VOWEL_SEATS), Map.entry('e', VOWEL_SEATS), Map.entry('i', VOWEL_SEATS),
            Map.entry('o', VOWEL_SEATS), Map.entry('u', VOWEL_SEATS), Map.entry('y', "يإاأج"),
            Map.entry('b', "ب"), Map.entry('c', "كسقتش"), Map.entry('d', "دض"), Map.entry('f', "ف"),
            Map.entry('g', "جغقك"), Map.entry('h', "هحخ"), Map.entry('j', "جيه"), Map.entry('k', "كقخ"),
            Map.entry('l', "ل"), Map.entry('m', "م"), Map.entry('n', "ن"), Map.entry('p', "ب"),
            Map.entry('q', "كقت"), Map.entry('r', "ر"), Map.entry('s', "سصشز"), Map.entry('t', "تطث"),
            Map.entry('v', "فڤ"), Map.entry('w', "و"), Map.entry('x', "إكزشس"), Map.entry('z', "زسجت"));

    /** One-letter proclitics that may stand before a name (وهيو: and Hugh). */
    private static final String PROCLITICS = "وفبل";

    private ArabicNameInitials() {
    }

    /** Whether {@code arabic} can begin as the English name {@code english} does, a one-letter proclitic allowed. */
    public static boolean mayBegin(String english, String arabic) {
        if (english.isEmpty() || arabic.isEmpty()) {
            return false;
        }
        String letters = LETTERS.get(english.toLowerCase(Locale.ROOT).charAt(0));
        if (letters == null) {
            return false;
        }
        if (letters.indexOf(arabic.charAt(0)) >= 0) {
            return true;
        }
        return arabic.length() > 2 && PROCLITICS.indexOf(arabic.charAt(0)) >= 0 && letters.indexOf(arabic.charAt(1)) >= 0;
    }
}
