package org.triptych.langcheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each word is written in one version (compared case-folded and normalised as the glossary stage does), to tell a typo inside a name from the name: the typo is two
 * neighbouring letters swapped in a word the version writes elsewhere as often or more (Хмэмел once, Хэммел three
 * times). A typo in a name written only once cannot be told this way. Also whether a word is written the same way more
 * than once ({@link #writtenAgain}): a slip of the fingers does not repeat itself letter for letter.
 */
final class VersionWords {

    static final VersionWords NONE = new VersionWords(Map.of(), Map.of(), Map.of());

    private final Map<String, Integer> counts;
    /** Every word (any length) as written ({@link #spellingKeys}, first): how often the version writes it. */
    private final Map<String, Integer> spellings;
    /** How many words of the version have each reading ({@link #spellingKeys}, all). */
    private final Map<String, Integer> readings;

    private VersionWords(Map<String, Integer> counts, Map<String, Integer> spellings, Map<String, Integer> readings) {
        this.counts = counts;
        this.spellings = spellings;
        this.readings = readings;
    }

    static VersionWords of(List<String> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> spellings = new HashMap<>();
        Map<String, Integer> readings = new HashMap<>();
        for (String p : paragraphs) {
            for (String w : AcceptedTerms.tokens(p == null ? "" : p)) {
                if (w.length() >= 4) {
                    counts.merge(AcceptedTerms.normalise(w), 1, Integer::sum);
                }
                java.util.Set<String> keys = spellingKeys(w);
                for (String key : keys) {
                    readings.merge(key, 1, Integer::sum);
                }
                spellings.merge(keys.iterator().next(), 1, Integer::sum);
            }
        }
        return new VersionWords(counts, spellings, readings);
    }

    /**
     * Whether the version writes {@code word} more than once, letter for letter (case aside; an Arabic word also with
     * or without its one-letter proclitics and article, so جوجل and وجوجل are one spelling). Injected or accidental
     * typos are single slips; a spelling that recurs is the writer's choice (a name, a term the dictionary lacks).
     * Exactly the letters: hamza seats, alef maqsura and ta marbuta are not folded here, so a spelling convention
     * the writer repeats (الذى, فى) is still told apart by the caller.
     */
    boolean writtenAgain(String word) {
        java.util.Iterator<String> keys = spellingKeys(word).iterator();
        String asWritten = keys.next();
        // the word itself and the words that read as it with proclitics (جوجل: جوجل, وجوجل), then the words it reads
        // as without its own (وجوجل: جوجل)
        int n = readings.getOrDefault(asWritten, 0);
        while (keys.hasNext() && n < 2) {
            n += spellings.getOrDefault(keys.next(), 0);
        }
        return n >= 2;
    }

    /**
     * Whether the version writes, somewhere, the word with two different neighbouring letters swapped (with or
     * without Arabic proclitics on either): the word is then most likely a slip on that word (تسنوامي beside
     * تسونامي), whatever else the speller makes of it.
     */
    boolean writesASwapOf(String word) {
        for (String key : spellingKeys(word)) {
            char[] c = key.toCharArray();
            for (int i = 0; i + 1 < c.length; i++) {
                if (c[i] == c[i + 1]) {
                    continue;
                }
                swap(c, i);
                boolean written = readings.containsKey(new String(c));
                swap(c, i);
                if (written) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word case-folded, invisible characters and harakat removed, as written and (Arabic) without each of its
     * possible proclitics ({@link ArabicProclitics#readings}): كرونيدا and بكرونيدا share كرونيدا.
     */
    static java.util.Set<String> spellingKeys(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || VisibleText.isInvisible(c)) {
                continue;
            }
            sb.append(c == '\u2019' ? '\'' : c);
        }
        return ArabicProclitics.readings(sb.toString().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The word of this version that {@code word} is with two different neighbouring letters swapped, written at least
     * as often as {@code word}; null if none.
     */
    String transposedFrom(String word) {
        if (counts.isEmpty() || word.length() < 4) {
            return null;
        }
        String key = AcceptedTerms.normalise(word);
        int own = counts.getOrDefault(key, 1);
        char[] c = key.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            swap(c, i);
            String other = new String(c);
            swap(c, i);
            Integer n = counts.get(other);
            if (n != null && n >= own) {
                return spelled(word, other);
            }
        }
        return null;
    }

    /** The other word in the case the flagged word was written in (normalised forms are lower case). */
    private static String spelled(String like, String other) {
        if (!like.isEmpty() && Character.isUpperCase(like.charAt(0)) && !other.isEmpty()) {
            return Character.toUpperCase(other.charAt(0)) + other.substring(1);
        }
        return other;
    }

    private static void swap(char[] c, int i) {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
    }
}
