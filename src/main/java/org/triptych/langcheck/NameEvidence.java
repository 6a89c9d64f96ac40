package org.triptych.langcheck;

import org.triptych.model.Language;

/**
 * What the other versions of a text say about a word the speller flags: whether it is written, transliterated, in
 * the aligned paragraphs of another version (Hammel beside Хэммел and هاميل), so it is a name, not a typo. The
 * language checks own this seam; the workbench answers it from the alignment and the aligner's name skeletons, so
 * neither engine imports the other.
 */
@FunctionalInterface
public interface NameEvidence {

    /** No other version to ask. */
    NameEvidence NONE = (language, paragraph, word) -> false;

    /**
     * Whether {@code word}, flagged in paragraph {@code paragraph} of the {@code language} version, is written in
     * another version's paragraphs aligned with it. Must be thread-safe and fast: it is asked on the checker's thread.
     */
    boolean confirmsName(Language language, int paragraph, String word);

    /**
     * Whether the other versions write a name as {@code word} rather than as {@code other} (the same letters with
     * two neighbours swapped, a word the speller knows), both in paragraph {@code paragraph} of the {@code language}
     * version: {@code word} is the closer transliteration of a name beside. A real name whose swap happens to be a
     * dictionary word (شيردان for Xherdan beside شريدان) is then told from a slip on a word (the slip's swap-back is
     * the closer one, or neither is close). Nothing to compare by default: false.
     */
    default boolean prefersAsName(Language language, int paragraph, String word, String other) {
        return false;
    }

    /** The same evidence asked about paragraph {@code paragraph} whatever paragraph the caller names. */
    default NameEvidence atParagraph(int paragraph) {
        NameEvidence all = this;
        return new NameEvidence() {
            @Override
            public boolean confirmsName(Language language, int ignored, String word) {
                return all.confirmsName(language, paragraph, word);
            }

            @Override
            public boolean prefersAsName(Language language, int ignored, String word, String other) {
                return all.prefersAsName(language, paragraph, word, other);
            }
        };
    }
}
