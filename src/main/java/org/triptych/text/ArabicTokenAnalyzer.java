package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Language;

/** Arabic: spelling normalisation ({@link ArabicNormalizer}) and prefix clitics ({@link ArabicClitics}). */
final class ArabicTokenAnalyzer implements TokenAnalyzer {

    @Override
    public Language language() {
        return Language.ARABIC;
    }

    @Override
    public TokenReading termReading(String word) {
        return TokenReading.of(exactKey(word));
    }

    @Override
    public List<TokenReading> textReadings(String word) {
        String norm = exactKey(word);
        List<ArabicClitics.Reading> rs = ArabicClitics.readings(norm);
        List<TokenReading> out = new ArrayList<>(rs.size());
        for (ArabicClitics.Reading r : rs) {
            out.add(new TokenReading(r.stem(), 0, r.prefix()));
        }
        return out;
    }

    @Override
    public String exactKey(String word) {
        return ArabicNormalizer.normalize(word).toLowerCase(java.util.Locale.ROOT);
    }
}
