package org.triptych.text;

import java.util.List;
import java.util.Locale;
import org.triptych.model.Language;

/** Matching by case-folded exact form, for languages without their own analysis. */
final class CaseFoldingTokenAnalyzer implements TokenAnalyzer {

    private final Language language;

    public CaseFoldingTokenAnalyzer(Language language) {
        this.language = language;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public TokenReading termReading(String word) {
        return TokenReading.of(exactKey(word));
    }

    @Override
    public List<TokenReading> textReadings(String word) {
        return List.of(TokenReading.of(exactKey(word)));
    }

    @Override
    public String exactKey(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
