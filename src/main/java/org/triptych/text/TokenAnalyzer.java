package org.triptych.text;

import java.util.List;
import org.triptych.model.Language;

/**
 * Per-language word analysis for term matching. A glossary term's word gets one canonical key; a word of running
 * text gets every key it could be an inflected or cliticised form of. A term matches where, word by word, the text
 * offers the term's keys. A language's analyzer comes from its profile ({@link LanguageProfile#tokenAnalyzer()}).
 */
public interface TokenAnalyzer {

    Language language();

    /** The canonical reading of a word of a glossary term. */
    TokenReading termReading(String word);

    /** The readings of a word of running text (never empty for a word; may be long for ambiguous forms). */
    List<TokenReading> textReadings(String word);

    /** Whether two guessed stems' endings can be forms of one word (a term's and a text word's); true by default. */
    default boolean endingsAgree(TokenReading term, TokenReading text) {
        return true;
    }

    /** The key of the word's exact form (case-folded, normalised) for "exact form only" terms. */
    String exactKey(String word);
}
