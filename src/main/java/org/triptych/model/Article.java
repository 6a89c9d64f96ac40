package org.triptych.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The language versions of one article: one English version (the pivot every other version is aligned to) and any
 * number of other versions, Arabic and Russian by default. Immutable; edits produce a new article. The links,
 * edits and glossaries around it make a {@link Project}.
 */
public record Article(DocumentVersion english, List<DocumentVersion> others) {

    public Article {
        Objects.requireNonNull(english, "english");
        if (!english.language().equals(Language.ENGLISH)) {
            throw new IllegalArgumentException("The pivot version must be English, not " + english.language().code());
        }
        others = List.copyOf(others);
        Map<String, DocumentVersion> seen = new LinkedHashMap<>();
        for (DocumentVersion v : others) {
            if (v.language().equals(Language.ENGLISH) || seen.put(v.language().code(), v) != null) {
                throw new IllegalArgumentException("Two versions in " + v.language().code());
            }
        }
    }

    /** An article with an empty English, Arabic and Russian version. */
    public static Article emptyDefault() {
        return new Article(DocumentVersion.empty(Language.ENGLISH),
                List.of(DocumentVersion.empty(Language.ARABIC), DocumentVersion.empty(Language.RUSSIAN)));
    }

    /** English first, then the other versions in column order. */
    public List<DocumentVersion> versions() {
        List<DocumentVersion> all = new ArrayList<>();
        all.add(english);
        all.addAll(others);
        return all;
    }

    public Optional<DocumentVersion> version(Language language) {
        return versions().stream().filter(v -> v.language().equals(language)).findFirst();
    }

    /** This article with the version of {@code replacement}'s language replaced (or added as a new column). */
    public Article withVersion(DocumentVersion replacement) {
        if (replacement.language().equals(Language.ENGLISH)) {
            return new Article(replacement, others);
        }
        List<DocumentVersion> list = new ArrayList<>(others);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).language().equals(replacement.language())) {
                list.set(i, replacement);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(replacement);
        }
        return new Article(english, list);
    }
}
