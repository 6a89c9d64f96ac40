package org.triptych.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.triptych.text.TermToken;
import org.triptych.text.TermTokenizer;
import org.triptych.text.LanguageProfile;
import org.triptych.text.TokenAnalyzer;
import org.triptych.text.TokenReading;

/**
 * Finds every glossary term in a text in one pass. All terms of a language sit in one token trie keyed by each
 * word's canonical reading (lemma, light stem, normalised form); a text word follows every reading it has, so the
 * cost depends on the text and on the longest term, not on the size of the glossary. Overlapping matches resolve
 * leftmost-longest; a span naming several concepts keeps them all.
 */
public final class TermMatcher {

    private static final class Node {
        String singleKey;
        Node singleChild;
        HashMap<String, Node> children;
        Object entries; // null, an Entry, or a List<Entry>: most nodes hold none or one

        Node child(String key) {
            if (singleKey != null) {
                return singleKey.equals(key) ? singleChild : null;
            }
            return children == null ? null : children.get(key);
        }

        Node childOrNew(String key) {
            Node n = child(key);
            if (n != null) {
                return n;
            }
            n = new Node();
            if (singleKey == null && children == null) {
                singleKey = key;
                singleChild = n;
            } else {
                if (children == null) {
                    children = new HashMap<>(4);
                    children.put(singleKey, singleChild);
                    singleKey = null;
                    singleChild = null;
                }
                children.put(key, n);
            }
            return n;
        }

        @SuppressWarnings("unchecked")
        void add(Entry e) {
            if (entries == null) {
                entries = e;
            } else if (entries instanceof Entry one) {
                List<Entry> list = new ArrayList<>(2);
                list.add(one);
                list.add(e);
                entries = list;
            } else {
                ((List<Entry>) entries).add(e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Entry> entries() {
            if (entries == null) {
                return List.of();
            }
            return entries instanceof Entry one ? List.of(one) : (List<Entry>) entries;
        }
    }

    /** A term at the end of a trie path, with what verification needs worked out once at build time. */
    private record Entry(Concept concept, Term term, TokenReading[] readings, String[] surfaces, boolean shortForm,
                         boolean checkCase, boolean capitalisedSingle, boolean checkGender) {

        static Entry of(Concept c, Term t, TokenReading[] readings, String[] surfaces, boolean shortForm, boolean hasCase) {
            boolean capitalisedSingle = hasCase && readings.length == 1
                    && Character.isUpperCase(surfaces[0].codePointAt(0));
            boolean gender = false;
            for (TokenReading r : readings) {
                int g = r.genders() & (TokenReading.MASCULINE | TokenReading.FEMININE);
                gender |= c.type() == ConceptType.PERSON && r.has(TokenReading.NAME)
                        && (g == TokenReading.MASCULINE || g == TokenReading.FEMININE);
            }
            return new Entry(c, t, readings, surfaces, shortForm,
                    hasCase && (t.caseSensitive() || t.acronym() || looksLikeAcronym(t.text())), capitalisedSingle, gender);
        }
    }

    private record Candidate(int first, int last, Entry entry, boolean possible, String prefix) {
    }

    private final Map<Language, Node> roots = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, TokenAnalyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<Language, TokenAnalyzer> analyzerFactory;

    private TermMatcher(Function<Language, TokenAnalyzer> analyzerFactory) {
        this.analyzerFactory = analyzerFactory;
    }

    public static TermMatcher build(Glossary glossary) {
        return build(glossary, l -> LanguageProfile.of(l).tokenAnalyzer());
    }

    /** Builds the tries, one language per thread: each language's trie and analyzer are independent. */
    public static TermMatcher build(Glossary glossary, Function<Language, TokenAnalyzer> analyzers) {
        TermMatcher m = new TermMatcher(analyzers);
        java.util.Set<Language> languages = new java.util.LinkedHashSet<>(List.of(Language.ENGLISH));
        for (Concept c : glossary.concepts()) {
            languages.addAll(c.terms().keySet());
        }
        for (Language l : languages) {
            m.analyzer(l);
            m.roots.put(l, new Node());
        }
        languages.parallelStream().forEach(l -> {
            Map<String, List<Entry>> surnames = new HashMap<>();
            for (Concept c : glossary.concepts()) {
                for (Term t : c.terms(l)) {
                    m.insert(c, l, t, surnames);
                }
            }
            // A surname alone names a person only when few people in the glossary share it (not "Kim", not "James").
            Node root = m.roots.get(l);
            for (Map.Entry<String, List<Entry>> e : surnames.entrySet()) {
                long people = e.getValue().stream().map(x -> x.concept().id()).distinct().count();
                if (people <= MAX_PEOPLE_PER_SURNAME) {
                    Node n = root.childOrNew(e.getKey());
                    e.getValue().forEach(n::add);
                }
            }
        });
        return m;
    }

    private static final int MAX_PEOPLE_PER_SURNAME = 3;

    private TokenAnalyzer analyzer(Language language) {
        return analyzers.computeIfAbsent(language, analyzerFactory);
    }

    private void insert(Concept c, Language lang, Term t, Map<String, List<Entry>> surnames) {
        List<TermToken> tokens = TermTokenizer.tokenize(t.text());
        if (tokens.isEmpty()) {
            return;
        }
        TokenAnalyzer a = analyzer(lang);
        TokenReading[] readings = new TokenReading[tokens.size()];
        String[] surfaces = new String[tokens.size()];
        for (int i = 0; i < readings.length; i++) {
            surfaces[i] = tokens.get(i).text();
            readings[i] = a.termReading(surfaces[i]);
        }
        Node root = roots.get(lang);
        Node n = root;
        for (TokenReading r : readings) {
            n = n.childOrNew(r.key());
        }
        boolean hasCase = LanguageProfile.of(lang).hasLetterCase();
        n.add(Entry.of(c, t, readings, surfaces, false, hasCase));
        // A person is named by surname alone after the first mention: index the last word of a full name too.
        int last = readings.length - 1;
        if (c.type() == ConceptType.PERSON && last > 0 && !t.acronym()
                && surfaces[last].codePointCount(0, surfaces[last].length()) >= 4
                && Character.isLetter(surfaces[last].charAt(0))) {
            surnames.computeIfAbsent(readings[last].key(), k -> new ArrayList<>()).add(Entry.of(c, t,
                    new TokenReading[] {readings[last]}, new String[] {surfaces[last]}, true, hasCase));
        }
    }

    /** Every term of {@code language}'s glossary found in {@code text}, in text order. */
    public List<TermMatch> find(Language language, String text) {
        Node root = roots.get(language);
        if (root == null || text.isEmpty()) {
            return List.of();
        }
        TokenAnalyzer a = analyzer(language);
        List<TermToken> tokens = TermTokenizer.tokenize(text);
        int n = tokens.size();
        List<List<TokenReading>> readings = new ArrayList<>(n);
        for (TermToken tok : tokens) {
            readings.add(a.textReadings(tok.text()));
        }
        List<Candidate> found = new ArrayList<>();
        TokenReading[] path = new TokenReading[64];
        for (int i = 0; i < n; i++) {
            walk(root, tokens, readings, i, i, path, found, a);
        }
        return resolve(found, tokens, text, language);
    }

    private void walk(Node node, List<TermToken> tokens, List<List<TokenReading>> readings, int first, int j,
                      TokenReading[] path, List<Candidate> out, TokenAnalyzer a) {
        if (j >= tokens.size() || j - first >= path.length) {
            return;
        }
        for (TokenReading r : readings.get(j)) {
            Node next = node.child(r.key());
            if (next == null) {
                continue;
            }
            path[j - first] = r;
            for (Entry e : next.entries()) {
                Candidate c = verify(e, tokens, first, j, path, a);
                if (c != null) {
                    out.add(c);
                }
            }
            walk(next, tokens, readings, first, j + 1, path, out, a);
        }
    }

    /** Checks what the trie cannot: letter case, exact-form terms, and whether a name's form is sure or possible. */
    private Candidate verify(Entry e, List<TermToken> tokens, int first, int last, TokenReading[] path,
                             TokenAnalyzer a) {
        Term t = e.term();
        boolean possible = false;
        for (int k = 0; k <= last - first; k++) {
            TokenReading xr = path[k];
            if (t.exactForm() || e.checkCase() || e.capitalisedSingle()) {
                String surface = tokens.get(first + k).text();
                String termSurface = e.surfaces()[k];
                if (t.exactForm() && (!a.exactKey(surface).equals(a.exactKey(termSurface)) || !xr.prefix().isEmpty())) {
                    return null;
                }
                if (e.checkCase() && !sameCase(surface, termSurface)) {
                    return null;
                }
                // A one-word name must be capitalised in text too: "Mir" the station is not "мир", "Ford" not "ford".
                if (e.capitalisedSingle() && !Character.isUpperCase(surface.codePointAt(0))) {
                    return null;
                }
            }
            TokenReading tr = e.readings()[k];
            if (xr.has(TokenReading.GUESSED) && !xr.ending().isEmpty() && !a.endingsAgree(tr, xr)) {
                return null;
            }
            if (xr.has(TokenReading.DOUBTFUL)) {
                possible = true;
            }
            if (e.checkGender() && tr.has(TokenReading.NAME) && xr.has(TokenReading.NAME)) {
                int g = tr.genders() & (TokenReading.MASCULINE | TokenReading.FEMININE);
                if ((g == TokenReading.MASCULINE || g == TokenReading.FEMININE)
                        && (xr.genders() & (g | TokenReading.PLURAL)) == 0) {
                    possible = true;
                }
            }
        }
        return new Candidate(first, last, e, possible, path[0].prefix());
    }

    /** WHO, US, U.N., ООН: all capitals, at most six letters; matched case-sensitively even when not marked so. */
    static boolean looksLikeAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    private static boolean sameCase(String surface, String term) {
        if (surface.equals(term)) {
            return true;
        }
        // an acronym may take a case ending in Russian or a plural in English (ООНа is rare, but NGOs is not)
        return surface.startsWith(term) && surface.length() <= term.length() + 2
                && surface.substring(term.length()).chars().allMatch(Character::isLowerCase);
    }

    private List<TermMatch> resolve(List<Candidate> found, List<TermToken> tokens, String text, Language language) {
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.<Candidate>comparingInt(c -> -(c.last() - c.first()))
                .thenComparingInt(Candidate::first));
        boolean[] taken = new boolean[tokens.size()];
        List<Candidate> kept = new ArrayList<>();
        int keptFirst = -1;
        int keptLast = -1;
        for (Candidate c : found) {
            boolean sameSpanAsLast = c.first() == keptFirst && c.last() == keptLast;
            boolean free = true;
            for (int k = c.first(); k <= c.last() && free; k++) {
                free = !taken[k];
            }
            if (!free && !sameSpanAsLast && !kept.stream().anyMatch(x -> x.first() == c.first() && x.last() == c.last())) {
                continue;
            }
            kept.add(c);
            for (int k = c.first(); k <= c.last(); k++) {
                taken[k] = true;
            }
            keptFirst = c.first();
            keptLast = c.last();
        }
        // one match per span and concept: the surest, then the term written exactly so, then the better status
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : kept) {
            String key = c.first() + ":" + c.last() + ":" + c.entry().concept().id();
            Candidate prev = best.get(key);
            if (prev == null || better(c, prev, tokens)) {
                best.put(key, c);
            }
        }
        List<TermMatch> out = new ArrayList<>(best.size());
        for (Candidate c : best.values()) {
            int s = tokens.get(c.first()).start();
            int e = tokens.get(c.last()).end();
            out.add(new TermMatch(c.entry().concept(), c.entry().term(), language, s, e, text.substring(s, e),
                    c.possible(), c.entry().shortForm(), c.prefix()));
        }
        out.sort(Comparator.comparingInt(TermMatch::start).thenComparingInt(TermMatch::end));
        return out;
    }

    private static boolean better(Candidate a, Candidate b, List<TermToken> tokens) {
        if (a.possible() != b.possible()) {
            return !a.possible();
        }
        if (a.entry().shortForm() != b.entry().shortForm()) {
            return !a.entry().shortForm();
        }
        boolean ea = writtenSo(a, tokens);
        boolean eb = writtenSo(b, tokens);
        if (ea != eb) {
            return ea;
        }
        return rank(a.entry().term().status()) < rank(b.entry().term().status());
    }

    private static boolean writtenSo(Candidate c, List<TermToken> tokens) {
        String[] s = c.entry().surfaces();
        for (int k = 0; k < s.length; k++) {
            if (!tokens.get(c.first() + k).text().equalsIgnoreCase(s[k])) {
                return false;
            }
        }
        return true;
    }

    private static int rank(TermStatus s) {
        return s.ordinal();
    }
}
