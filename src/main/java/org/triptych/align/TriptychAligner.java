package org.triptych.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;

/** Aligns every other version of an article with its English version and joins the results through English. */
final class TriptychAligner {

    private final ParagraphAligner paragraphs = new ParagraphAligner();

    /** Aligns {@code others} (in display order, e.g. Arabic then Russian) with {@code english}. */
    public TriptychAlignment align(DocumentVersion english, List<DocumentVersion> others, AlignOptions options) {
        Map<String, ParagraphAlignment> byLanguage = new LinkedHashMap<>();
        Map<String, List<Bead>> paragraphLinks = new LinkedHashMap<>();
        Map<String, List<Bead>> sentenceLinks = new LinkedHashMap<>();
        for (DocumentVersion other : others) {
            String code = other.language().code();
            if (byLanguage.containsKey(code)) {
                throw new IllegalArgumentException("Two versions in " + code + "; each language may appear once");
            }
            ParagraphAlignment a = paragraphs.align(english, other, options);
            byLanguage.put(code, a);
            paragraphLinks.put(code, a.paragraphs());
            sentenceLinks.put(code, a.sentences());
        }
        int sentenceCount = english.sentenceTexts().size();
        return new TriptychAlignment(byLanguage,
                PivotAlignment.rows(english.paragraphs().size(), paragraphLinks),
                PivotAlignment.rows(sentenceCount, sentenceLinks));
    }
}
