package org.triptych.ui;

import java.util.Objects;

/**
 * A run of characters of a cell's text to draw in a style: a glossary term or a finding.
 *
 * @param start      first character, an offset into the cell's text (inclusive)
 * @param end        end offset (exclusive)
 * @param styleClass the CSS class the run's Text nodes get ({@code term-preferred}, {@code finding-error}...)
 * @param tag        what the span stands for (a {@link org.triptych.workbench.GlossaryTerms.Found} or a
 *                   {@link org.triptych.model.Finding}); the Text nodes keep it so hover and click can find it
 */
public record StyledSpan(int start, int end, String styleClass, Object tag) {

    public StyledSpan {
        Objects.requireNonNull(styleClass, "styleClass");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span " + start + ".." + end);
        }
    }

    boolean covers(int from, int to) {
        return start < to && end > from;
    }
}
