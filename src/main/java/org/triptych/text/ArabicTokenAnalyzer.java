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

    /** The article ال is read off a word only when this many letters remain (البريكزيت → بريكزيت, not الم → م). */
    private static final int MIN_AFTER_ARTICLE = 3;

    /**
     * The word, its readings without proclitics, and each of those without the article: a name taken from another
     * language takes the article like any Arabic noun (مفاوضات البريكزيت, رفض التشيكرز), while a glossary writes it
     * bare. Names that carry the article in Arabic (الولايات المتحدة) are written so in the glossary and match whole;
     * a person's name never takes it (الروك is rock music, not Chris Rock), which the matcher checks.
     * A three-letter word whose first letter is a clitic is also read as the two letters after it, for a term of
     * several words only (لسي بي أس).
     */
    @Override
    public List<TokenReading> textReadings(String word) {
        String norm = exactKey(word);
        List<ArabicClitics.Reading> rs = ArabicClitics.readings(norm);
        List<TokenReading> out = new ArrayList<>(rs.size() * 2);
        for (ArabicClitics.Reading r : rs) {
            out.add(new TokenReading(r.stem(), 0, r.prefix()));
        }
        for (ArabicClitics.Reading r : rs) {
            if (r.stem().startsWith(ARTICLE) && r.stem().length() - ARTICLE.length() >= MIN_AFTER_ARTICLE) {
                out.add(new TokenReading(r.stem().substring(ARTICLE.length()), TokenReading.ARTICLE_REMOVED,
                        r.prefix() + ARTICLE));
            }
        }
        if (norm.length() == 3 && CLITICS.indexOf(norm.charAt(0)) >= 0) {
            out.add(new TokenReading(norm.substring(1), TokenReading.SHORT_AFTER_CLITIC, norm.substring(0, 1)));
        }
        return out;
    }

    private static final String ARTICLE = "ال";
    private static final String CLITICS = "وفبلك";

    @Override
    public String exactKey(String word) {
        return ArabicNormalizer.normalize(word).toLowerCase(java.util.Locale.ROOT);
    }
}
