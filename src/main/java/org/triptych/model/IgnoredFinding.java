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

    /** The unit of an ignored finding that stands for every unit: "ignore all like this one". */
    public static final int ANY_UNIT = -1;

    public static IgnoredFinding of(Finding f) {
        return new IgnoredFinding(f.kind(), f.language(), f.unit(), f.text(), f.ruleId());
    }

    /** Every finding like {@code f} (same kind, language, rule and flagged text), wherever it is. */
    public static IgnoredFinding allLike(Finding f) {
        return new IgnoredFinding(f.kind(), f.language(), ANY_UNIT, f.text(), f.ruleId());
    }

    /** Whether this stands for findings in every unit. */
    public boolean anyUnit() {
        return unit == ANY_UNIT;
    }

    public boolean matches(Finding f) {
        return equals(of(f)) || anyUnit() && equals(allLike(f));
    }

    /** Whether {@code ignored} holds {@code f}, by its unit or as one of all like it. */
    public static boolean ignores(java.util.Set<IgnoredFinding> ignored, Finding f) {
        return !ignored.isEmpty() && (ignored.contains(of(f)) || ignored.contains(allLike(f)));
    }
}
