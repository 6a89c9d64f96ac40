package org.triptych.terms;

import java.util.List;
import org.triptych.model.DocumentVersion;

/**
 * Where checks get their units from when whole articles are checked: the aligner links English paragraphs to a
 * target version's paragraphs. The seam lets the terminology checks run before and without the aligner
 * ({@link SameIndexPairing}) and take the real aligner's links when it is wired in.
 */
public interface AlignedUnitsProvider {

    List<AlignedUnit> align(DocumentVersion english, DocumentVersion target);
}
