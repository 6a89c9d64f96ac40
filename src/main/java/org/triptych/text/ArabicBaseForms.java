package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Arabic entry forms of a word found in text: the word and its readings without the proclitics و ف ب ل ك (لل is ل +
 * the article), and, beside the English name it writes, the one form a glossary holds (لترامب → ترامب, وواشنطن →
 * واشنطن, للمكسيك → المكسيك, but لندن and ويلز as written: their first letter is the name's own).
 */
final class ArabicBaseForms implements BaseForms {

    private static final int MIN_LETTERS = 3;

    @Override
    public List<String> of(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        for (ArabicClitics.Reading r : ArabicClitics.readings(ArabicNormalizer.normalize(word))) {
            int cut = r.prefix().length();
            if (cut == 0 || cut >= word.length()) {
                continue;
            }
            String rest = word.substring(cut);
            String form = r.stem().startsWith("ا") && rest.startsWith("ل") && !ArabicNormalizer.normalize(rest)
                    .startsWith("ا") ? "ا" + rest : rest;
            if (!out.contains(form)) {
                out.add(form);
            }
        }
        return out;
    }

    @Override
    public List<String> withoutClitics(String word) {
        return of(word);
    }

    /**
     * The word without the clitic letters the English name's first sound does not explain: a clitic letter before a
     * name that begins with another sound is a conjunction or preposition (لترامب beside Trump), one the name begins
     * with is the name's own (لندن beside London), and a doubled letter is a clitic before that letter (وواشنطن).
     * Conjunctions (و ف) come first, then one preposition; لل before a name not in L is ل before the article, whose
     * alef is dropped in writing (للمكسيك → المكسيك).
     */
    @Override
    public String beside(String word, String englishName) {
        if (englishName == null || englishName.isEmpty()) {
            return word;
        }
        String english = englishName.toLowerCase(Locale.ROOT);
        String w = word;
        boolean conjunctionSeen = false;
        while (w.length() > MIN_LETTERS) {
            char c = w.charAt(0);
            boolean conjunction = c == 'و' || c == 'ف';
            boolean preposition = c == 'ب' || c == 'ل' || c == 'ك';
            if (!(conjunction && !conjunctionSeen) && !preposition) {
                break;
            }
            boolean doubled = w.charAt(1) == c;
            // a name beginning with a vowel is written with an alef first (أوماها): و before one is and
            boolean beforeAlef = c == 'و' && "aeiou".indexOf(english.charAt(0)) >= 0
                    && "اأإآ".indexOf(w.charAt(1)) >= 0;
            if (!doubled && !beforeAlef && explains(english, c)) {
                break;
            }
            // Woods, Wolf: W and a long o or u are two و of the name's own (وودز), not and + ودز
            if (doubled && c == 'و' && (english.startsWith("wo") || english.startsWith("wu"))
                    && (w.length() < 3 || w.charAt(2) != 'و')) {
                break;
            }
            if (c == 'ل' && doubled && !explains(english, c)) {
                return "ا" + w.substring(1); // ل + the article: للمكسيك → المكسيك
            }
            w = w.substring(1);
            if (preposition) {
                break;
            }
            conjunctionSeen = true;
        }
        return w;
    }

    /** Whether an English name beginning so may be written with {@code letter} first (W, V, O, U with و). */
    private static boolean explains(String english, char letter) {
        char e = english.charAt(0);
        return switch (letter) {
            case 'و' -> e == 'w' || e == 'v' || e == 'o' || e == 'u';
            case 'ف' -> e == 'f' || e == 'v' || english.startsWith("ph");
            case 'ب' -> e == 'b' || e == 'p';
            case 'ل' -> e == 'l';
            case 'ك' -> e == 'k' || e == 'c' || e == 'q' || e == 'g';
            default -> false;
        };
    }
}
