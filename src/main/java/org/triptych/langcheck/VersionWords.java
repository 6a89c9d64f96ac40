package org.triptych.langcheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each word is written in one version (compared case-folded and normalised as the glossary stage does), to tell a typo inside a name from the name: the typo is two
 * neighbouring letters swapped in a word the version writes elsewhere as often or more (Хмэмел once, Хэммел three
 * times). A typo in a name written only once cannot be told this way.
 */
final class VersionWords {

    static final VersionWords NONE = new VersionWords(Map.of());

    private final Map<String, Integer> counts;

    private VersionWords(Map<String, Integer> counts) {
        this.counts = counts;
    }

    static VersionWords of(List<String> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (String p : paragraphs) {
            for (String w : AcceptedTerms.tokens(p == null ? "" : p)) {
                if (w.length() >= 4) {
                    counts.merge(AcceptedTerms.normalise(w), 1, Integer::sum);
                }
            }
        }
        return new VersionWords(counts);
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
