package org.triptych.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a version, shaped like LanguageTool's RuleMatch so terminology, number, alignment and
 * language findings share one type: what kind, how bad, where (language, unit, character span in that unit's
 * target text), what it says and what could replace it.
 *
 * @param kind        e.g. {@code missing}, {@code deprecated}, {@code number}, {@code spelling}
 * @param unit        index of the unit: a line with presegmented input, otherwise the English paragraph index
 * @param start       start offset of the span in the unit's target text (0 when the finding concerns the whole unit)
 * @param end         end offset, exclusive
 * @param text        the text of the span as found (may be empty for a missing term)
 * @param concept     glossary concept id, or {@code null}
 * @param ruleId      the rule or check that raised it (e.g. a LanguageTool rule id), or {@code null}
 */
public record Finding(String kind, Severity severity, Language language, int unit, int start, int end, String text,
                      String concept, String message, List<String> suggestions, String ruleId) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad finding span " + start + ".." + end);
        }
        text = text == null ? "" : text;
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
