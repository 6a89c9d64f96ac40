package org.triptych.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.MachineDraft;
import org.triptych.model.Paragraph;

/**
 * Which paragraphs are still unedited machine drafts, kept by identity: a paragraph is one while its version holds
 * that very object. An edit puts a new paragraph in its place (even one that types the draft's text again), so the
 * mark goes with the edit; undo brings back the state that held the draft object, and the mark with it. Immutable:
 * adding drafts makes new marks, so every state of the undo history keeps its own.
 */
public final class DraftMarks {

    private static final DraftMarks NONE = new DraftMarks(Map.of());

    private final Map<Language, Set<Paragraph>> byLanguage;

    private DraftMarks(Map<Language, Set<Paragraph>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static DraftMarks none() {
        return NONE;
    }

    /** The marks a project file lists, resolved to the article's paragraph objects. */
    public static DraftMarks of(Article article, List<MachineDraft> drafts) {
        DraftMarks marks = NONE;
        Map<Language, List<Paragraph>> found = new HashMap<>();
        for (MachineDraft d : drafts) {
            DocumentVersion v = article.version(d.language()).orElse(null);
            if (v != null && d.paragraph() >= 0 && d.paragraph() < v.paragraphs().size()) {
                found.computeIfAbsent(d.language(), l -> new ArrayList<>()).add(v.paragraphs().get(d.paragraph()));
            }
        }
        for (Map.Entry<Language, List<Paragraph>> e : found.entrySet()) {
            marks = marks.plus(e.getKey(), e.getValue());
        }
        return marks;
    }

    /** These marks and {@code paragraphs} of {@code language} marked as drafts too. */
    public DraftMarks plus(Language language, Collection<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return this;
        }
        Map<Language, Set<Paragraph>> next = new HashMap<>(byLanguage);
        Set<Paragraph> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(byLanguage.getOrDefault(language, Set.of()));
        set.addAll(paragraphs);
        next.put(language, Collections.unmodifiableSet(set));
        return new DraftMarks(Map.copyOf(next));
    }

    /** Whether {@code paragraph} (this very object) of {@code language} was inserted as a machine draft. */
    public boolean isDraft(Language language, Paragraph paragraph) {
        Set<Paragraph> set = byLanguage.get(language);
        return set != null && set.contains(paragraph);
    }

    /** The paragraphs of {@code article} that are still drafts, as a project file lists them. */
    public List<MachineDraft> in(Article article) {
        List<MachineDraft> out = new ArrayList<>();
        for (DocumentVersion v : article.versions()) {
            Set<Paragraph> set = byLanguage.get(v.language());
            if (set == null || set.isEmpty()) {
                continue;
            }
            for (int i = 0; i < v.paragraphs().size(); i++) {
                if (set.contains(v.paragraphs().get(i))) {
                    out.add(new MachineDraft(v.language(), i));
                }
            }
        }
        return out;
    }
}
