package org.triptych.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a saved project holds: the versions (their source paths and current text), the links at each level,
 * the text edits made, the findings ignored, the glossaries referred to (paths only; never credentials) and the
 * paragraphs that are still unedited machine drafts.
 */
public record Workspace(Project project, List<Alignment> alignments, List<TextEdit> edits,
                        List<IgnoredFinding> ignoredFindings, List<String> glossaries, List<MachineDraft> machineDrafts) {

    public Workspace {
        Objects.requireNonNull(project, "project");
        alignments = List.copyOf(alignments);
        edits = List.copyOf(edits);
        ignoredFindings = List.copyOf(ignoredFindings);
        glossaries = List.copyOf(glossaries);
        machineDrafts = List.copyOf(machineDrafts);
        for (MachineDraft d : machineDrafts) {
            int n = project.version(d.language()).map(v -> v.paragraphs().size()).orElse(0);
            if (d.paragraph() >= n) {
                throw new IllegalArgumentException("machine draft " + d.language().code() + " paragraph " + d.paragraph()
                        + " is not in the project (" + n + " paragraphs)");
            }
        }
    }

    /** A workspace without machine drafts (an import, or a project saved before drafts were kept). */
    public Workspace(Project project, List<Alignment> alignments, List<TextEdit> edits,
                     List<IgnoredFinding> ignoredFindings, List<String> glossaries) {
        this(project, alignments, edits, ignoredFindings, glossaries, List.of());
    }

    public static Workspace of(Project project) {
        return new Workspace(project, List.of(), List.of(), List.of(), List.of());
    }
}
