package org.triptych.io.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Gathers the concepts a glossary reader finds, so every format applies the same rules: terms that cannot be
 * matched safely (no letters, one letter) are skipped with a warning, a repeated concept id merges into the first
 * concept with a warning, and a file with no usable concept says so.
 */
final class ConceptCollector {

    private static final class Draft {
        final String id;
        final int line;
        ConceptType type = ConceptType.OTHER;
        String note = "";
        String source = "";
        final Map<Language, List<Term>> terms = new LinkedHashMap<>();

        Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    private final String source;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<GlossaryProblem> problems = new ArrayList<>();

    ConceptCollector(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    void problem(int line, Severity severity, String message) {
        problems.add(new GlossaryProblem(source, line, severity, message));
    }

    /** Starts (or, for a repeated id, re-opens with a warning) the concept {@code id} read at {@code line}. */
    void begin(String id, int line, boolean warnIfRepeated) {
        Draft d = drafts.get(id);
        if (d == null) {
            drafts.put(id, new Draft(id, line));
        } else if (warnIfRepeated) {
            problem(line, Severity.WARNING, "duplicate concept id '" + id + "' (first at line " + d.line
                    + "); its terms are merged into the first entry");
        }
    }

    void type(String id, ConceptType type) {
        Draft d = drafts.get(id);
        if (d != null && type != ConceptType.OTHER) {
            d.type = type;
        }
    }

    void note(String id, String note) {
        Draft d = drafts.get(id);
        if (d != null && note != null && !note.isBlank()) {
            d.note = d.note.isEmpty() ? note.strip() : d.note + " " + note.strip();
        }
    }

    /** Where the concept's entry comes from (TBX {@code admin type="source"}); the first one given is kept. */
    void source(String id, String source) {
        Draft d = drafts.get(id);
        if (d != null && source != null && !source.isBlank() && d.source.isEmpty()) {
            d.source = source.strip();
        }
    }

    /** Adds a term unless it is unusable; returns whether it was kept. */
    boolean term(String id, int line, Language language, Term term) {
        Draft d = drafts.get(id);
        if (d == null) {
            return false;
        }
        String text = term.text();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        if (letters == 0) {
            problem(line, Severity.WARNING, "term '" + text + "' (" + language.code() + ", concept " + id
                    + ") has no letters or digits; skipped");
            return false;
        }
        if (letters == 1 && text.codePointCount(0, text.length()) <= 2) { // "K", "X.": one letter and a mark
            problem(line, Severity.WARNING, "one-letter term '" + text + "' (" + language.code() + ", concept " + id
                    + ") would match almost anywhere; skipped");
            return false;
        }
        List<Term> list = d.terms.computeIfAbsent(language, l -> new ArrayList<>());
        for (Term t : list) {
            if (t.text().equals(text)) {
                if (t.status() != term.status()) {
                    problem(line, Severity.WARNING, "term '" + text + "' (" + language.code() + ", concept " + id
                            + ") given twice with different status: " + t.status().code() + " and "
                            + term.status().code() + "; keeping " + t.status().code());
                }
                return false;
            }
        }
        list.add(term);
        return true;
    }

    /** Runs of white space as one space, without a regular expression (this runs once per term of big glossaries). */
    static String collapseSpaces(String s) {
        String t = s.strip();
        boolean clean = true;
        for (int i = 0; i < t.length() && clean; i++) {
            char c = t.charAt(i);
            clean = !Character.isWhitespace(c) || (c == ' ' && !Character.isWhitespace(t.charAt(i + 1)));
        }
        return clean ? t : t.replaceAll("\\s+", " ");
    }

    GlossaryLoad finish() {
        List<Concept> concepts = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.terms.isEmpty()) {
                problem(d.line, Severity.WARNING, "concept '" + d.id + "' has no usable term; skipped");
                continue;
            }
            concepts.add(new Concept(d.id, d.type, d.note, d.terms, d.source));
        }
        if (concepts.isEmpty() && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            problem(0, Severity.WARNING, "the glossary holds no concepts");
        }
        return new GlossaryLoad(new Glossary(source, concepts), problems);
    }
}
