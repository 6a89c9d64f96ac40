package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.model.TextEdit;
import org.triptych.model.WebOrigin;

/**
 * Everything one step of the undo history restores: the article, its links at each level (null: that level is not
 * aligned yet), the text edits made here, the findings ignored, the glossary files the project refers to, which
 * paragraphs are still unedited machine drafts, and the person's notes on rows. Immutable: every command makes a new
 * state, and undo is a matter of keeping the old one.
 *
 * <p>{@code webOrigins} say where versions read from web pages came from. An origin counts only while its version
 * still comes from that address ({@link WebOrigin#describes}): a version replaced by a file, or by another page,
 * leaves its old origin behind without anyone having to remove it, and undo brings both back together.
 */
public record ProjectState(Article article, LinkTable paragraphs, LinkTable sentences, List<TextEdit> edits,
                           Set<IgnoredFinding> ignored, List<String> glossaries, DraftMarks drafts,
                           List<WebOrigin> webOrigins, List<org.triptych.model.RowNote> notes) {

    public ProjectState {
        Objects.requireNonNull(article, "article");
        edits = List.copyOf(edits);
        ignored = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
        glossaries = List.copyOf(glossaries);
        Objects.requireNonNull(drafts, "drafts");
        webOrigins = webOrigins == null ? List.of() : List.copyOf(webOrigins);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A state without row notes. */
    public ProjectState(Article article, LinkTable paragraphs, LinkTable sentences, List<TextEdit> edits,
                        Set<IgnoredFinding> ignored, List<String> glossaries, DraftMarks drafts, List<WebOrigin> webOrigins) {
        this(article, paragraphs, sentences, edits, ignored, glossaries, drafts, webOrigins, List.of());
    }

    /** A state whose versions came from no web page. */
    public ProjectState(Article article, LinkTable paragraphs, LinkTable sentences, List<TextEdit> edits,
                        Set<IgnoredFinding> ignored, List<String> glossaries, DraftMarks drafts) {
        this(article, paragraphs, sentences, edits, ignored, glossaries, drafts, List.of(), List.of());
    }

    /** An empty English, Arabic and Russian article and nothing else. */
    public static ProjectState empty() {
        return of(Project.of(Article.emptyDefault()));
    }

    /** The state a saved project describes; levels with no links stay unaligned. */
    public static ProjectState of(Project p) {
        Article a = p.article();
        return new ProjectState(a, tableFrom(a, AlignmentLevel.PARAGRAPH, p.alignments()),
                tableFrom(a, AlignmentLevel.SENTENCE, p.alignments()), p.edits(), new LinkedHashSet<>(p.ignoredFindings()),
                p.glossaries(), DraftMarks.of(a, p.machineDrafts()), p.webOrigins(), p.notes());
    }

    /** What a project file keeps of this state. */
    public Project toProject() {
        List<Alignment> alignments = new ArrayList<>();
        if (paragraphs != null) {
            alignments.addAll(paragraphs.alignments());
        }
        if (sentences != null) {
            alignments.addAll(sentences.alignments());
        }
        return new Project(article, alignments, edits, new ArrayList<>(ignored), glossaries, drafts.in(article),
                currentWebOrigins(), notes);
    }

    /** The links at {@code level}, or null when that level is not aligned yet. */
    public LinkTable table(AlignmentLevel level) {
        return level == AlignmentLevel.PARAGRAPH ? paragraphs : sentences;
    }

    public ProjectState with(AlignmentLevel level, LinkTable table) {
        return level == AlignmentLevel.PARAGRAPH
                ? new ProjectState(article, table, sentences, edits, ignored, glossaries, drafts, webOrigins, notes)
                : new ProjectState(article, paragraphs, table, edits, ignored, glossaries, drafts, webOrigins, notes);
    }

    /** Another article with its links at both levels (null: to be aligned). */
    public ProjectState withArticle(Article a, LinkTable paragraphLinks, LinkTable sentenceLinks) {
        return new ProjectState(a, paragraphLinks, sentenceLinks, edits, ignored, glossaries, drafts, webOrigins, notes);
    }

    public ProjectState withEdits(List<TextEdit> e) {
        return new ProjectState(article, paragraphs, sentences, e, ignored, glossaries, drafts, webOrigins, notes);
    }

    public ProjectState withIgnored(Set<IgnoredFinding> i) {
        return new ProjectState(article, paragraphs, sentences, edits, i, glossaries, drafts, webOrigins, notes);
    }

    public ProjectState withGlossaries(List<String> g) {
        return new ProjectState(article, paragraphs, sentences, edits, ignored, g, drafts, webOrigins, notes);
    }

    public ProjectState withDrafts(DraftMarks d) {
        return new ProjectState(article, paragraphs, sentences, edits, ignored, glossaries, d, webOrigins, notes);
    }

    public ProjectState withNotes(List<org.triptych.model.RowNote> n) {
        return new ProjectState(article, paragraphs, sentences, edits, ignored, glossaries, drafts, webOrigins, n);
    }

    /** This state with {@code origin} for its version (replacing an older origin of that language). */
    public ProjectState withWebOrigin(WebOrigin origin) {
        List<WebOrigin> list = new ArrayList<>(webOrigins);
        list.removeIf(o -> o.language().equals(origin.language()));
        list.add(origin);
        return new ProjectState(article, paragraphs, sentences, edits, ignored, glossaries, drafts, list, notes);
    }

    /** The origins that still describe their versions (see the class comment). */
    public List<WebOrigin> currentWebOrigins() {
        return webOrigins.stream().filter(o -> article.version(o.language()).map(o::describes).orElse(false)).toList();
    }

    /** Where the version in {@code language} came from, when it was read from a web page and is still that page's text. */
    public java.util.Optional<WebOrigin> webOrigin(Language language) {
        return currentWebOrigins().stream().filter(o -> o.language().equals(language)).findFirst();
    }

    /** Whether paragraph {@code p} of a version is a heading; false when there is no such paragraph. */
    public boolean isHeading(Language language, int p) {
        List<org.triptych.model.Paragraph> ps = article.version(language).map(DocumentVersion::paragraphs).orElse(List.of());
        return p >= 0 && p < ps.size() && ps.get(p).kind() == org.triptych.model.ParagraphKind.HEADING;
    }

    /** Whether unit {@code u} of a version at {@code level} lies in a paragraph that is still an unedited machine draft. */
    public boolean isMachineDraft(AlignmentLevel level, Language language, int u) {
        try {
            int p = Units.locate(article, language, level, u).paragraph();
            return drafts.isDraft(language, article.version(language).orElseThrow().paragraphs().get(p));
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Target languages in column order. */
    public List<Language> targets() {
        return article.others().stream().map(DocumentVersion::language).toList();
    }

    /** How many units each target has at {@code level}, in column order: what a link table is built against. */
    public static Map<Language, Integer> targetCounts(Article a, AlignmentLevel level) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        for (DocumentVersion v : a.others()) {
            counts.put(v.language(), Units.count(a, v.language(), level));
        }
        return counts;
    }

    private static LinkTable tableFrom(Article a, AlignmentLevel level, List<Alignment> alignments) {
        List<Alignment> own = alignments.stream().filter(x -> x.level() == level).toList();
        if (own.isEmpty()) {
            return null;
        }
        return LinkTable.of(level, Units.count(a, Language.ENGLISH, level), targetCounts(a, level), own);
    }
}
