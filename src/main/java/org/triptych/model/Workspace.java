package org.triptych.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a saved project holds: the versions (their source paths and current text), the links at each level,
 * the text edits made, the findings ignored and the glossaries referred to (paths only; never credentials).
 */
public record Workspace(Project project, List<Alignment> alignments, List<TextEdit> edits,
                        List<IgnoredFinding> ignoredFindings, List<String> glossaries) {

    public Workspace {
        Objects.requireNonNull(project, "project");
        alignments = List.copyOf(alignments);
        edits = List.copyOf(edits);
        ignoredFindings = List.copyOf(ignoredFindings);
        glossaries = List.copyOf(glossaries);
    }

    public static Workspace of(Project project) {
        return new Workspace(project, List.of(), List.of(), List.of(), List.of());
    }
}
