package org.triptych.align;

import java.util.List;
import org.triptych.model.Language;

/**
 * Glossary evidence for the aligner: the concepts of a glossary that occur in a unit of text.
 *
 * <p>A concept found in an English unit and in a target unit is strong evidence that they correspond. The aligner
 * asks once per unit (not once per candidate link), so the cost stays linear: the terminology engine finds the
 * concepts of each sentence, the aligner intersects the identifiers. Identifiers are opaque strings that must be the
 * same for the English and the target occurrence of one concept (for example a concept id from a TBX file).
 */
@FunctionalInterface
public interface TermEvidence {

    /** No glossary loaded: no concepts anywhere. */
    TermEvidence NONE = (text, language) -> List.of();

    /** Identifiers of the glossary concepts that occur in {@code text}, written in {@code language}. */
    List<String> conceptsIn(String text, Language language);
}
