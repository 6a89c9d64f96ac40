package org.triptych.terms;

import org.triptych.model.Language;

/**
 * Whether two words of two versions are the same name (or international word) written in their scripts: Trump,
 * Трампа, لترامب. The glossary-candidate extractor owns this seam; the workbench answers it with the aligner's name
 * skeletons, so neither engine imports the other.
 */
@FunctionalInterface
public interface NameTransliteration {

    boolean sameName(String word, Language language, String other, Language otherLanguage);

    /**
     * As {@link #sameName}, the other word read as written (an Arabic word with its first letters, the article
     * aside): tells a clitic (لترامب) from a name's own first letter (لندن).
     */
    default boolean sameNameAsWritten(String word, Language language, String other, Language otherLanguage) {
        return sameName(word, language, other, otherLanguage);
    }

    /**
     * How much of the two words' sound the match rests on (consonant classes, 0 when they do not match): two
     * classes (Kim, كم) happen by chance in a long unit, three or more seldom.
     */
    default int strength(String word, Language language, String other, Language otherLanguage) {
        return sameName(word, language, other, otherLanguage) ? 3 : 0;
    }
}
