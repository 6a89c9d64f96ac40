package org.triptych.align;

import java.util.Objects;

/**
 * Settings of one alignment run.
 *
 * @param terms     glossary evidence ({@link TermEvidence#NONE} when no glossary is loaded)
 * @param minBand   half-width, in units, of the search band around the expected path; the band widens by itself
 *                  when the best path runs along its edge
 * @param maxCells  the most dynamic-programme cells one run may use (bounds memory on pathological input)
 * @param weights   the weights of the score
 */
public record AlignOptions(TermEvidence terms, int minBand, long maxCells, AlignmentWeights weights) {

    public AlignOptions {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(weights, "weights");
        if (minBand < 2) {
            throw new IllegalArgumentException("minBand must be at least 2, was " + minBand);
        }
        if (maxCells < 1_000) {
            throw new IllegalArgumentException("maxCells too small: " + maxCells);
        }
    }

    public static AlignOptions defaults() {
        return new AlignOptions(TermEvidence.NONE, 30, 40_000_000L, AlignmentWeights.defaults());
    }

    public AlignOptions withTerms(TermEvidence newTerms) {
        return new AlignOptions(newTerms, minBand, maxCells, weights);
    }

    public AlignOptions withMinBand(int newMinBand) {
        return new AlignOptions(terms, newMinBand, maxCells, weights);
    }

    public AlignOptions withWeights(AlignmentWeights newWeights) {
        return new AlignOptions(terms, minBand, maxCells, newWeights);
    }
}
