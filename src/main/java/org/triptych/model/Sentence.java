package org.triptych.model;

/**
 * A sentence of a paragraph. {@code start} and {@code end} are character offsets into the paragraph's text
 * ({@code end} exclusive), so findings and highlights can be placed back on the paragraph.
 */
public record Sentence(int start, int end, String text) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad sentence span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("Sentence text does not match its span " + start + ".." + end);
        }
    }
}
