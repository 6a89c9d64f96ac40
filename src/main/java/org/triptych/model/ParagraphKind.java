package org.triptych.model;

/** Whether a paragraph is a heading (title, subtitle) or body text; both take part in alignment. */
public enum ParagraphKind {
    HEADING,
    BODY
}
