package org.triptych.model;

import java.util.List;
import java.util.Objects;

/** What reading a glossary gave: the concepts that could be read, and every problem met on the way. */
public record GlossaryLoad(Glossary glossary, List<GlossaryProblem> problems) {

    public GlossaryLoad {
        Objects.requireNonNull(glossary, "glossary");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
