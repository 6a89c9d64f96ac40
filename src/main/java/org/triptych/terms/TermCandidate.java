package org.triptych.terms;

import java.util.List;
import java.util.Objects;
import org.triptych.model.ConceptType;

/**
 * A name the aligned versions of an article write, proposed for the glossary: the English as written, the Arabic
 * without clitics, the Russian in the nominative (null where the version was not given or no rendering was found).
 *
 * @param confidence 0..1: how surely the renderings were found (all words transliterated, in every occurrence)
 * @param count      how many times the English names it
 * @param units      the English paragraphs (units) it occurs in, the evidence
 */
public record TermCandidate(String en, String ar, String ru, ConceptType type, double confidence, int count,
                            List<Integer> units) {

    public TermCandidate {
        Objects.requireNonNull(en, "English form");
        type = type == null ? ConceptType.OTHER : type;
        units = List.copyOf(units);
    }
}
