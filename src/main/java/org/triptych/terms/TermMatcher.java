package org.triptych.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                         boolean checkCase, boolean capitalisedSingle, boolean checkGender, boolean derived) {

        static Entry of(Concept c, Term t, TokenReading[] readings, String[] surfaces, boolean shortForm, boolean hasCase) {
            return of(c, t, readings, surfaces, shortForm, hasCase, t.derived());
        }

        /**
         * @param derived the surfaces are a word derived from the term (индонезийский for Индонезия): the term's case
         *                options are the name's, not the derived word's
         */
        static Entry of(Concept c, Term t, TokenReading[] readings, String[] surfaces, boolean shortForm, boolean hasCase,
                        boolean derived) {
            boolean capitalisedSingle = hasCase && readings.length == 1
                    && Character.isUpperCase(surfaces[0].codePointAt(0));
            boolean gender = false;
            for (TokenReading r : readings) {
                int g = r.genders() & (TokenReading.MASCULINE | TokenReading.FEMININE);
                gender |= c.type() == ConceptType.PERSON && r.has(TokenReading.NAME)
                        && (g == TokenReading.MASCULINE || g == TokenReading.FEMININE);
            }
            boolean generated = derived && !t.derived();
            return new Entry(c, t, readings, surfaces, shortForm, !generated && hasCase
                    && (t.caseSensitive() || t.acronym() || looksLikeAcronym(t.text())), capitalisedSingle, gender, derived);
        }
    }

    private record Candidate(int first, int last, Entry entry, boolean possible, String prefix, boolean glued) {
    }

    private final Map<Language, Node> roots = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, TokenAnalyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<Language, TokenAnalyzer> analyzerFactory;
    /** Every word key of a language whose text may lose its spaces (Arabic), to find terms inside longer tokens. */
    private final Map<Language, Set<String>> wordKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, Set<String>> functionWords = new java.util.concurrent.ConcurrentHashMap<>();

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
            m.insertWithOtherNames(glossary, l);
            // A surname alone names a person only when few people in the glossary share it (not "Kim", not "James").
            Node root = m.roots.get(l);
            for (Map.Entry<String, List<Entry>> e : surnames.entrySet()) {
                long people = e.getValue().stream().map(x -> x.concept().id()).distinct().count();
                if (people <= MAX_PEOPLE_PER_SURNAME) {
                    Node n = root.childOrNew(e.getKey());
                    e.getValue().forEach(n::add);
                }
            }
            LanguageProfile.of(l).gluedWords().ifPresent(g -> {
                Set<String> keys = new java.util.HashSet<>();
                collectKeys(root, keys);
                m.wordKeys.put(l, keys);
                TokenAnalyzer a = m.analyzer(l);
                Set<String> fw = new java.util.HashSet<>();
                g.functionWords().forEach(w -> fw.add(a.exactKey(w)));
                m.functionWords.put(l, fw);
            });
        });
        return m;
    }

    private static final int MAX_PEOPLE_PER_SURNAME = 3;
    private static String[] wordKeys(TokenAnalyzer a, Term t) {
        List<TermToken> tokens = TermTokenizer.tokenize(t.text());
        String[] ks = new String[tokens.size()];
        for (int x = 0; x < ks.length; x++) {
            ks[x] = a.termReading(tokens.get(x).text()).key();
        }
        return ks;
    }

    /** At most this many forms of one term with another concept's other names in it. */
    private static final int MAX_OTHER_NAME_FORMS = 8;

    /**
     * A term holding another concept's term is also written with that concept's other terms in its place: Brexit's
     * خروج بريطانيا من الاتحاد الأوروبي is also خروج المملكة المتحدة من الاتحاد الأوروبي, since بريطانيا and المملكة
     * المتحدة name one country; Министерство обороны США is also Министерство обороны Соединённых Штатов (words are
     * matched by lemma, so the case the name takes inside does not matter).
     */
    private void insertWithOtherNames(Glossary glossary, Language lang) {
        TokenAnalyzer a = analyzer(lang);
        // the terms of concepts with another name to offer, by their word keys (most concepts have one name)
        Map<Term, String[]> termKeys = new HashMap<>();
        Map<String, List<Concept>> byKeys = new HashMap<>();
        for (Concept c : glossary.concepts()) {
            List<Term> names = c.terms(lang).stream().filter(t -> t.status().isAcceptable() && !t.exactForm()).toList();
            if (names.size() < 2) {
                continue;
            }
            for (Term t : names) {
                String[] ks = wordKeys(a, t);
                termKeys.put(t, ks);
                byKeys.computeIfAbsent(String.join(" ", ks), key -> new ArrayList<>(1)).add(c);
            }
        }
        if (byKeys.isEmpty()) {
            return;
        }
        Map<String, List<Entry>> none = new HashMap<>();
        for (Concept c : glossary.concepts()) {
            for (Term t : c.terms(lang)) {
                if (!t.status().isAcceptable() || t.exactForm() || t.text().indexOf(' ') < 0) {
                    continue;
                }
                String[] ks = termKeys.containsKey(t) ? termKeys.get(t) : wordKeys(a, t);
                if (ks.length < 2) {
                    continue;
                }
                List<TermToken> tokens = null;
                int made = 0;
                for (int i = 0; i < ks.length && made < MAX_OTHER_NAME_FORMS; i++) {
                    StringBuilder inner = new StringBuilder();
                    for (int j = i; j < ks.length && made < MAX_OTHER_NAME_FORMS; j++) {
                        if (j > i) {
                            inner.append(' ');
                        }
                        inner.append(ks[j]);
                        if (j - i + 1 == ks.length) {
                            continue;
                        }
                        List<Concept> others = byKeys.get(inner.toString());
                        if (others == null) {
                            continue;
                        }
                        for (Concept other : others) {
                            if (other.id().equals(c.id())) {
                                continue;
                            }
                            for (Term name : other.terms(lang)) {
                                String[] nk = termKeys.get(name);
                                if (nk == null || made >= MAX_OTHER_NAME_FORMS
                                        || String.join(" ", nk).contentEquals(inner)) {
                                    continue;
                                }
                                if (tokens == null) {
                                    tokens = TermTokenizer.tokenize(t.text());
                                }
                                String form = t.text().substring(0, tokens.get(i).start()) + name.text()
                                        + t.text().substring(tokens.get(j).end());
                                insert(c, lang, t, form, t.derived(), none);
                                made++;
                            }
                        }
                    }
                }
            }
        }
    }

    private static void collectKeys(Node n, Set<String> out) {
        if (n.singleKey != null) {
            out.add(n.singleKey);
            collectKeys(n.singleChild, out);
        } else if (n.children != null) {
            for (Map.Entry<String, Node> e : n.children.entrySet()) {
                out.add(e.getKey());
                collectKeys(e.getValue(), out);
            }
        }
    }

    private TokenAnalyzer analyzer(Language language) {
        return analyzers.computeIfAbsent(language, analyzerFactory);
    }

    private void insert(Concept c, Language lang, Term t, Map<String, List<Entry>> surnames) {
        insert(c, lang, t, t.text(), t.derived(), surnames);
        // A place is also named by its adjective and its people's name (индонезийский, الإندونيسية, Indonesian)
        if (c.type() == ConceptType.PLACE && t.status().isAcceptable() && !t.exactForm() && !t.derived()) {
            boolean acronym = t.acronym() || looksLikeAcronym(t.text());
            for (String form : LanguageProfile.of(lang).derivedForms().of(t.text(), acronym)) {
                insert(c, lang, t, form, true, surnames);
            }
        }
    }

    /** Indexes {@code text}, the term itself or a form derived from it, as a path of the language's trie. */
    private void insert(Concept c, Language lang, Term t, String text, boolean derived,
                        Map<String, List<Entry>> surnames) {
        List<TermToken> tokens = TermTokenizer.tokenize(text);
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
        n.add(Entry.of(c, t, readings, surfaces, false, hasCase, derived));
        // A person is named by surname alone after the first mention: index the last word of a full name too.
        int last = readings.length - 1;
        if (c.type() == ConceptType.PERSON && last > 0 && !t.acronym() && !derived
                && surfaces[last].codePointCount(0, surfaces[last].length()) >= 4
                && Character.isLetter(surfaces[last].charAt(0))) {
            surnames.computeIfAbsent(readings[last].key(), k -> new ArrayList<>()).add(Entry.of(c, t,
                    new TokenReading[] {readings[last]}, new String[] {surfaces[last]}, true, hasCase));
        }
    }

    /** Every term of {@code language}'s glossary found in {@code text}, in text order. */
    public List<TermMatch> find(Language language, String text) {
        return find(language, text, false);
    }

    /**
     * The terms that stand inside a longer term found in {@code text} and so are not among {@link #find}'s matches:
     * США inside Министерство обороны США, الأمريكية inside وزارة الدفاع الأمريكية. The longer term names its own
     * concept; the words inside it still name theirs.
     */
    public List<TermMatch> findInside(Language language, String text) {
        return find(language, text, true);
    }

    private List<TermMatch> find(Language language, String text, boolean inside) {
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
            walk(root, text, tokens, readings, i, i, path, found, a);
        }
        List<TermMatch> out = resolve(found, tokens, text, language);
        if (inside) {
            List<Candidate> within = new ArrayList<>();
            for (Candidate c : found) {
                int s = tokens.get(c.first()).start();
                int e = tokens.get(c.last()).end();
                if (out.stream().anyMatch(m -> m.start() <= s && e <= m.end() && e - s < m.end() - m.start())) {
                    within.add(c);
                }
            }
            return resolve(within, tokens, text, language);
        }
        Set<String> keys = wordKeys.get(language);
        return keys == null ? out : withGlued(language, text, tokens, out, keys, a, root);
    }

    /** Tokens shorter than this are never searched for glued terms (two three-letter words at least). */
    private static final int MIN_GLUED_TOKEN = 5;
    /** A term word found inside a token has at least this many letters; a single-word term at least the next. */
    private static final int MIN_GLUED_KEY = 3;
    private static final int MIN_GLUED_SINGLE = 4;

    /**
     * Terms inside tokens whose words lost their spaces (طلابجامعةهارفارديتلقون). Tokens no term covers are cut where
     * a term's word occurs inside them and matched again; a match using such a piece is kept when it is a term of
     * several words (a name, unlikely by chance), or a single word of {@value #MIN_GLUED_SINGLE}+ letters with evidence
     * of a word boundary on each side it was cut: a letter that only ends words (ة ى) before the cut, a glued
     * function word (في، من) beside it, or, where the whole text runs together, a neighbour of three letters or
     * more. So the letters of a name inside a real word (مصر in مصرف, الهند in الهندسة) are not taken for it.
     */
    private List<TermMatch> withGlued(Language language, String text, List<TermToken> tokens, List<TermMatch> found,
                                      Set<String> keys, TokenAnalyzer a, Node root) {
        boolean[] covered = new boolean[tokens.size()];
        for (TermMatch m : found) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() < m.end() && tokens.get(i).end() > m.start()) {
                    covered[i] = true;
                }
            }
        }
        List<TermToken> expanded = new ArrayList<>(tokens.size() + 8);
        List<Integer> origin = new ArrayList<>(tokens.size() + 8);
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            TermToken t = tokens.get(i);
            List<TermToken> parts = covered[i] || t.text().length() < MIN_GLUED_TOKEN || isTermWord(t, keys, a) ? null
                    : pieces(t, keys, functionWords.getOrDefault(language, Set.of()), a);
            if (parts == null) {
                expanded.add(t);
                origin.add(-1);
            } else {
                any = true;
                for (TermToken p : parts) {
                    expanded.add(p);
                    origin.add(i);
                }
            }
        }
        if (!any) {
            return found;
        }
        org.triptych.text.GluedWords glue = LanguageProfile.of(language).gluedWords().orElseThrow();
        Set<String> fw = functionWords.getOrDefault(language, Set.of());
        boolean runTogether = runsTogether(tokens);
        List<List<TokenReading>> readings = new ArrayList<>(expanded.size());
        for (TermToken tok : expanded) {
            readings.add(a.textReadings(tok.text()));
        }
        List<Candidate> cands = new ArrayList<>();
        TokenReading[] path = new TokenReading[64];
        for (int i = 0; i < expanded.size(); i++) {
            if (origin.get(i) < 0 && covered[tokenIndex(tokens, expanded.get(i))]) {
                continue;
            }
            walk(root, text, expanded, readings, i, i, path, cands, a);
        }
        List<Candidate> glued = new ArrayList<>();
        for (Candidate c : cands) {
            boolean usesPiece = false;
            boolean clear = true;
            for (int k = c.first(); k <= c.last(); k++) {
                usesPiece |= origin.get(k) >= 0;
                clear &= origin.get(k) >= 0 || !covered[tokenIndex(tokens, expanded.get(k))];
            }
            if (usesPiece && clear && plausible(c, expanded, origin, glue, fw, runTogether, a)) {
                glued.add(new Candidate(c.first(), c.last(), c.entry(), c.possible(), c.prefix(), true));
            }
        }
        if (glued.isEmpty()) {
            return found;
        }
        List<TermMatch> out = new ArrayList<>(found);
        out.addAll(resolve(glued, expanded, text, language));
        out.sort(Comparator.comparingInt(TermMatch::start).thenComparingInt(TermMatch::end));
        return out;
    }

    /**
     * Whether a token is itself a word of some term (الخدمات): it stands whole. Cut, it would lose the reading a
     * neighbouring glued term needs (الخد + مات, from Matt Damon, and هيئة الخدمات الصحية الوطنيةوالمتطوعون unfound).
     */
    private static boolean isTermWord(TermToken t, Set<String> keys, TokenAnalyzer a) {
        for (TokenReading r : a.textReadings(t.text())) {
            if (keys.contains(r.key())) {
                return true;
            }
        }
        return false;
    }

    private static int tokenIndex(List<TermToken> tokens, TermToken t) {
        // tokens are in text order and the expanded list keeps the original token objects
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == t.start()) {
                return mid;
            }
            if (s < t.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return 0;
    }

    /** Whether a quarter or more of the letters are in tokens of 13+ letters: words running together throughout. */
    private static boolean runsTogether(List<TermToken> tokens) {
        int all = 0;
        int inLong = 0;
        for (TermToken t : tokens) {
            int n = t.text().length();
            all += n;
            if (n >= org.triptych.text.GluedWords.RUN_TOGETHER_LETTERS) {
                inLong += n;
            }
        }
        return all > 0 && inLong >= org.triptych.text.GluedWords.RUN_TOGETHER_SHARE * all;
    }

    /** Where each token text is cut ({from, to} pairs), or none: a text's words repeat, and so do documents'. */
    private final Map<String, int[]> cuts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int[] NO_CUT = new int[0];

    /** The token cut around the term words found inside it (longest first, not overlapping), or null if none. */
    private List<TermToken> pieces(TermToken t, Set<String> keys, Set<String> functionWords, TokenAnalyzer a) {
        int[] c = cuts.get(t.text());
        if (c == null) {
            List<TermToken> p = cut(new TermToken(0, t.text().length(), t.text()), keys, functionWords,
                    LanguageProfile.of(a.language()).gluedWords().orElseThrow(), a);
            c = NO_CUT;
            if (p != null) {
                c = new int[p.size() * 2];
                for (int i = 0; i < p.size(); i++) {
                    c[2 * i] = p.get(i).start();
                    c[2 * i + 1] = p.get(i).end();
                }
            }
            if (cuts.size() > 100_000) {
                cuts.clear();
            }
            cuts.put(t.text(), c);
        }
        if (c.length == 0) {
            return null;
        }
        List<TermToken> out = new ArrayList<>(c.length / 2);
        for (int i = 0; i < c.length; i += 2) {
            out.add(piece(t, c[i], c[i + 1]));
        }
        return out;
    }

    /**
     * A term word this short is cut off a token only at its end: after a letter that only ends words, or after a
     * term word (ريموند + سو), since two letters inside a word prove nothing.
     */
    private static final int SHORT_GLUED_KEY = 2;

    private static List<TermToken> cut(TermToken t, Set<String> keys, Set<String> functionWords,
                                       org.triptych.text.GluedWords glue, TokenAnalyzer a) {
        String s = t.text();
        String whole = a.exactKey(s);
        List<Integer> at = new ArrayList<>(s.length() + 1);
        String n;
        if (whole.length() == s.length()) {
            n = whole; // the usual case: nothing removed, one character for one
            for (int i = 0; i <= s.length(); i++) {
                at.add(i);
            }
        } else {
            StringBuilder norm = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                String k = a.exactKey(String.valueOf(s.charAt(i)));
                for (int x = 0; x < k.length(); x++) {
                    norm.append(k.charAt(x));
                    at.add(i);
                }
            }
            at.add(s.length());
            n = norm.toString();
        }
        List<int[]> hits = new ArrayList<>();
        for (int i = 0; i + MIN_GLUED_KEY <= n.length(); i++) {
            // what is left before a word must itself be a word: a clitic or the article (ب، ال) is read with the word
            if (i > 0 && i < MIN_GLUED_KEY && !functionWords.contains(n.substring(0, i))) {
                continue;
            }
            for (int j = n.length(); j >= i + MIN_GLUED_KEY; j--) {
                // and what is left after it too: one or two letters are an ending (الجنوبي + ة, مصر + ف)
                int rest = n.length() - j;
                if ((i > 0 || j < n.length()) && (rest == 0 || rest >= MIN_GLUED_KEY
                        || functionWords.contains(n.substring(j)) || keys.contains(n.substring(j)))
                        && keys.contains(n.substring(i, j))) {
                    hits.add(new int[] {i, j});
                    break;
                }
            }
        }
        // a term word of two letters ends the token after a letter that only ends words (وكالةسي: وكالة + سي)
        int last = n.length() - SHORT_GLUED_KEY;
        if (last >= MIN_GLUED_KEY && keys.contains(n.substring(last)) && glue.endsWord(s.charAt(at.get(last) - 1))) {
            hits.add(new int[] {last, n.length()});
        }
        if (hits.isEmpty()) {
            return null;
        }
        hits.sort(Comparator.comparingInt((int[] h) -> h[0] - h[1]).thenComparingInt(h -> h[0]));
        boolean[] used = new boolean[n.length()];
        List<int[]> chosen = new ArrayList<>();
        for (int[] h : hits) {
            boolean free = true;
            for (int k = h[0]; k < h[1] && free; k++) {
                free = !used[k];
            }
            if (free) {
                for (int k = h[0]; k < h[1]; k++) {
                    used[k] = true;
                }
                chosen.add(h);
            }
        }
        chosen.sort(Comparator.comparingInt(h -> h[0]));
        List<TermToken> out = new ArrayList<>();
        int pos = 0;
        for (int[] h : chosen) {
            if (h[0] > pos) {
                out.add(piece(t, at.get(pos), at.get(h[0])));
            }
            out.add(piece(t, at.get(h[0]), at.get(h[1])));
            pos = h[1];
        }
        if (pos < n.length()) {
            out.add(piece(t, at.get(pos), s.length()));
        }
        return out.size() < 2 ? null : out;
    }

    private static TermToken piece(TermToken t, int from, int to) {
        return new TermToken(t.start() + from, t.start() + to, t.text().substring(from, to));
    }

    /** The evidence a glued match needs (see {@link #withGlued}). */
    private static boolean plausible(Candidate c, List<TermToken> expanded, List<Integer> origin,
                                     org.triptych.text.GluedWords glue, Set<String> functionWords,
                                     boolean runTogether, TokenAnalyzer a) {
        if (c.last() > c.first()) {
            return true; // a name of several words
        }
        TermToken t = expanded.get(c.first());
        if (a.exactKey(t.text()).length() < MIN_GLUED_SINGLE) {
            return false;
        }
        int o = origin.get(c.first());
        boolean leftCut = c.first() > 0 && origin.get(c.first() - 1) == o;
        boolean rightCut = c.last() + 1 < expanded.size() && origin.get(c.last() + 1) == o;
        if (leftCut) {
            TermToken left = expanded.get(c.first() - 1);
            String l = left.text();
            boolean evidence = glue.endsWord(l) || isFunctionWord(l, functionWords, a)
                    || (runTogether && a.exactKey(l).length() >= MIN_GLUED_KEY);
            if (!evidence) {
                return false;
            }
        }
        if (rightCut) {
            TermToken right = expanded.get(c.last() + 1);
            String r = right.text();
            if (endsWordWithin(r, 2, glue)) {
                return false; // الهند|سة: the letters went on into a word that ends there
            }
            boolean evidence = glue.endsWord(t.text().charAt(t.text().length() - 1))
                    || isFunctionWord(r, functionWords, a) || (runTogether && a.exactKey(r).length() >= MIN_GLUED_KEY);
            if (!evidence) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the first {@code n} letters of {@code piece} only ends words. */
    private static boolean endsWordWithin(String piece, int n, org.triptych.text.GluedWords glue) {
        for (int i = 0; i < Math.min(n, piece.length()); i++) {
            if (glue.endsWord(piece.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** في, وفي, من...: a function word, with a conjunction on it or not. */
    private static boolean isFunctionWord(String piece, Set<String> functionWords, TokenAnalyzer a) {
        String k = a.exactKey(piece);
        if (functionWords.contains(k)) {
            return true;
        }
        for (TokenReading r : a.textReadings(piece)) {
            if (functionWords.contains(r.key())) {
                return true;
            }
        }
        return false;
    }

    private void walk(Node node, String text, List<TermToken> tokens, List<List<TokenReading>> readings, int first, int j,
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
                Candidate c = verify(e, text, tokens, first, j, path, a);
                if (c != null) {
                    out.add(c);
                }
            }
            walk(next, text, tokens, readings, first, j + 1, path, out, a);
        }
    }

    /** Checks what the trie cannot: letter case, exact-form terms, and whether a name's form is sure or possible. */
    private Candidate verify(Entry e, String text, List<TermToken> tokens, int first, int last, TokenReading[] path,
                             TokenAnalyzer a) {
        Term t = e.term();
        if (e.derived() && !t.derived() && e.capitalisedSingle() && first > 0
                && insideName(text, tokens, first, a.language())) {
            return null; // Johnny English is a man, not England: a derived word after a name's capitalised word
        }
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
            if (xr.has(TokenReading.SHORT_AFTER_CLITIC) && e.readings().length == 1) {
                return null;
            }
            if (xr.has(TokenReading.ARTICLE_REMOVED) && e.concept().type() == ConceptType.PERSON) {
                return null; // a person's name takes no article: الروك is rock music, not Chris Rock
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
        return new Candidate(first, last, e, possible, path[0].prefix(), false);
    }

    /**
     * Whether the token before {@code i} is a capitalised word joined to it by a space that is not just a sentence's
     * first word: the two are one name ("Johnny English"), not a name and an adjective ("The Indonesian city").
     */
    private static boolean insideName(String text, List<TermToken> tokens, int i, Language language) {
        TermToken prev = tokens.get(i - 1);
        if (!Character.isUpperCase(prev.text().codePointAt(0))
                || !text.substring(prev.end(), tokens.get(i).start()).isBlank()) {
            return false;
        }
        return !LanguageProfile.of(language).isCommonWord(prev.text());
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
                    c.possible(), c.entry().shortForm(), c.prefix(), c.entry().derived(), c.glued()));
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
        if (a.entry().derived() != b.entry().derived()) {
            return !a.entry().derived();
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
