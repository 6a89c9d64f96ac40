package org.triptych.model;

import java.util.List;
import java.util.Objects;

/** The links of one target version against English at one level, in document order. */
public record Alignment(Language target, AlignmentLevel level, List<Bead> beads) {
    public Alignment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(level, "level");
        beads = List.copyOf(beads);
    }
}
