package org.triptych.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One language version of an article: its language, where it came from (a file name or path, kept as text so the
 * model does no I/O) and its paragraphs in reading order.
 */
public record DocumentVersion(Language language, String source, List<Paragraph> paragraphs) {

    public DocumentVersion {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
    }

    public static DocumentVersion empty(Language language) {
        return new DocumentVersion(language, "", List.of());
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** All sentences of the version in reading order, as one flat list (sentence-level alignment works on this). */
    public List<String> sentenceTexts() {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                out.add(s.text());
            }
        }
        return out;
    }

    public List<String> paragraphTexts() {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    public int wordCount() {
        int n = 0;
        for (Paragraph p : paragraphs) {
            for (String w : p.text().trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }
}
