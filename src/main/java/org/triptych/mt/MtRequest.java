package org.triptych.mt;

import java.util.List;
import java.util.Objects;
import org.triptych.model.Language;

/**
 * What to translate: texts (usually paragraphs) of one source language into one or more targets.
 *
 * @param fetchAgain bypass the cache for reading (fresh drafts are still written to it)
 */
public record MtRequest(Language source, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                        boolean fetchAgain) {

    public MtRequest {
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
        texts = List.copyOf(texts);
        glossary = glossary == null ? ProviderGlossary.empty() : glossary;
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("At least one target language is needed");
        }
    }

    public static MtRequest of(Language source, List<Language> targets, List<String> texts) {
        return new MtRequest(source, targets, texts, ProviderGlossary.empty(), false);
    }

    public MtRequest withGlossary(ProviderGlossary g) {
        return new MtRequest(source, targets, texts, g, fetchAgain);
    }

    public MtRequest fetchingAgain() {
        return new MtRequest(source, targets, texts, glossary, true);
    }
}
