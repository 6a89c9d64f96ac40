package org.triptych.text;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How LanguageTool checks one language: the variant it is loaded as, how the variant is read from a document where a
 * language has several, and the rules and categories switched off because they raised almost only false alarms on
 * correct, professionally translated news (counts in docs/langcheck.md). Spelling rules stay on; the glossary and
 * name filters tame them.
 *
 * @param defaultVariant  LanguageTool's short code with variant, e.g. {@code en-US}, {@code ru}
 * @param variantOfText   the variant a document's paragraphs are written in, or null where LanguageTool has one
 * @param offRules        rule ids switched off by default
 * @param offCategories   category ids switched off by default
 */
public record LanguageToolSetup(String defaultVariant, Function<Collection<String>, String> variantOfText,
                                Set<String> offRules, Set<String> offCategories) {

    public LanguageToolSetup {
        Objects.requireNonNull(defaultVariant, "defaultVariant");
        offRules = Set.copyOf(offRules);
        offCategories = Set.copyOf(offCategories);
    }

    /** Whether the variant is read from the document (British or American English, as the document spells). */
    public boolean readsVariantFromText() {
        return variantOfText != null;
    }

    /** The variant {@code paragraphs} are written in; the default variant where the language has only one. */
    public String variantFor(Collection<String> paragraphs) {
        return variantOfText == null ? defaultVariant : variantOfText.apply(paragraphs);
    }
}
