package org.triptych.terms;

import java.util.ArrayList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triptych.model.Concept;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.triptych.text.LanguageProfile;

/**
 * Terminology checks of one target version against English, unit by unit:
 * <ul>
 *   <li>{@code missing}: the English unit names a concept, the target unit has none of its acceptable terms;</li>
 *   <li>{@code deprecated} / {@code forbidden}: the target uses such a term (the suggestion is the preferred term
 *       inflected like the found form);</li>
 *   <li>{@code possible}: the only rendering found could be another name or gender (Богдановой for Mr Bogdanov);</li>
 *   <li>{@code inconsistent}: across the document, one concept rendered with different full terms (acronyms and
 *       surname-only mentions do not count);</li>
 *   <li>{@code extra} (info): the target names a concept its English unit does not (not for a derived word, nor
 *       for a name the English gave in the units just before);</li>
 *   <li>{@code glued} (info): a term found inside a token whose words lost their spaces; it counts as rendered.</li>
 * </ul>
 * A place rendered by its adjective or its people's name (индонезийский, الأمريكيون) is rendered, and a derived
 * English word (North Korean) names the place as much as the name does.
 */
final class TermChecker {

    private static final int NEARBY_UNITS = 2;

    private final TermMatcher matcher;
    /** English matches by unit text: each English unit is checked once per target version. */
    private final Map<String, List<TermMatch>> englishMatches = new java.util.concurrent.ConcurrentHashMap<>();

    public TermChecker(TermMatcher matcher) {
        this.matcher = matcher;
    }

    public TermMatcher matcher() {
        return matcher;
    }

    public List<Finding> check(Language target, List<AlignedUnit> units) {
        List<Finding> out = new ArrayList<>();
        // concept -> term text -> occurrences, for the consistency check over the whole document
        Map<String, Map<String, List<Occurrence>>> usage = new LinkedHashMap<>();
        // where each concept was last rendered (position in the unit list): a later mention may be a pronoun
        Map<String, Integer> lastRendered = new HashMap<>();
        // where the English last named each concept: a target naming it again where the English says "he" or
        // "the city" makes the reference explicit, it adds nothing
        Map<String, Integer> lastNamedInEnglish = new HashMap<>();
        EnglishDocument document = units.size() > 1 ? EnglishDocument.of(units, this::englishMatches) : null;
        int position = -1;
        for (AlignedUnit u : units) {
            position++;
            List<TermMatch> en = u.english().isBlank() ? List.of() : englishMatches(u.english());
            List<TermMatch> tg = u.target().isBlank() ? List.of() : matcher.find(target, u.target());
            Map<String, Concept> englishConcepts = new LinkedHashMap<>();
            for (TermMatch m : en) {
                if (!m.possible() && (document == null || document.names(m, u.english(), en))) {
                    englishConcepts.putIfAbsent(m.conceptId(), m.concept());
                }
            }
            Map<String, List<TermMatch>> byConcept = new LinkedHashMap<>();
            for (TermMatch m : tg) {
                byConcept.computeIfAbsent(m.conceptId(), k -> new ArrayList<>()).add(m);
            }
            for (TermMatch m : tg) {
                if (!m.term().status().isAcceptable() && !m.possible()) {
                    out.add(wrongTerm(target, u, m));
                } else if (m.term().status().isAcceptable() && !m.possible() && !m.shortForm() && !m.derived()
                        && !m.term().shortForm() && !isAcronym(m.term())) {
                    usage.computeIfAbsent(m.conceptId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(m.term().text(), k -> new ArrayList<>()).add(new Occurrence(u, m));
                }
            }
            if (u.target().isBlank()) {
                continue; // an omitted unit is reported once by the version comparison, not once per name
            }
            Set<List<Integer>> reportedSpans = new HashSet<>();
            // of several people a surname alone may name, the one the article rendered last is the one it means
            List<Concept> inOrder = new ArrayList<>(englishConcepts.values());
            inOrder.sort(java.util.Comparator.comparingInt(c -> -lastRendered.getOrDefault(c.id(), -1)));
            for (Concept c : inOrder) {
                if (c.terms(target).isEmpty()) {
                    continue;
                }
                List<TermMatch> ms = byConcept.getOrDefault(c.id(), List.of());
                boolean sure = ms.stream().anyMatch(m -> !m.possible() && m.term().status().isAcceptable());
                boolean wrong = ms.stream().anyMatch(m -> !m.possible() && !m.term().status().isAcceptable());
                if (sure) {
                    misspeltGivenName(target, u, c, en, ms).ifPresent(out::add);
                }
                if (sure || wrong || anotherReadingRendered(c, en, englishConcepts, byConcept)
                        || renderedInside(target, u.target(), c, en, tg) || keptInEnglish(target, u.target(), c)) {
                    continue;
                }
                Integer before = lastRendered.get(c.id());
                boolean nearby = before != null && position - before <= NEARBY_UNITS;
                Optional<TermMatch> maybe = ms.stream().filter(TermMatch::possible).findFirst();
                if (maybe.isPresent()) {
                    out.add(possible(target, u, c, maybe.get()));
                } else if (!surnameOnly(c, en) || reportedSpans.addAll(spans(c, en))) {
                    out.add(missing(target, u, c, nearby));
                }
                // else: a surname alone that several glossary people share (Lt Col Vann: James, Michael or Bernard
                // Vann), already reported missing for one of them: one mention, one finding
            }
            for (TermMatch m : tg) {
                if (!m.possible()) {
                    lastRendered.put(m.conceptId(), position);
                }
            }
            Set<String> reportedExtra = new HashSet<>();
            Set<String> explainedSpans = new HashSet<>();
            for (TermMatch m : tg) {
                if (englishConcepts.containsKey(m.conceptId())) {
                    explainedSpans.add(m.start() + ":" + m.end());
                }
            }
            for (TermMatch m : tg) {
                // a span that also names a concept of the English unit (عمان: Oman or Amman) is not an extra; nor is
                // an adjective a translator adds (американский штат Массачусетс), nor a name the English gave just
                // before and refers to here by a pronoun
                Integer named = lastNamedInEnglish.get(m.conceptId());
                boolean namedJustBefore = named != null && position - named <= NEARBY_UNITS;
                if (!m.possible() && m.term().status().isAcceptable() && !englishConcepts.containsKey(m.conceptId())
                        && !explainedSpans.contains(m.start() + ":" + m.end()) && !m.derived() && !namedJustBefore
                        && !m.concept().terms(Language.ENGLISH).isEmpty() && reportedExtra.add(m.conceptId())) {
                    out.add(new Finding("extra", Severity.INFO, target, u.unit(), m.start(), m.end(), m.text(),
                            m.conceptId(), "'" + m.text() + "' (" + m.concept().label()
                            + ") is not named in the English unit", List.of(), "terms.extra"));
                }
            }
            Set<String> gluedNoted = new HashSet<>();
            for (TermMatch m : tg) {
                if (m.glued() && !m.possible() && gluedNoted.add(m.conceptId())) {
                    out.add(new Finding("glued", Severity.INFO, target, u.unit(), m.start(), m.end(), m.text(),
                            m.conceptId(), "'" + m.text() + "' names " + m.concept().label() + " but is written"
                            + " without a space between it and the words beside it (text taken from a PDF or a web"
                            + " page often loses them)", List.of(), "terms.glued"));
                }
            }
            for (String id : englishConcepts.keySet()) {
                lastNamedInEnglish.put(id, position);
            }
        }
        out.addAll(inconsistencies(target, usage));
        return out;
    }

    /** Whether the English names {@code c} in the unit only by a surname alone (shortForm matches). */
    private static boolean surnameOnly(Concept c, List<TermMatch> en) {
        boolean any = false;
        for (TermMatch m : en) {
            if (m.conceptId().equals(c.id()) && !m.possible()) {
                if (!m.shortForm()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The English spans ({start, end}) that name {@code c} in the unit. */
    private static List<List<Integer>> spans(Concept c, List<TermMatch> en) {
        List<List<Integer>> out = new ArrayList<>();
        for (TermMatch m : en) {
            if (m.conceptId().equals(c.id()) && !m.possible()) {
                out.add(List.of(m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * Whether every English span naming {@code c} names other concepts too, and the target renders one of them: a
     * surname three people of the glossary share (Vann) or a name of two places names one of them, not all. The other
     * concept's rendering counts only when the English names it nowhere else in the unit, where that rendering may
     * stand for the other mention (US and Americans: США rendered for "the U.S." says nothing of "Americans").
     */
    private static boolean anotherReadingRendered(Concept c, List<TermMatch> en, Map<String, Concept> englishConcepts,
                                                  Map<String, List<TermMatch>> byConcept) {
        boolean any = false;
        for (TermMatch m : en) {
            if (!m.conceptId().equals(c.id()) || m.possible()) {
                continue;
            }
            boolean rendered = false;
            for (TermMatch o : en) {
                if (o.start() == m.start() && o.end() == m.end() && !o.conceptId().equals(c.id())
                        && englishConcepts.containsKey(o.conceptId()) && onlyBeside(o.conceptId(), c.id(), en)) {
                    rendered |= byConcept.getOrDefault(o.conceptId(), List.of()).stream()
                            .anyMatch(t -> !t.possible() && t.term().status().isAcceptable());
                }
            }
            if (!rendered) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether the concept's term stands inside a longer term of the target (Министерство обороны США) whose concept
     * the English names with this one, side by side (the U.S. Defense Department). An English mention of its own
     * (Wales, beside the Welsh Parliament) needs a rendering of its own.
     */
    private boolean renderedInside(Language target, String text, Concept c, List<TermMatch> en, List<TermMatch> tg) {
        for (TermMatch n : matcher.findInside(target, text)) {
            if (!n.conceptId().equals(c.id()) || n.possible() || !n.term().status().isAcceptable()) {
                continue;
            }
            for (TermMatch outer : tg) {
                if (outer.start() <= n.start() && n.end() <= outer.end() && !outer.conceptId().equals(c.id())
                        && everyMentionBeside(c.id(), outer.conceptId(), en)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters between two English mentions that make one name of them (U.S. Defense: ". "). */
    private static final int NAME_GAP = 2;

    private static boolean everyMentionBeside(String inner, String outer, List<TermMatch> en) {
        boolean any = false;
        for (TermMatch m : en) {
            if (!m.conceptId().equals(inner)) {
                continue;
            }
            any = true;
            boolean beside = false;
            for (TermMatch o : en) {
                boolean apart = o.start() >= m.end() || o.end() <= m.start(); // one span for both is no name of two
                if (o.conceptId().equals(outer) && apart && o.start() - m.end() <= NAME_GAP
                        && m.start() - o.end() <= NAME_GAP) {
                    beside = true;
                }
            }
            if (!beside) {
                return false;
            }
        }
        return any;
    }

    /**
     * Whether the target keeps the English name in its Latin letters (сообщает West Virginia Metro News, مؤسسة "Air
     * Navigation Indonesia"): translators leave names of publications, programmes and cases so. Not in brackets:
     * there the English glosses a translation that must stand beside it (MWP (от англ. Member of the Welsh
     * Parliament — член Парламента Уэльса)).
     */
    private boolean keptInEnglish(Language target, String text, Concept c) {
        if (text.chars().noneMatch(TermChecker::isLatinLetter)
                || c.terms(target).stream().anyMatch(t -> t.text().chars().anyMatch(TermChecker::isLatinLetter))) {
            return false; // where the glossary gives a Latin form for the version, that form is the rendering
        }
        return englishMatches(text).stream().anyMatch(m -> m.conceptId().equals(c.id()) && !m.possible()
                && m.term().status().isAcceptable() && !inBrackets(text, m.start()));
    }

    private static boolean isLatinLetter(int ch) {
        return ch < 0x250 && Character.isLetter(ch);
    }

    private static boolean inBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if ((ch == ')' || ch == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Whether every English match of {@code other} is on a span that also names {@code c}. */
    private static boolean onlyBeside(String other, String c, List<TermMatch> en) {
        for (TermMatch m : en) {
            if (m.conceptId().equals(other) && en.stream().noneMatch(x -> x.conceptId().equals(c)
                    && x.start() == m.start() && x.end() == m.end())) {
                return false;
            }
        }
        return true;
    }

    private List<TermMatch> englishMatches(String text) {
        if (englishMatches.size() > 10_000) {
            englishMatches.clear();
        }
        return englishMatches.computeIfAbsent(text, t -> matcher.find(Language.ENGLISH, t));
    }

    private record Occurrence(AlignedUnit unit, TermMatch match) {
    }

    private Finding wrongTerm(Language target, AlignedUnit u, TermMatch m) {
        Concept c = m.concept();
        boolean forbidden = m.term().status() == TermStatus.FORBIDDEN;
        String preferred = replacementTerm(c, target, m);
        List<String> sugg = new ArrayList<>();
        if (preferred != null) {
            String inflected = LanguageProfile.of(m.language()).replacementForm().like(m.text(), m.prefix(), preferred);
            sugg.add(inflected);
            if (!inflected.equals(preferred)) {
                sugg.add(preferred);
            }
        }
        String msg = "'" + m.text() + "' is a " + (forbidden ? "forbidden" : "deprecated") + " term for "
                + c.label() + (preferred == null ? "" : "; use '" + preferred + "'");
        return new Finding(forbidden ? "forbidden" : "deprecated", forbidden ? Severity.ERROR : Severity.WARNING,
                target, u.unit(), m.start(), m.end(), m.text(), c.id(), msg, sugg,
                forbidden ? "terms.forbidden" : "terms.deprecated");
    }

    /** The preferred term; for a surname-only or other short form found, the concept's short form or surname. */
    private static String replacementTerm(Concept c, Language target, TermMatch m) {
        String preferred = c.preferred(target).map(Term::text).orElse(null);
        if (preferred == null || !(m.shortForm() || m.term().shortForm())) {
            return preferred;
        }
        Optional<Term> shortTerm = c.terms(target).stream()
                .filter(t -> t.shortForm() && t.status().isAcceptable())
                .min(java.util.Comparator.comparingInt(t -> t.status().ordinal()));
        if (shortTerm.isPresent()) {
            return shortTerm.get().text();
        }
        List<org.triptych.text.TermToken> words = org.triptych.text.TermTokenizer.tokenize(preferred);
        return words.isEmpty() ? preferred : preferred.substring(words.get(words.size() - 1).start());
    }

    /**
     * A person the English names in full whom the version renders by the surname alone, with the word before it one
     * slip from the given name (Доанльд Трамп for Donald Trump: Трамп alone is the glossary's short form, so the
     * name would pass): the given name misspelt, reported as a possible finding. A given name left out, a title in
     * its place (президент Трамп) or the given name in any of its forms (Дональда) is no slip.
     */
    private static Optional<Finding> misspeltGivenName(Language target, AlignedUnit u, Concept c, List<TermMatch> en,
                                                       List<TermMatch> ms) {
        if (c.type() != org.triptych.model.ConceptType.PERSON
                || en.stream().noneMatch(m -> m.conceptId().equals(c.id()) && !m.possible() && !m.shortForm())
                || ms.stream().anyMatch(m -> !m.possible() && !m.shortForm() && m.term().status().isAcceptable())) {
            return Optional.empty();
        }
        Optional<Term> preferred = c.preferred(target);
        if (preferred.isEmpty() || preferred.get().text().indexOf(' ') < 0) {
            return Optional.empty();
        }
        String given = preferred.get().text().substring(0, preferred.get().text().indexOf(' '));
        org.triptych.text.BaseForms forms = LanguageProfile.of(target).baseForms();
        List<org.triptych.text.TermToken> tokens = org.triptych.text.TermTokenizer.tokenize(u.target());
        for (TermMatch m : ms) {
            if (m.possible() || !m.shortForm()) {
                continue;
            }
            org.triptych.text.TermToken before = null;
            for (org.triptych.text.TermToken t : tokens) {
                if (t.end() <= m.start() && u.target().substring(t.end(), m.start()).isBlank()) {
                    before = t;
                }
            }
            if (before == null || before.text().length() < 3) {
                continue;
            }
            boolean same = false;
            boolean slip = false;
            for (String f : forms.of(before.text())) {
                same |= f.equalsIgnoreCase(given);
                slip |= oneSlip(f.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT));
            }
            if (!same && slip) {
                return Optional.of(new Finding("possible", Severity.WARNING, target, u.unit(), before.start(), m.end(),
                        u.target().substring(before.start(), m.end()), c.id(), "'" + before.text() + "' may be "
                        + c.label() + "'s given name misspelt ('" + preferred.get().text() + "')", List.of(
                        preferred.get().text()), "terms.given-name"));
            }
        }
        return Optional.empty();
    }

    /** Whether two words differ by two neighbouring letters swapped, or one letter replaced, added or left out. */
    static boolean oneSlip(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty()
                || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    first = first < 0 ? i : first;
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static Finding possible(Language target, AlignedUnit u, Concept c, TermMatch m) {
        String preferred = c.preferred(target).map(Term::text).orElse("");
        return new Finding("possible", Severity.WARNING, target, u.unit(), m.start(), m.end(), m.text(), c.id(),
                "'" + m.text() + "' may not be " + c.label() + " ('" + preferred
                        + "'): the form also reads as another name or gender", List.of(), "terms.possible");
    }

    /**
     * Missing is an error, but only a warning when the version named the concept in one of the two units before:
     * translators often write "he" or "the hurricane" for a name the English repeats.
     */
    private static Finding missing(Language target, AlignedUnit u, Concept c, boolean namedNearby) {
        String preferred = c.preferred(target).map(Term::text).orElse("");
        List<String> accepted = c.terms(target).stream().filter(t -> t.status().isAcceptable()).map(Term::text).toList();
        return new Finding("missing", namedNearby ? Severity.WARNING : Severity.ERROR, target, u.unit(), 0, 0, "",
                c.id(), c.label() + " is named in the English unit but not rendered" + (preferred.isEmpty() ? ""
                        : " (expected '" + preferred + "')") + (namedNearby
                        ? "; the unit before names it, so this may be a pronoun or a shorter reference" : ""),
                accepted, "terms.missing");
    }

    private static boolean isAcronym(Term t) {
        if (t.acronym()) {
            return true;
        }
        String letters = t.text().replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }

    private static List<Finding> inconsistencies(Language target, Map<String, Map<String, List<Occurrence>>> usage) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Occurrence>>> e : usage.entrySet()) {
            Map<String, List<Occurrence>> terms = e.getValue();
            if (terms.size() < 2) {
                continue;
            }
            Concept c = terms.values().iterator().next().get(0).match().concept();
            String preferred = c.preferred(target).map(Term::text).orElse("");
            String main = null;
            for (Map.Entry<String, List<Occurrence>> t : terms.entrySet()) {
                if (main == null || t.getValue().size() > terms.get(main).size()
                        || (t.getValue().size() == terms.get(main).size() && t.getKey().equals(preferred))) {
                    main = t.getKey();
                }
            }
            Set<String> mainWords = words(main);
            for (Map.Entry<String, List<Occurrence>> t : terms.entrySet()) {
                if (t.getKey().equals(main)) {
                    continue;
                }
                Set<String> w = words(t.getKey());
                if (w.containsAll(mainWords) || mainWords.containsAll(w)) {
                    continue; // a longer or shorter form of the same name (Совет Безопасности ООН) is not a variant
                }
                for (Occurrence o : t.getValue()) {
                    TermMatch m = o.match();
                    out.add(new Finding("inconsistent", Severity.WARNING, target, o.unit().unit(), m.start(), m.end(),
                            m.text(), c.id(), c.label() + " is rendered both as '" + main + "' ("
                            + terms.get(main).size() + "x) and as '" + t.getKey() + "' in this version",
                            List.of(main), "terms.inconsistent"));
                }
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

}
