package org.triptych.model;

import java.util.Locale;

/** The unit an alignment links: paragraphs, or sentences (inside aligned paragraph groups). */
public enum AlignmentLevel {
    PARAGRAPH,
    SENTENCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
