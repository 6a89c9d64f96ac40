package org.triptych.mt;

import java.util.List;
import org.triptych.model.Language;
import org.triptych.text.SentenceSegmenter;

/**
 * Splits an oversized paragraph into sentences so it can be sent in pieces rather than truncated. The default is
 * Triptych's own segmenter (abbreviations, quotes and Arabic punctuation handled); tests may pass a simpler one.
 */
@FunctionalInterface
interface SentenceSplitter {

    SentenceSplitter SEGMENTER = (language, text) -> SentenceSegmenter.forLanguage(language).split(text).stream()
            .map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList();

    /** The sentences of {@code text}, stripped, in order; a text without boundaries comes back whole. */
    List<String> split(Language language, String text);
}
