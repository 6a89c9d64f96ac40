package org.triptych.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Well-known names that translations translate rather than transliterate (China | الصين | Китай, White House |
 * البيت الأبيض | Белый дом), read from {@code known-names.tsv} beside this class. The table is a trilingual glossary,
 * not a fact of one language, so it lives with the glossary matching in {@code terms} rather than in a language
 * profile; it is searched with a {@link TermMatcher} like any glossary, so the Arabic clitics and article and the
 * Russian case endings are matched exactly as a user's terms are.
 */
final class KnownNames {

    private static final String RESOURCE = "known-names.tsv";
    private static final List<Language> COLUMNS = List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN);

    private final Glossary glossary;
    private final TermMatcher matcher;

    private KnownNames(Glossary glossary) {
        this.glossary = glossary;
        this.matcher = TermMatcher.build(glossary);
    }

    /** The table shipped with Triptych, read once. */
    static KnownNames standard() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final KnownNames TABLE = read();
    }

    private static KnownNames read() {
        return parse(ShippedTables.lines(RESOURCE), RESOURCE);
    }

    /**
     * Reads table lines: type, English, Arabic, Russian separated by tabs, forms within a column by " | ". The table
     * ships inside the jar, so a malformed line is a fault of the build: it fails, naming the line.
     */
    static KnownNames parse(List<String> lines, String source) {
        List<Concept> concepts = new ArrayList<>();
        for (ShippedTables.Row row : ShippedTables.rows(lines, 4, source)) {
            int n = row.line();
            String[] cols = row.columns();
            ConceptType type = ConceptType.parse(cols[0]);
            if (type == ConceptType.OTHER || type == ConceptType.PERSON) {
                throw new IllegalStateException(source + " line " + n + ": unknown type '" + cols[0] + "'");
            }
            Map<Language, List<Term>> terms = new LinkedHashMap<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                List<Term> forms = new ArrayList<>();
                for (String f : cols[c + 1].split("\\|")) {
                    if (f.isBlank()) {
                        throw new IllegalStateException(source + " line " + n + ": an empty form in column " + (c + 2));
                    }
                    String form = f.strip();
                    boolean related = form.startsWith("~");
                    Term t = Term.of(related ? form.substring(1).strip() : form,
                            forms.isEmpty() ? TermStatus.PREFERRED : TermStatus.ADMITTED);
                    forms.add(related ? t.asDerived() : t);
                }
                if (COLUMNS.get(c).equals(Language.ARABIC)) {
                    forms.addAll(arabicSpellings(forms));
                }
                terms.put(COLUMNS.get(c), forms);
            }
            concepts.add(new Concept("known-" + n, type, "", terms, source));
        }
        return new KnownNames(new Glossary(source, concepts));
    }

    /**
     * The other spellings Arabic news gives a table form, as further admitted forms: a name found in one of them is
     * proposed as the text writes it. Three variations every agency shows in foreign names: the hamza of a first
     * alef left off (اسكتلندا for أسكتلندا, and back), a long i written with one ya or two (السوفيتي, السوفييتي),
     * and a hard g as غ or as ج (بيونغ يانغ, بيونج يانج); and a party's members in the plural's other case
     * (الجمهوريون, الجمهوريين).
     */
    static List<Term> arabicSpellings(List<Term> forms) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        forms.forEach(t -> seen.add(t.text()));
        List<Term> out = new ArrayList<>();
        for (Term t : forms) {
            for (String v : spellings(t.text())) {
                if (seen.add(v)) {
                    Term variant = Term.of(v, TermStatus.ADMITTED);
                    out.add(t.derived() ? variant.asDerived() : variant);
                }
            }
        }
        return out;
    }

    /**
     * Whether two renderings are one name spelt two ways: in two of the spellings {@link #arabicSpellings} allows,
     * with a long vowel's letter written or left out inside a word (بيرنارد, برنارد), or in capitals or not (Ураган
     * Роза, ураган Роза).
     */
    static boolean sameSpelling(String a, String b) {
        return a.equalsIgnoreCase(b) || spellings(a).contains(b) || spellings(b).contains(a)
                || withoutInnerVowelLetters(a).equals(withoutInnerVowelLetters(b));
    }

    private static String withoutInnerVowelLetters(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean inner = i > 0 && s.charAt(i - 1) != ' ' && i + 1 < s.length() && s.charAt(i + 1) != ' ';
            if (!(inner && (c == 'ا' || c == 'و' || c == 'ي'))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> spellings(String form) {
        List<String> out = new ArrayList<>(List.of(form));
        // one variation at a time and then together: the first alef of every word bare, or with its hamza above or below
        List<String> alef = new ArrayList<>();
        for (String f : out) {
            for (char seat : new char[] {'ا', 'أ', 'إ'}) {
                StringBuilder sb = new StringBuilder(f);
                for (int i = 0; i < sb.length(); i++) {
                    boolean wordStart = i == 0 || sb.charAt(i - 1) == ' ';
                    boolean afterArticle = i >= 2 && sb.charAt(i - 1) == 'ل' && sb.charAt(i - 2) == 'ا'
                            && (i == 2 || sb.charAt(i - 3) == ' ');
                    char c = sb.charAt(i);
                    if ((wordStart || afterArticle) && (c == 'ا' || c == 'أ' || c == 'إ')
                            && !(wordStart && c == 'ا' && f.startsWith("ال", i))) {
                        sb.setCharAt(i, seat);
                    }
                }
                alef.add(sb.toString());
            }
        }
        out.addAll(alef);
        List<String> ya = new ArrayList<>();
        for (String f : out) {
            ya.add(f.replace("يي", "ي"));
            ya.add(f.replaceAll("(?<=[\u0621-\u064A])ي(?=[\u0621-\u064A])", "يي").replace("ييي", "يي"));
        }
        out.addAll(ya);
        List<String> g = new ArrayList<>();
        for (String f : out) {
            g.add(f.replace('غ', 'ج'));
        }
        out.addAll(g);
        // a sound masculine plural in its other case: الجمهوريون, الجمهوريين (the Republicans)
        List<String> plural = new ArrayList<>();
        for (String f : out) {
            if (f.endsWith("يون")) {
                plural.add(f.substring(0, f.length() - 2) + "ين");
            }
        }
        out.addAll(plural);
        return out.stream().distinct().filter(f -> !f.equals(form)).toList();
    }

    /** The form a glossary holds for {@code concept} in {@code language}: its first that is the name itself. */
    static String entryForm(Concept concept, Language language) {
        return concept.terms(language).stream().filter(t -> !t.derived()).findFirst()
                .orElseThrow(() -> new IllegalStateException(concept.label() + " has no " + language + " name"))
                .text();
    }

    List<Concept> concepts() {
        return glossary.concepts();
    }

    /** The known name that {@code english} is as a whole (US, White House), if any. */
    Optional<Concept> named(String english) {
        for (TermMatch m : matcher.find(Language.ENGLISH, english)) {
            if (!m.possible() && !m.derived() && m.start() == 0 && m.end() >= english.length() - 1) {
                return Optional.of(m.concept());
            }
        }
        return Optional.empty();
    }

    /** English words derived from a known name (Scottish, Indonesian) → the name's concept; made at first use. */
    private volatile Map<String, Concept> derivedEnglish;

    /** The known name {@code english} is, or the one it is derived from (Scottish: Scotland), if any. */
    Optional<Concept> namedOrDerivedFrom(String english) {
        Optional<Concept> named = named(english);
        if (named.isPresent()) {
            return named;
        }
        Map<String, Concept> derived = derivedEnglish;
        if (derived == null) {
            derived = new java.util.HashMap<>();
            org.triptych.text.DerivedForms forms = org.triptych.text.LanguageProfile.of(Language.ENGLISH).derivedForms();
            for (Concept c : glossary.concepts()) {
                for (Term t : c.terms(Language.ENGLISH)) {
                    for (String d : forms.of(t.text())) {
                        if (!d.equals(t.text())) {
                            derived.putIfAbsent(d, c);
                        }
                    }
                }
            }
            derivedEnglish = derived;
        }
        return Optional.ofNullable(derived.get(english));
    }

    /**
     * Where {@code text} writes {@code concept} by one of its forms in {@code language} (inflected, with clitics),
     * inside words run together too where the glossary matcher finds a term there (الولاياتالمتحدة, with its
     * evidence of where the words end): the form proposed is the table's, not the letters as run together.
     */
    List<TermMatch> find(Concept concept, Language language, String text) {
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : matcher.find(language, text)) {
            if (!m.possible() && m.conceptId().equals(concept.id())) {
                out.add(m);
            }
        }
        return out;
    }
}
