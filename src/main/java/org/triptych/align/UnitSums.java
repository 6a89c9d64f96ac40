package org.triptych.align;

/**
 * Prefix sums of one version's unit signals, so that the totals of any run of units [from,to) — its length, and how
 * many of its units ask, exclaim, quote or open a paragraph — cost two look-ups.
 */
final class UnitSums {

    private final int[] length;
    private final int[] questions;
    private final int[] exclamations;
    private final int[] quotes;
    private final int[] starts;

    UnitSums(UnitSignals s) {
        int n = s.size;
        length = new int[n + 1];
        questions = new int[n + 1];
        exclamations = new int[n + 1];
        quotes = new int[n + 1];
        starts = new int[n + 1];
        for (int u = 0; u < n; u++) {
            length[u + 1] = length[u] + s.length[u];
            questions[u + 1] = questions[u] + (s.question[u] ? 1 : 0);
            exclamations[u + 1] = exclamations[u] + (s.exclamation[u] ? 1 : 0);
            quotes[u + 1] = quotes[u] + s.quotes[u];
            starts[u + 1] = starts[u] + (s.paragraphStart != null && s.paragraphStart[u] ? 1 : 0);
        }
    }

    int length(int from, int to) {
        return length[to] - length[from];
    }

    int questions(int from, int to) {
        return questions[to] - questions[from];
    }

    int exclamations(int from, int to) {
        return exclamations[to] - exclamations[from];
    }

    int quotes(int from, int to) {
        return quotes[to] - quotes[from];
    }

    /** Paragraph starts among units [from,to); 0 for an empty or reversed range. */
    int starts(int from, int to) {
        return to > from ? starts[to] - starts[from] : 0;
    }
}
