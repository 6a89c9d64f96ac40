package org.triptych.mt;

import java.util.Objects;

/**
 * What the translation memory offers for one text: a target and how far to trust it.
 *
 * @param score        0–100: 100 only for an exact match (the stored source is this text); a placeable match (only
 *                     numbers or glossary names differ, substituted in the target) scores 99; a fuzzy match scores
 *                     the share of words that need no edit, {@code 100 × (1 − word edit distance / longer length)},
 *                     rounded down and never above 99
 * @param kind         which of the three it is
 * @param target       the draft: the stored target, with the substitutions made for a placeable match
 * @param storedSource the source text stored in the memory (what a translator compares against)
 * @param origin       which memory it came from (a file name), for the person
 */
public record MemoryMatch(int score, Kind kind, String target, String storedSource, String origin) {

    public enum Kind { EXACT, PLACEABLE, FUZZY }

    public MemoryMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(storedSource, "storedSource");
        origin = origin == null ? "" : origin;
        if (score < 0 || score > 100 || score == 100 && kind != Kind.EXACT) {
            throw new IllegalArgumentException("score " + score + " for a " + kind + " match");
        }
    }
}
