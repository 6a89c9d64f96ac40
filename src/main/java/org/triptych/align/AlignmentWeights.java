package org.triptych.align;

/**
 * The weights of the alignment score, in natural-log units (a bead's score is a log-likelihood-like sum of a kind
 * prior, a length term and evidence bonuses). The defaults were set on development articles; they are public so that
 * an experiment can vary them, not because a user is expected to.
 *
 * @param prior11       log prior of a 1-1 link
 * @param priorNull     log prior of a 1-0 or 0-1 link
 * @param prior21       log prior of a 2-1 or 1-2 link
 * @param prior22       log prior of a 2-2 link
 * @param prior31       log prior of a 3-1 or 1-3 link
 * @param number        bonus per English number found on the target side of the link
 * @param name          bonus per English name found (as a consonant skeleton) on the target side
 * @param term          bonus per glossary concept found on both sides
 * @param cognate       bonus per long English word whose consonant skeleton is found on the target side (0, the
 *                      default, turns the signal off: it changed no development link and costs time)
 * @param question      bonus when both sides ask a question (? ؟), penalty when only one does; the same for
 *                      exclamation marks
 * @param quote         bonus when both sides quote, penalty when only one does
 * @param numberMiss    penalty per English number not found on the target side of its (non-empty) link
 * @param nameMiss      penalty per English name not found on the target side of its (non-empty) link
 * @param boundary      penalty when a link starts a paragraph on one side only (when paragraphs are known)
 * @param innerBoundary penalty per paragraph start inside a many-unit link
 */
public record AlignmentWeights(double prior11, double priorNull, double prior21, double prior22, double prior31,
                               double number, double name, double term, double cognate, double question, double quote,
                               double numberMiss, double nameMiss, double boundary, double innerBoundary) {

    public static AlignmentWeights defaults() {
        return new AlignmentWeights(Math.log(0.9), Math.log(0.01), Math.log(0.01), Math.log(0.0005),
                Math.log(0.001), 3.0, 1.4, 3.0, 0.0, 1.0, 0.5, 2.0, 0.3, 3.0, 2.0);
    }
}
