package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

class GlossaryMergerTest {

    private static GlossaryLoad load(String source, Concept... cs) {
        return new GlossaryLoad(new Glossary(source, List.of(cs)), List.of());
    }

    @Test
    void duplicatesMergeAndConflictsAreReported() {
        Concept a1 = new Concept("un", ConceptType.ORGANISATION, "", Map.of(Language.RUSSIAN,
                List.of(Term.preferred("ООН"), Term.of("ОН", TermStatus.DEPRECATED))));
        Concept a2 = new Concept("un", ConceptType.PLACE, "", Map.of(Language.RUSSIAN,
                List.of(Term.preferred("ООН"), Term.of("ОН", TermStatus.ADMITTED), Term.of("Объединённые Нации", TermStatus.ADMITTED))));
        Concept same = new Concept("x", ConceptType.PLACE, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Paris"))));
        Concept other = new Concept("y", ConceptType.PERSON, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Paris"))));
        GlossaryLoad merged = new GlossaryMerger().merge(List.of(load("a.tbx", a1, same), load("b.csv", a2, same, other)));
        assertEquals(List.of("un", "x", "y"), merged.glossary().concepts().stream().map(Concept::id).toList());
        Concept un = merged.glossary().concepts().get(0);
        assertEquals(ConceptType.ORGANISATION, un.type());
        assertEquals(List.of("ООН", "ОН", "Объединённые Нации"), un.terms(Language.RUSSIAN).stream().map(Term::text).toList());
        assertEquals(TermStatus.DEPRECATED, un.terms(Language.RUSSIAN).get(1).status());
        String all = merged.problems().toString();
        assertTrue(all.contains("conflict: concept 'un' in a.tbx and b.csv has type organisation and place"), all);
        assertTrue(all.contains("give 'ОН' (ru) as deprecated and admitted; keeping deprecated"), all);
        assertTrue(all.contains("duplicate concept 'x' in a.tbx and b.csv; identical"), all);
        assertTrue(all.contains("term 'Paris' (en) names both concept 'x' and 'y'"), all);
    }
}
