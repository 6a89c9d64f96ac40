package org.triptych.langcheck;

/**
 * Whether a text is, as a whole, a form of a glossary term: an inflected or cliticised form that the word lists of
 * {@link AcceptedTerms} cannot know (Египта for Египет). The language checks own this seam; the terminology engine's
 * matcher answers it when the workbench wires the two, so neither engine imports the other.
 */
@FunctionalInterface
public interface GlossaryForms {

    /** Asked about a flagged word and about a whole flagged span; must be thread-safe and fast. */
    boolean isGlossaryForm(String text);
}
