package org.triptych.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;

/**
 * Merges glossaries loaded from several files into one. A concept id found in more than one file is merged (the
 * first file wins on type, note and a term's status; every difference is reported as a conflict, identical copies
 * as duplicates); a term naming two different concepts is reported, since both will then match.
 */
public final class GlossaryMerger {

    public GlossaryLoad merge(List<GlossaryLoad> loads) {
        List<GlossaryProblem> problems = new ArrayList<>();
        Map<String, Concept> byId = new LinkedHashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (GlossaryLoad load : loads) {
            problems.addAll(load.problems());
            String src = load.glossary().source();
            sources.add(src);
            for (Concept c : load.glossary().concepts()) {
                Concept prev = byId.get(c.id());
                if (prev == null) {
                    byId.put(c.id(), c);
                    sourceOf.put(c.id(), src);
                    continue;
                }
                byId.put(c.id(), combine(prev, c, sourceOf.get(c.id()), src, problems));
            }
        }
        Glossary merged = new Glossary(String.join(" + ", sources), new ArrayList<>(byId.values()));
        reportSharedTerms(merged, problems, sourceOf);
        return new GlossaryLoad(merged, problems);
    }

    private static Concept combine(Concept first, Concept second, String firstSrc, String secondSrc,
                                   List<GlossaryProblem> problems) {
        String where = "concept '" + first.id() + "' in " + firstSrc + " and " + secondSrc;
        if (first.equals(second)) {
            problems.add(new GlossaryProblem(secondSrc, 0, Severity.INFO, "duplicate " + where + "; identical"));
            return first;
        }
        ConceptType type = first.type();
        if (first.type() != second.type() && second.type() != ConceptType.OTHER) {
            if (first.type() == ConceptType.OTHER) {
                type = second.type();
            } else {
                problems.add(new GlossaryProblem(secondSrc, 0, Severity.WARNING, "conflict: " + where
                        + " has type " + first.type().code() + " and " + second.type().code() + "; keeping "
                        + first.type().code()));
            }
        }
        Map<Language, List<Term>> terms = new LinkedHashMap<>();
        first.terms().forEach((l, list) -> terms.put(l, new ArrayList<>(list)));
        second.terms().forEach((l, list) -> {
            List<Term> into = terms.computeIfAbsent(l, x -> new ArrayList<>());
            for (Term t : list) {
                Term same = into.stream().filter(x -> x.text().equals(t.text())).findFirst().orElse(null);
                if (same == null) {
                    into.add(t);
                } else if (same.status() != t.status()) {
                    problems.add(new GlossaryProblem(secondSrc, 0, Severity.WARNING, "conflict: " + where
                            + " give '" + t.text() + "' (" + l.code() + ") as " + same.status().code() + " and "
                            + t.status().code() + "; keeping " + same.status().code()));
                }
            }
        });
        problems.add(new GlossaryProblem(secondSrc, 0, Severity.INFO, "duplicate " + where + "; terms merged"));
        String note = first.note().isEmpty() ? second.note() : first.note();
        String source = first.source().isEmpty() ? second.source() : first.source();
        return new Concept(first.id(), type, note, terms, source);
    }

    private static void reportSharedTerms(Glossary g, List<GlossaryProblem> problems, Map<String, String> sourceOf) {
        Map<String, String> owner = new HashMap<>();
        for (Concept c : g.concepts()) {
            for (Map.Entry<Language, List<Term>> e : c.terms().entrySet()) {
                for (Term t : e.getValue()) {
                    String key = e.getKey().code() + "\u0000" + t.text().toLowerCase(Locale.ROOT);
                    String prev = owner.putIfAbsent(key, c.id());
                    if (prev != null && !prev.equals(c.id())) {
                        problems.add(new GlossaryProblem(sourceOf.getOrDefault(c.id(), g.source()), 0,
                                Severity.WARNING, "term '" + t.text() + "' (" + e.getKey().code()
                                + ") names both concept '" + prev + "' and '" + c.id() + "'; both will match"));
                    }
                }
            }
        }
    }
}
