package org.triptych.text;

/**
 * Writes a replacement term the way a found term was written, so a suggestion can be pasted over the found words:
 * in the case and number of the found form (Russian {@code Совбеза} → {@code Совета Безопасности}), with the clitics
 * it carried (Arabic {@code وبمجلس} keeps {@code وب}).
 */
@FunctionalInterface
public interface ReplacementForm {

    /** For languages whose words take no inflection or clitic a suggestion must copy: the replacement as given. */
    ReplacementForm AS_GIVEN = (found, foundPrefix, replacement) -> replacement;

    /**
     * {@code replacement} in the form of {@code found}, a form of a glossary term in text whose clitic prefix
     * {@code foundPrefix} (empty if none) was removed to match it.
     */
    String like(String found, String foundPrefix, String replacement);
}
