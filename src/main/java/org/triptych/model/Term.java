package org.triptych.model;

import java.util.Objects;

/**
 * One way of writing a concept in one language.
 *
 * @param caseSensitive match only with the same letter case (acronyms are always case-sensitive)
 * @param exactForm     match only this exact form: no inflection, no clitics
 * @param acronym       an acronym or abbreviation such as {@code UN} or {@code ООН}
 * @param shortForm     a short form of the full name (a surname alone, Совет Безопасности for Совет Безопасности ООН):
 *                      using it beside the full form is not an inconsistency
 * @param note          a note on this term for people (usage, context); empty when none. Glossary files carry it
 *                      from tool to tool; matching never reads it
 * @param source        where the term comes from (a dictionary, a style guide, a web address); empty when unknown
 * @param derived       a form related to the name rather than the name itself, as a glossary states it (лейборист for
 *                      the Labour Party, американский for США): it names the concept, but using it beside the name is
 *                      no inconsistency and it is never suggested in place of the name
 */
public record Term(String text, TermStatus status, boolean caseSensitive, boolean exactForm, boolean acronym,
                   boolean shortForm, String note, String source, boolean derived) {

    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A term has text");
        }
        note = note == null ? "" : note.strip();
        source = source == null ? "" : source.strip();
    }

    public Term(String text, TermStatus status, boolean caseSensitive, boolean exactForm, boolean acronym,
                boolean shortForm, String note, String source) {
        this(text, status, caseSensitive, exactForm, acronym, shortForm, note, source, false);
    }

    public Term(String text, TermStatus status, boolean caseSensitive, boolean exactForm, boolean acronym,
                boolean shortForm) {
        this(text, status, caseSensitive, exactForm, acronym, shortForm, "", "");
    }

    public Term(String text, TermStatus status, boolean caseSensitive, boolean exactForm, boolean acronym) {
        this(text, status, caseSensitive, exactForm, acronym, false);
    }

    public static Term of(String text, TermStatus status) {
        return new Term(text, status, false, false, false, false);
    }

    public static Term preferred(String text) {
        return of(text, TermStatus.PREFERRED);
    }

    public Term withStatus(TermStatus newStatus) {
        return new Term(text, newStatus, caseSensitive, exactForm, acronym, shortForm, note, source, derived);
    }

    public Term withNoteAndSource(String newNote, String newSource) {
        return new Term(text, status, caseSensitive, exactForm, acronym, shortForm, newNote, newSource, derived);
    }

    /** This term marked as a derived or related form of the name (see {@code derived}). */
    public Term asDerived() {
        return new Term(text, status, caseSensitive, exactForm, acronym, shortForm, note, source, true);
    }
}
