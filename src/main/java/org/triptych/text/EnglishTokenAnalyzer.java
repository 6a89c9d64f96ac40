package org.triptych.text;

import java.util.List;
import java.util.Locale;
import org.triptych.model.Language;

/**
 * English: case folding and a regular plural folded to the singular on both sides (Nations/Nation, Houthis/Houthi,
 * agencies/agency). Possessive {@code 's} needs nothing here: the tokenizer splits it off.
 */
final class EnglishTokenAnalyzer implements TokenAnalyzer {

    @Override
    public Language language() {
        return Language.ENGLISH;
    }

    @Override
    public TokenReading termReading(String word) {
        return TokenReading.of(singular(exactKey(word)));
    }

    @Override
    public List<TokenReading> textReadings(String word) {
        return List.of(TokenReading.of(singular(exactKey(word))));
    }

    @Override
    public String exactKey(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static String singular(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
