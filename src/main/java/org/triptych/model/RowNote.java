package org.triptych.model;

import java.util.Objects;

/**
 * A person's note on a row of the aligned view, kept in the project. A row is known by its first unit: its first
 * English unit, or, for a row of added text with no English, the first unit of its first non-empty cell, at the level
 * the note was written at. When rows are merged the note stays with the first of them.
 *
 * @param language the version whose unit anchors the note (English for every row that has English)
 * @param unit     that unit's index at {@code level}
 */
public record RowNote(AlignmentLevel level, Language language, int unit, String text) {

    public RowNote {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (unit < 0) {
            throw new IllegalArgumentException("A note is anchored to a unit, not " + unit);
        }
    }

    /** Whether this note is anchored where {@code other} is (same level, version and unit). */
    public boolean sameAnchor(RowNote other) {
        return level == other.level && language.equals(other.language) && unit == other.unit;
    }
}
