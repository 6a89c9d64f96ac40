package org.triptych.workbench;

import java.util.List;
import org.triptych.model.ConceptType;

/**
 * A glossary entry proposed from an article's aligned versions, as the window and the command line show it: the
 * English, the Arabic without clitics, the Russian in the nominative (null where not found or not given), a type
 * guess, how sure the pairing is (0..1), how often the English names it and in which units.
 */
public record GlossaryCandidate(String en, String ar, String ru, ConceptType type, double confidence, int count,
                                List<Integer> units) {

    public GlossaryCandidate {
        units = List.copyOf(units);
    }
}
