package org.triptych.terms;

import org.triptych.model.Concept;
import org.triptych.model.Language;
import org.triptych.model.Term;

/**
 * A glossary term found in a text.
 *
 * @param start      start offset of the match in the text (inclusive)
 * @param end        end offset (exclusive)
 * @param text       the text as found, e.g. {@code Богдановым} or {@code وللأمم المتحدة}
 * @param possible   the form could also be another name or gender (Богдановой for a man named Богданов): not sure
 * @param shortForm  matched on the surname alone of a person's full name
 * @param prefix     a clitic prefix found on the first word (Arabic و, ل, ...), empty if none
 * @param derived    found by a word derived from the term (индонезийский, الأمريكية, North Korean) or by a related
 *                   form the glossary states; {@code term} is the term it derives from
 * @param glued      found inside a longer token, words written without a space between them (Arabic from PDFs)
 */
public record TermMatch(Concept concept, Term term, Language language, int start, int end, String text,
                        boolean possible, boolean shortForm, String prefix, boolean derived, boolean glued) {

    public TermMatch(Concept concept, Term term, Language language, int start, int end, String text,
                     boolean possible, boolean shortForm, String prefix) {
        this(concept, term, language, start, end, text, possible, shortForm, prefix, false, false);
    }

    public String conceptId() {
        return concept.id();
    }
}
