package org.triptych.mt;

import java.util.Objects;

/**
 * One required translation: a source term and the target term for one language pair. A stand-in for the full
 * terminology model until the terms engine is wired; drafts are re-checked by a {@link DraftChecker} anyway.
 */
record GlossaryEntry(String source, String target) {
    public GlossaryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        source = source.strip();
        target = target.strip();
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("A glossary entry needs both a source and a target term");
        }
    }
}
