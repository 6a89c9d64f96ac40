package org.triptych.langcheck;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The letters Arabic writes onto the front of a word: a conjunction (و, ف), then a preposition (ب, ك, ل), then the
 * article (ال; after ل written لل). The same word with and without them is one spelling of one word (جوجل, وجوجل,
 * بجوجل), which is all the language checks need to know; the terminology engine has its own, richer reading.
 */
final class ArabicProclitics {

    /** Letters that must remain after the prefixes are taken off: shorter remains are whole short words. */
    private static final int MIN_STEM = 3;

    private ArabicProclitics() {
    }

    /**
     * The word as written and without each sequence of proclitics it may carry (a word that starts with one of those
     * letters may also simply start so: كرونيدا is read both as itself and as ك + رونيدا). Not Arabic: the word only.
     */
    static Set<String> readings(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.isEmpty() || Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
            return out;
        }
        Set<String> afterConjunction = new LinkedHashSet<>(out);
        if ((word.charAt(0) == 'و' || word.charAt(0) == 'ف') && word.length() - 1 >= MIN_STEM) {
            afterConjunction.add(word.substring(1));
        }
        for (String w : afterConjunction) {
            out.add(w);
            if (w.startsWith("لل") && w.length() - 2 >= MIN_STEM) {
                out.add(w.substring(2)); // ل + ال, the alef dropped
            }
            String p = w;
            if ((w.charAt(0) == 'ب' || w.charAt(0) == 'ك' || w.charAt(0) == 'ل') && w.length() - 1 >= MIN_STEM) {
                p = w.substring(1);
                out.add(p);
            }
            for (String q : new String[] {w, p}) {
                if (q.startsWith("ال") && q.length() - 2 >= MIN_STEM) {
                    out.add(q.substring(2));
                }
            }
        }
        return out;
    }
}
