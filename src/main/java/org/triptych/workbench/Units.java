package org.triptych.workbench;

import java.util.List;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;

/**
 * The units of a version at a level (its paragraphs, or its sentences counted through the whole version) and how a
 * unit maps to a paragraph and back. Every answer comes from the article it is given, never from a view, so a row
 * drawn for one article can never be read against another.
 */
public final class Units {

    /** A unit's place: its paragraph and, at sentence level, its sentence in that paragraph (-1 at paragraph level). */
    public record Location(int paragraph, int sentence) {
    }

    private Units() {
    }

    /** The texts of a version's units at a level, in document order; empty when the article has no such version. */
    public static List<String> texts(Article article, Language language, AlignmentLevel level) {
        return article.version(language)
                .map(v -> level == AlignmentLevel.PARAGRAPH ? v.paragraphTexts() : v.sentenceTexts())
                .orElse(List.of());
    }

    public static int count(Article article, Language language, AlignmentLevel level) {
        DocumentVersion v = article.version(language).orElse(null);
        if (v == null) {
            return 0;
        }
        if (level == AlignmentLevel.PARAGRAPH) {
            return v.paragraphs().size();
        }
        int n = 0;
        for (Paragraph p : v.paragraphs()) {
            n += p.sentences().size();
        }
        return n;
    }

    /** Where unit {@code u} of a version lies; throws when the version has no such unit. */
    public static Location locate(Article article, Language language, AlignmentLevel level, int u) {
        List<Paragraph> ps = paragraphs(article, language);
        if (level == AlignmentLevel.PARAGRAPH) {
            if (u < 0 || u >= ps.size()) {
                throw new IndexOutOfBoundsException("No paragraph " + u);
            }
            return new Location(u, -1);
        }
        int n = u;
        for (int i = 0; i < ps.size() && n >= 0; i++) {
            if (n < ps.get(i).sentences().size()) {
                return new Location(i, n);
            }
            n -= ps.get(i).sentences().size();
        }
        throw new IndexOutOfBoundsException("No sentence " + u);
    }

    /** The unit at {@code level} that shows character {@code offset} of paragraph {@code paragraph}. */
    public static int unitAt(Article article, Language language, AlignmentLevel level, int paragraph, int offset) {
        if (level == AlignmentLevel.PARAGRAPH) {
            return paragraph;
        }
        List<Paragraph> ps = paragraphs(article, language);
        int u = 0;
        for (int i = 0; i < paragraph; i++) {
            u += ps.get(i).sentences().size();
        }
        List<Sentence> ss = ps.get(paragraph).sentences();
        for (int k = 0; k < ss.size(); k++) {
            if (offset < ss.get(k).end() || k == ss.size() - 1) {
                return u + k;
            }
        }
        return u;
    }

    /** Index of each paragraph's first sentence in the flat sentence list, plus the total at the end. */
    public static int[] sentenceStarts(DocumentVersion v) {
        int[] starts = new int[v.paragraphs().size() + 1];
        for (int i = 0; i < v.paragraphs().size(); i++) {
            starts[i + 1] = starts[i] + v.paragraphs().get(i).sentences().size();
        }
        return starts;
    }

    private static List<Paragraph> paragraphs(Article article, Language language) {
        return article.version(language).map(DocumentVersion::paragraphs).orElse(List.of());
    }
}
