package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;
import org.triptych.model.TextEdit;

/** The text edits of a state as pure functions: each returns the new state, or null when nothing changes. */
final class TextEdits {

    private TextEdits() {
    }

    /** Unit {@code u} of a version at {@code level} rewritten as {@code text}; sentence boundaries carried along. */
    static ProjectState rewriteUnit(ProjectState s, AlignmentLevel level, Language language, int u, String text) {
        Units.Location at;
        try {
            at = Units.locate(s.article(), language, level, u);
        } catch (IndexOutOfBoundsException e) {
            throw new CommandRefused("That cell's text is no longer there: the project changed meanwhile");
        }
        Paragraph p = s.article().version(language).orElseThrow().paragraphs().get(at.paragraph());
        Paragraph changed;
        if (level == AlignmentLevel.PARAGRAPH) {
            changed = ParagraphEdit.rewrite(p, text);
        } else {
            Sentence sentence = p.sentences().get(at.sentence());
            String rewritten = ParagraphEdit.rewrite(Paragraph.unsegmented(sentence.text()), text).text();
            changed = ParagraphEdit.replace(p, sentence.start(), sentence.end(), rewritten);
        }
        return changed.text().equals(p.text()) ? null : replaceParagraph(s, language, at.paragraph(), changed);
    }

    /**
     * Paragraph {@code index} of a version replaced. Sentence links stay while the paragraph keeps its sentence count
     * (an edit inside one sentence does); otherwise the sentence level is aligned again when next shown.
     */
    static ProjectState replaceParagraph(ProjectState s, Language language, int index, Paragraph after) {
        DocumentVersion v = s.article().version(language).orElseThrow();
        Paragraph before = v.paragraphs().get(index);
        List<Paragraph> ps = new ArrayList<>(v.paragraphs());
        ps.set(index, after);
        Article a = s.article().withVersion(new DocumentVersion(language, v.source(), ps));
        LinkTable sentences = before.sentences().size() == after.sentences().size() ? s.sentences() : null;
        List<TextEdit> edits = new ArrayList<>(s.edits());
        edits.add(new TextEdit(language, index, before.text(), after.text()));
        return s.withArticle(a, s.paragraphs(), sentences).withEdits(edits);
    }

    /**
     * Several paragraphs of one version replaced at once (a replace-all): the version is rebuilt once, not once per
     * paragraph, so thousands of paragraphs cost one pass. Sentence links stay while every changed paragraph keeps its
     * sentence count, as for one paragraph.
     */
    static ProjectState replaceParagraphs(ProjectState s, Language language, java.util.Map<Integer, Paragraph> after) {
        if (after.isEmpty()) {
            return s;
        }
        DocumentVersion v = s.article().version(language).orElseThrow();
        List<Paragraph> ps = new ArrayList<>(v.paragraphs());
        List<TextEdit> edits = new ArrayList<>(s.edits());
        boolean sentencesKept = true;
        for (java.util.Map.Entry<Integer, Paragraph> e : new java.util.TreeMap<>(after).entrySet()) {
            Paragraph before = ps.get(e.getKey());
            ps.set(e.getKey(), e.getValue());
            sentencesKept &= before.sentences().size() == e.getValue().sentences().size();
            edits.add(new TextEdit(language, e.getKey(), before.text(), e.getValue().text()));
        }
        Article a = s.article().withVersion(new DocumentVersion(language, v.source(), ps));
        return s.withArticle(a, s.paragraphs(), sentencesKept ? s.sentences() : null).withEdits(edits);
    }
}
