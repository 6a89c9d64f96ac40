package org.triptych.terms;

import java.util.List;
import java.util.Objects;

/**
 * A unit of English and its counterpart in one target version, as checks see them: a line pair with presegmented
 * input, or a link (bead) of the aligner between paragraphs. Either side may be empty (an omission or an addition).
 *
 * @param unit            the unit index findings report: the line, or the first English paragraph of the link
 *                        (for a target-only unit, the English paragraph it follows)
 * @param englishIndices  English paragraph or line indices the unit covers
 * @param targetIndices   target paragraph or line indices it covers
 * @param english         the English text (several paragraphs joined by a line break)
 * @param target          the target text; finding offsets point into it
 */
public record AlignedUnit(int unit, List<Integer> englishIndices, List<Integer> targetIndices, String english,
                          String target) {

    public AlignedUnit {
        englishIndices = List.copyOf(englishIndices);
        targetIndices = List.copyOf(targetIndices);
        english = Objects.requireNonNullElse(english, "");
        target = Objects.requireNonNullElse(target, "");
    }

    /** Line {@code i} of both files. */
    public static AlignedUnit line(int i, String english, String target) {
        return new AlignedUnit(i, List.of(i), List.of(i), english, target);
    }
}
