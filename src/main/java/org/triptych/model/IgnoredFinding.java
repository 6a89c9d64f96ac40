package org.triptych.model;

import java.util.Objects;

/**
 * A finding a person chose to ignore, identified without its offsets so that it stays ignored when an edit
 * elsewhere in the paragraph shifts it.
 */
public record IgnoredFinding(String kind, Language language, int unit, String text, String ruleId) {

    public IgnoredFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        text = text == null ? "" : text;
        ruleId = ruleId == null ? "" : ruleId;
    }

    public static IgnoredFinding of(Finding f) {
        return new IgnoredFinding(f.kind(), f.language(), f.unit(), f.text(), f.ruleId());
    }

    public boolean matches(Finding f) {
        return equals(of(f));
    }
}
