package org.triptych.align;

import java.util.List;
import org.triptych.model.Bead;

/**
 * The result of aligning one target version with English: paragraph links and, inside them, sentence links.
 * Sentence indices are positions in the flat list of all sentences of the version (paragraph by paragraph).
 */
public record ParagraphAlignment(List<Bead> paragraphs, List<Bead> sentences) {
    public ParagraphAlignment {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
