package org.triptych.model;

import java.util.Objects;

/** A change a person made to a paragraph's text in the workbench, kept in the project as a record of what changed. */
public record TextEdit(Language language, int paragraph, String before, String after) {
    public TextEdit {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
