package org.triptych.align;

import java.util.List;
import java.util.Optional;
import org.triptych.model.Language;

/**
 * Finds a name's counterpart in an aligned text in another script by the names' consonant skeletons
 * ({@link NameSkeleton}): "هالفورسن" in an Arabic cell meets "Halvorsen" in the English cell and "Халворсена" in the
 * Russian one. The workbench uses it to fill the concept dialog when a flagged name is added to the glossary.
 */
public final class NameCounterparts {

    private NameCounterparts() {
    }

    /**
     * The word of {@code text} (in {@code language}) that names what {@code name} (in {@code nameLanguage}) names, as
     * written there; empty when no word of the text has a matching skeleton. Of several, the one closest to the name's
     * own skeleton (an equal skeleton before one that differs in a class), then the first.
     */
    public static Optional<String> in(String name, Language nameLanguage, String text, Language language) {
        List<List<String>> wanted = NameSkeleton.nameVariants(name, nameLanguage);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<String> own = wanted.get(wanted.size() - 1); // a two-word name is known by its last word (the surname)
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK
                    || text.charAt(j) == '\u0640')) {
                j++;
            }
            String word = text.substring(i, j);
            int from = i;
            i = j;
            for (List<String> theirs : NameSkeleton.nameVariants(word, language)) {
                int score = score(own, theirs);
                if (score < bestScore) {
                    bestScore = score;
                    best = withArticle(text, from, word);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The word with a short hyphenated article before it, as names are written: "Al-Jaburi", "аль-Джабури". */
    private static String withArticle(String text, int from, String word) {
        if (from < 2 || text.charAt(from - 1) != '-') {
            return word;
        }
        int k = from - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        int letters = from - 1 - k;
        return letters >= 1 && letters <= 3 ? text.substring(k, from) + word : word;
    }

    /** 0: a skeleton in common; 1: skeletons that match up to one class; MAX: no match. */
    private static int score(List<String> a, List<String> b) {
        int best = Integer.MAX_VALUE;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) && x.length() >= 2) {
                    return 0;
                }
                if (NameSkeleton.match(x, y)) {
                    best = 1;
                }
            }
        }
        return best;
    }
}
