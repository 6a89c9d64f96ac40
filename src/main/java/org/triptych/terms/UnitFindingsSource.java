package org.triptych.terms;

import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * Extra findings for a unit's text from another engine (LanguageTool's grammar and spelling checks), so the check
 * command can merge them into the same report. {@code unit} is the unit index to put on the findings.
 */
@FunctionalInterface
public interface UnitFindingsSource {

    List<Finding> findings(Language language, int unit, String text);
}
