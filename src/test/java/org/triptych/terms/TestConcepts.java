package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/** Glossary concepts for the terminology tests, written as a glossary row's cells. */
final class TestConcepts {

    private TestConcepts() {
    }

    /** A concept in English, Arabic and Russian. */
    static Concept concept(String id, ConceptType type, String en, String ar, String ru) {
        return new Concept(id, type, "", Map.of(Language.ENGLISH, terms(en), Language.ARABIC, terms(ar),
                Language.RUSSIAN, terms(ru)));
    }

    /** A concept in English and Arabic. */
    static Concept concept(String id, ConceptType type, String en, String ar) {
        return new Concept(id, type, "", Map.of(Language.ENGLISH, terms(en), Language.ARABIC, terms(ar)));
    }

    /**
     * A cell's terms, separated by "|", the first preferred and the others admitted; "[acronym]" and "[derived]" after
     * a term mark it so, as in the project's glossary CSV.
     */
    static List<Term> terms(String cell) {
        List<Term> out = new ArrayList<>();
        for (String t : cell.split("\\|")) {
            boolean acronym = t.endsWith("[acronym]");
            boolean derived = t.endsWith("[derived]");
            String text = t.replace("[acronym]", "").replace("[derived]", "").strip();
            Term term = new Term(text, out.isEmpty() ? TermStatus.PREFERRED : TermStatus.ADMITTED, false, false,
                    acronym);
            out.add(derived ? term.asDerived() : term);
        }
        return out;
    }
}
