package org.triptych.text;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.triptych.model.Language;

/**
 * French: case folding and Lucene's light stemmer on both sides, so a term meets its plural and feminine forms
 * (sanction/sanctions, présidentielle/présidentielles). Elided articles need nothing here: the tokenizer cuts
 * {@code l'accord} into {@code l} and {@code accord}.
 */
final class FrenchTokenAnalyzer implements TokenAnalyzer {

    private final Language language;

    FrenchTokenAnalyzer(Language language) {
        this.language = language;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public TokenReading termReading(String word) {
        return TokenReading.of(stem(exactKey(word)));
    }

    @Override
    public List<TokenReading> textReadings(String word) {
        return List.of(TokenReading.of(stem(exactKey(word))));
    }

    @Override
    public String exactKey(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String stem(String lowerCase) {
        char[] buf = lowerCase.toCharArray();
        int len = new FrenchLightStemmer().stem(buf, buf.length);
        return new String(buf, 0, len);
    }
}
