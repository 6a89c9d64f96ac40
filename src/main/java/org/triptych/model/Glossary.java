package org.triptych.model;

import java.util.List;
import java.util.Objects;

/** Concepts read from one or more glossary files, in file order; {@code source} names where they came from. */
public record Glossary(String source, List<Concept> concepts) {

    public Glossary {
        Objects.requireNonNull(source, "source");
        concepts = List.copyOf(concepts);
    }

    public static Glossary empty(String source) {
        return new Glossary(source, List.of());
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    public int size() {
        return concepts.size();
    }
}
