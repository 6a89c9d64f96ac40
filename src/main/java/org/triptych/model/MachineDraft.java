package org.triptych.model;

import java.util.Objects;

/**
 * A paragraph of a version that is still the text a machine translation put there: not edited since it was drafted.
 * The workbench shows such a paragraph with an "MT" marker until a person edits it or confirms its row.
 */
public record MachineDraft(Language language, int paragraph) {

    public MachineDraft {
        Objects.requireNonNull(language, "language");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph " + paragraph);
        }
    }
}
