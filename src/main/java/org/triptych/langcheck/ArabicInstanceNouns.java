package org.triptych.langcheck;

import java.io.IOException;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The noun of one instance of a second-form verbal noun: تفعيل (the act) + ة = تفعيلة (one act of it): تمرير,
 * passing, and تمريرة, a pass; تغريد and تغريدة, a tweet; تسديد and تسديدة, a shot. A productive pattern of Arabic
 * morphology, much used in sports and social-media news, whose forms Hunspell's dictionary mostly lacks while it has
 * the verbal noun. Only this pattern: ة after any known word would pass a slip such as المنقطة (منطقة with two letters
 * swapped, المنقط being a word too), which costs typo recall (measured: 4 to 8 points).
 */
final class ArabicInstanceNouns {

    /** Letters that are not the pattern's consonants (long vowels, hamza forms, ta marbuta). */
    private static final String NOT_ROOT_LETTERS = "اويىءأإآؤئة";

    private ArabicInstanceNouns() {
    }

    /**
     * Whether {@code word} (one word as written, proclitics and article allowed: لتغريدة, التسديدة) is of the pattern
     * تفعيلة and the speller knows its verbal noun تفعيل.
     */
    static boolean isInstanceNoun(String word, SpellingCheckRule speller) {
        for (String reading : ArabicProclitics.readings(word.strip())) {
            if (hasPattern(reading)) {
                try {
                    if (!speller.isMisspelled(reading.substring(0, reading.length() - 1))) {
                        return true;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** ت, two root letters, ي, a root letter, ة. */
    static boolean hasPattern(String w) {
        return w.length() == 6 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي' && w.charAt(5) == 'ة'
                && isRootLetter(w.charAt(1)) && isRootLetter(w.charAt(2)) && isRootLetter(w.charAt(4));
    }

    private static boolean isRootLetter(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)
                && NOT_ROOT_LETTERS.indexOf(c) < 0;
    }
}
