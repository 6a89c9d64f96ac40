package org.triptych.model;

import java.util.List;
import java.util.Objects;

/**
 * A Triptych project, everything a project file holds: the article (its versions, their source paths and current
 * text), the links at each level, the text edits made, the findings ignored, the glossaries referred to (paths only;
 * never credentials), the paragraphs that are still unedited machine drafts, where the versions read from web
 * pages came from ({@link WebOrigin}; an origin whose version has since been replaced is left out), and the person's
 * notes on rows.
 */
public record Project(Article article, List<Alignment> alignments, List<TextEdit> edits,
                        List<IgnoredFinding> ignoredFindings, List<String> glossaries, List<MachineDraft> machineDrafts,
                        List<WebOrigin> webOrigins, List<RowNote> notes) {

    public Project {
        Objects.requireNonNull(article, "article");
        alignments = List.copyOf(alignments);
        edits = List.copyOf(edits);
        ignoredFindings = List.copyOf(ignoredFindings);
        glossaries = List.copyOf(glossaries);
        machineDrafts = List.copyOf(machineDrafts);
        webOrigins = webOrigins == null ? List.of()
                : webOrigins.stream().filter(o -> article.version(o.language()).map(o::describes).orElse(false)).toList();
        if (webOrigins.stream().map(WebOrigin::language).distinct().count() != webOrigins.size()) {
            throw new IllegalArgumentException("Two web origins for one version");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        for (MachineDraft d : machineDrafts) {
            int n = article.version(d.language()).map(v -> v.paragraphs().size()).orElse(0);
            if (d.paragraph() >= n) {
                throw new IllegalArgumentException("machine draft " + d.language().code() + " paragraph " + d.paragraph()
                        + " is not in the project (" + n + " paragraphs)");
            }
        }
    }

    /** A project without row notes (a project saved before notes were kept). */
    public Project(Article article, List<Alignment> alignments, List<TextEdit> edits,
                   List<IgnoredFinding> ignoredFindings, List<String> glossaries, List<MachineDraft> machineDrafts,
                   List<WebOrigin> webOrigins) {
        this(article, alignments, edits, ignoredFindings, glossaries, machineDrafts, webOrigins, List.of());
    }

    /** A project whose versions came from no web page. */
    public Project(Article article, List<Alignment> alignments, List<TextEdit> edits,
                   List<IgnoredFinding> ignoredFindings, List<String> glossaries, List<MachineDraft> machineDrafts) {
        this(article, alignments, edits, ignoredFindings, glossaries, machineDrafts, List.of());
    }

    /** A project without machine drafts (an import, or a project saved before drafts were kept). */
    public Project(Article article, List<Alignment> alignments, List<TextEdit> edits,
                     List<IgnoredFinding> ignoredFindings, List<String> glossaries) {
        this(article, alignments, edits, ignoredFindings, glossaries, List.of());
    }

    /** This project referring to {@code paths} as its glossaries. */
    public Project withGlossaries(List<String> paths) {
        return new Project(article, alignments, edits, ignoredFindings, paths, machineDrafts, webOrigins, notes);
    }

    /** This project with {@code origins} for its versions read from web pages. */
    public Project withWebOrigins(List<WebOrigin> origins) {
        return new Project(article, alignments, edits, ignoredFindings, glossaries, machineDrafts, origins, notes);
    }

    /** Where the version in {@code language} came from, if it was read from a web page. */
    public java.util.Optional<WebOrigin> webOrigin(Language language) {
        return webOrigins.stream().filter(o -> o.language().equals(language)).findFirst();
    }

    public static Project of(Article article) {
        return new Project(article, List.of(), List.of(), List.of(), List.of());
    }
}
