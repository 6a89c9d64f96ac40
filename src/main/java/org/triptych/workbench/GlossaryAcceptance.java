package org.triptych.workbench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triptych.langcheck.AcceptedTerms;
import org.triptych.langcheck.GlossaryForms;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TermMatcher;

/**
 * Joins the terminology engine to the language checks: what a glossary makes the spellers accept is every term of
 * every concept, in every language and status (a deprecated spelling is the terminology check's finding, not a
 * misspelling), and, through the terminology matcher answering the language checks' {@link GlossaryForms}, every
 * inflected or cliticised form of them (a span the matcher finds whole).
 */
public final class GlossaryAcceptance {

    private GlossaryAcceptance() {
    }

    public static AcceptedTerms of(Glossary glossary) {
        if (glossary.isEmpty()) {
            return AcceptedTerms.none();
        }
        Set<String> forms = new LinkedHashSet<>();
        Set<Language> languages = new LinkedHashSet<>();
        for (Concept c : glossary.concepts()) {
            for (Map.Entry<Language, List<Term>> e : c.terms().entrySet()) {
                languages.add(e.getKey());
                for (Term t : e.getValue()) {
                    forms.add(t.text());
                }
            }
        }
        TermMatcher matcher = TermMatcher.build(glossary);
        List<Language> langs = List.copyOf(languages);
        return AcceptedTerms.of(forms).withGlossaryForms(text -> isWholeMatch(matcher, langs, text));
    }

    private static boolean isWholeMatch(TermMatcher matcher, List<Language> languages, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (Language l : languages) {
            for (TermMatch m : matcher.find(l, t)) {
                if (m.start() == 0 && m.end() == t.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
