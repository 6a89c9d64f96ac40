package org.triptych.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A glossary entry: one thing (a person, an organisation, a place...) and the terms that name it in each language,
 * as in TBX's concept-oriented model.
 *
 * @param source where the entry comes from (a terminology database, a style guide); empty when unknown
 */
public record Concept(String id, ConceptType type, String note, Map<Language, List<Term>> terms, String source) {

    public Concept {
        Objects.requireNonNull(id, "id");
        type = type == null ? ConceptType.OTHER : type;
        note = note == null ? "" : note;
        source = source == null ? "" : source.strip();
        Map<Language, List<Term>> copy = new LinkedHashMap<>();
        terms.forEach((lang, list) -> {
            if (!list.isEmpty()) {
                copy.put(lang, List.copyOf(list));
            }
        });
        terms = java.util.Collections.unmodifiableMap(copy);
    }

    public Concept(String id, ConceptType type, String note, Map<Language, List<Term>> terms) {
        this(id, type, note, terms, "");
    }

    public List<Term> terms(Language language) {
        return terms.getOrDefault(language, List.of());
    }

    /** The preferred term in a language; the first acceptable one where none is marked preferred. */
    public Optional<Term> preferred(Language language) {
        List<Term> list = terms(language);
        return list.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
                .or(() -> list.stream().filter(t -> t.status().isAcceptable()).findFirst());
    }

    /** A short label for messages: the English preferred term, else any term, else the id. */
    public String label() {
        return preferred(Language.ENGLISH).map(Term::text)
                .or(() -> terms.values().stream().flatMap(List::stream).map(Term::text).findFirst())
                .orElse(id);
    }
}
