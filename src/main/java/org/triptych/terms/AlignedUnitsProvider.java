package org.triptych.terms;

import java.util.List;
import org.triptych.model.DocumentVersion;

/**
 * Where checks get their units from when whole articles are checked: the aligner links English paragraphs to a
 * target version's paragraphs ({@code cli.EngineWiring.alignedUnits}). Tests pass simpler pairings.
 */
public interface AlignedUnitsProvider {

    List<AlignedUnit> align(DocumentVersion english, DocumentVersion target);
}
