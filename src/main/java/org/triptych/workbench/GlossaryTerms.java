package org.triptych.workbench;

import java.util.List;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TermMatcher;

/**
 * The glossary terms in a text, as the window highlights them: the project's glossaries read and merged once (which
 * takes seconds with the Russian lemmatiser: build it in the background), then asked per cell text.
 */
public final class GlossaryTerms {

    /** A term found in a text: its concept and the term it matched, where, and whether the match is only possible. */
    public record Found(Concept concept, Term term, Language language, int start, int end, boolean possible) {
    }

    private final TermMatcher matcher;

    private GlossaryTerms(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /** The terms of the glossary files {@code paths}, merged in that order. Reads the files. */
    public static GlossaryTerms read(List<String> paths) {
        return of(ProjectGlossaries.merged(paths));
    }

    public static GlossaryTerms of(Glossary glossary) {
        return new GlossaryTerms(TermMatcher.build(glossary));
    }

    public List<Found> find(Language language, String text) {
        return matcher.find(language, text).stream().map(GlossaryTerms::found).toList();
    }

    private static Found found(TermMatch m) {
        return new Found(m.concept(), m.term(), m.language(), m.start(), m.end(), m.possible());
    }
}
