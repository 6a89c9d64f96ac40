package org.triptych.model;

import java.util.List;
import java.util.Objects;

/**
 * One link between consecutive English units and consecutive target units (a "bead" in alignment terms):
 * 1-1, 1-2, 2-1, 1-0 (English unit with no counterpart), 0-1 (target unit with no English counterpart) and wider.
 * Indices are 0-based positions in the version's unit list, in document order.
 */
public record Bead(List<Integer> english, List<Integer> target, double confidence, LinkStatus status) {

    public Bead {
        english = List.copyOf(english);
        target = List.copyOf(target);
        Objects.requireNonNull(status, "status");
        if (english.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("A bead links at least one unit");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("Confidence must be in [0,1], was " + confidence);
        }
    }

    public static Bead of(List<Integer> english, List<Integer> target, double confidence) {
        return new Bead(english, target, confidence, LinkStatus.AUTOMATIC);
    }

    public Bead withStatus(LinkStatus newStatus) {
        return new Bead(english, target, confidence, newStatus);
    }

    public boolean isOmission() {
        return target.isEmpty();
    }

    public boolean isAddition() {
        return english.isEmpty();
    }
}
