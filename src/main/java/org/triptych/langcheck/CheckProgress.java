package org.triptych.langcheck;

/** How far a session is: {@code done} of {@code total} paragraphs have current results. */
public record CheckProgress(int done, int total) {

    public boolean isComplete() {
        return done == total;
    }

    /** 0..1, for a progress bar (1 for an empty version). */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
