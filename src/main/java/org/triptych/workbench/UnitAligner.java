package org.triptych.workbench;

import java.util.List;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * The seam to the aligner: links English units (paragraphs or sentences) to one target version's units. The
 * workbench calls it for every target when aligning and re-aligning; confirmed links are passed as anchors and must
 * come back unchanged, with the rest aligned around them.
 */
@FunctionalInterface
public interface UnitAligner {

    /**
     * @param english the English units' texts in order
     * @param target  the target units' texts in order
     * @param anchors confirmed beads (indices into the two lists), in order; never crossed by a returned bead
     * @return beads covering every unit of both lists, in document order
     */
    List<Bead> align(List<String> english, List<String> target, Language language, List<Bead> anchors) throws Exception;
}
