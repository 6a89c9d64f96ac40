package org.triptych.mt;

import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * A machine draft of one text into one target. Always machine output: the UI marks it so until a person edits
 * or accepts it.
 *
 * @param unit      index of the text in the request
 * @param provider  the provider's name (e.g. {@code deepl}), shown beside the draft
 * @param fromCache whether it came from the disk cache rather than a request
 * @param findings  what the terminology check found in it (empty when no checker is wired)
 */
public record Draft(int unit, Language target, String source, String text, String provider, boolean fromCache,
                    List<Finding> findings) {
    public Draft {
        findings = List.copyOf(findings);
    }
}
