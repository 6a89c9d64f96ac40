package org.triptych.terms;

import org.triptych.model.Language;

/**
 * Whether a word of a target version writes an English name in its script (Trump: Трампа, ترامب), and how much
 * of the name's sound the match rests on. The glossary-candidate extractor owns this seam; the workbench answers
 * it with the aligner's name skeletons, so neither engine imports the other.
 */
@FunctionalInterface
public interface NameTransliteration {

    /**
     * How many consonant classes the English word and the target word share (0 when they are not one name): two
     * classes (Kim, كم) happen by chance in a long unit, three or more seldom. The target word may carry an ending
     * the English lacks (Джонсом), never lack a sound the English has (Singapore is not جونغ). An answer may count
     * more than the consonants where more of the name's sound is written (its vowels in their places): the larger,
     * the closer the match.
     */
    int strength(String englishWord, String targetWord, Language target);

    default boolean sameName(String englishWord, String targetWord, Language target) {
        return strength(englishWord, targetWord, target) > 0;
    }
}
