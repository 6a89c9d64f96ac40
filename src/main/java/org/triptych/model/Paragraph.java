package org.triptych.model;

import java.util.List;
import java.util.Objects;

/** A paragraph of a version: its text and its sentences, whose offsets point into {@link #text()}. */
public record Paragraph(String text, ParagraphKind kind, List<Sentence> sentences) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        sentences = List.copyOf(sentences);
        for (Sentence s : sentences) {
            if (s.end() > text.length() || !text.substring(s.start(), s.end()).equals(s.text())) {
                throw new IllegalArgumentException("Sentence '" + s.text() + "' is not at " + s.start() + ".." + s.end());
            }
        }
    }

    /** A body paragraph treated as a single sentence (used before segmentation, and for one-line units). */
    public static Paragraph unsegmented(String text) {
        return new Paragraph(text, ParagraphKind.BODY, List.of(new Sentence(0, text.length(), text)));
    }

    public Paragraph withText(String newText, List<Sentence> newSentences) {
        return new Paragraph(newText, kind, newSentences);
    }
}
