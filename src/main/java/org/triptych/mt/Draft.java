package org.triptych.mt;

import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * A draft of one text into one target: machine output, or a translation memory's match. Either way the UI marks it
 * until a person edits or accepts it.
 *
 * @param unit      index of the text in the request
 * @param provider  the provider's name (e.g. {@code deepl}, or {@code memory}), shown beside the draft
 * @param fromCache whether it came from the disk cache rather than a request
 * @param findings  what the terminology check found in it (empty when no checker is wired)
 * @param memory    the memory match it is, with its score; null for a machine translation. An empty {@code text}
 *                  with no match means nothing answered this text
 */
public record Draft(int unit, Language target, String source, String text, String provider, boolean fromCache,
                    List<Finding> findings, MemoryMatch memory) {
    public Draft {
        findings = List.copyOf(findings);
    }

    public Draft(int unit, Language target, String source, String text, String provider, boolean fromCache,
                 List<Finding> findings) {
        this(unit, target, source, text, provider, fromCache, findings, null);
    }
}
