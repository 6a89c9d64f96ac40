package org.triptych.mt;

import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * Re-checks every draft before it is shown (the terminology engine implements this when wired), so a provider
 * that ignored the glossary is caught.
 */
@FunctionalInterface
public interface DraftChecker {

    DraftChecker NONE = (unit, from, source, to, draft) -> List.of();

    List<Finding> check(int unit, Language from, String source, Language to, String draft);
}
