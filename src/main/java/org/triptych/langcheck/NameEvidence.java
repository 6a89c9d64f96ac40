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
}
