package org.triptych.mt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triptych.model.Language;

/**
 * Translations people made before (units of TMX files, a finished project), looked up by source text: exact
 * matches, placeable matches (only numbers or glossary names differ, substituted in the stored target) and fuzzy
 * matches scored by word-level edit distance ({@link MemoryMatch}). Immutable once built; safe to share between
 * threads.
 *
 * <p>Fuzzy lookup does not compare a text with every unit: a unit scoring at least t% must share at least t% of
 * the text's words, so it must hold one of the text's rarest (n − ⌈t·n⌉ + 1) words; only the units listed under
 * those words, of a length that could reach t%, are compared word by word (prefix filtering).
 */
public final class TranslationMemory {

    /** Extra rare words a candidate must share beyond the one prefix filtering needs: prunes most candidates. */
    private static final int EXTRA_SHARED = 2;

    private final Map<String, SourceIndex> bySource;
    private final int size;

    private TranslationMemory(Map<String, SourceIndex> bySource) {
        this.bySource = bySource;
        this.size = bySource.values().stream().mapToInt(SourceIndex::pairCount).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TranslationMemory empty() {
        return builder().build();
    }

    /** Units held, counted once per language pair. */
    public int size() {
        return size;
    }

    public int size(Language from, Language to) {
        SourceIndex p = bySource.get(from.code());
        String[] t = p == null ? null : p.targets.get(to.code());
        return t == null ? 0 : (int) java.util.Arrays.stream(t).filter(Objects::nonNull).count();
    }

    /**
     * The best match for {@code text} scoring at least {@code minScore} (0–100), if any. {@code glossary} gives the
     * names that may be substituted like numbers (its pairs for {@code from → to}); empty for none.
     */
    public Optional<MemoryMatch> bestMatch(Language from, Language to, String text, int minScore,
                                           List<GlossaryEntry> glossary) {
        return bestMatch(from, to, text, minScore, Placeables.of(glossary));
    }

    Optional<MemoryMatch> bestMatch(Language from, Language to, String text, int minScore, Placeables glossary) {
        SourceIndex p = bySource.get(from.code());
        String[] targets = p == null ? null : p.targets.get(to.code());
        if (targets == null || text.isBlank()) {
            return Optional.empty();
        }
        return p.bestMatch(text, targets, p.origins.get(to.code()), Math.max(1, Math.min(100, minScore)), glossary);
    }

    /** Collects units; the first unit added for a source text and target language wins (list memories by priority). */
    public static final class Builder {
        private final Map<String, SourceBuilder> bySource = new LinkedHashMap<>();

        public Builder add(Language from, String source, Language to, String target, String origin) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (!source.isBlank() && !target.isBlank() && !from.equals(to)) {
                bySource.computeIfAbsent(from.code(), k -> new SourceBuilder()).add(source, to.code(), target.strip(),
                        origin == null ? "" : origin);
            }
            return this;
        }

        public TranslationMemory build() {
            Map<String, SourceIndex> built = new HashMap<>();
            bySource.forEach((k, b) -> built.put(k, b.build()));
            return new TranslationMemory(built);
        }
    }

    /** Units of one source language: each distinct source once, with its target in each language. */
    private static final class SourceBuilder {
        final Map<String, Integer> entries = new HashMap<>();
        final List<String> sources = new ArrayList<>();
        final Map<String, List<String>> targets = new LinkedHashMap<>();
        final Map<String, List<String>> origins = new LinkedHashMap<>();

        /** The unit added last: a unit's targets in several languages come one after another with one source. */
        String lastSource;
        int lastEntry = -1;

        void add(String source, String to, String target, String origin) {
            int e;
            if (source == lastSource) {
                e = lastEntry;
            } else {
                String key = collapse(source);
                Integer known = entries.get(key);
                if (known == null) {
                    known = sources.size();
                    entries.put(key, known);
                    sources.add(source.strip());
                }
                e = known;
                lastSource = source;
                lastEntry = e;
            }
            List<String> t = targets.computeIfAbsent(to, k -> new ArrayList<>());
            List<String> o = origins.computeIfAbsent(to, k -> new ArrayList<>());
            while (t.size() <= e) {
                t.add(null);
                o.add(null);
            }
            if (t.get(e) == null) {
                t.set(e, target);
                o.set(e, origin);
            }
        }

        SourceIndex build() {
            Map<String, String[]> t = new HashMap<>();
            Map<String, String[]> o = new HashMap<>();
            targets.forEach((lang, list) -> t.put(lang, java.util.Arrays.copyOf(list.toArray(String[]::new), sources.size())));
            origins.forEach((lang, list) -> o.put(lang, java.util.Arrays.copyOf(list.toArray(String[]::new), sources.size())));
            return new SourceIndex(sources.toArray(String[]::new), entries, t, o);
        }
    }

    /** The distinct sources of one language, their words indexed, and their targets per language. */
    private static final class SourceIndex {
        final String[] sources;
        final Map<String, Integer> exact;
        final Map<String, String[]> targets;
        final Map<String, String[]> origins;
        final int[][] tokens;
        final Map<String, Integer> tokenIds = new HashMap<>();
        final int[][] postings;
        /** Source tokens with every number as one placeholder: units that differ from a text only in numbers. */
        final Map<String, int[]> numberless = new HashMap<>();
        final ThreadLocal<int[]> counts;

        SourceIndex(String[] sources, Map<String, Integer> exact, Map<String, String[]> targets, Map<String, String[]> origins) {
            this.sources = sources;
            this.exact = exact;
            this.targets = targets;
            this.origins = origins;
            this.tokens = new int[sources.length][];
            this.counts = ThreadLocal.withInitial(() -> new int[sources.length]);
            List<int[]> growing = new ArrayList<>();
            int[] sizes = new int[16];
            Map<String, List<Integer>> numberlessLists = new HashMap<>();
            for (int e = 0; e < sources.length; e++) {
                List<MemoryTokens.Token> ts = MemoryTokens.of(sources[e]);
                int[] ids = new int[ts.size()];
                boolean numbers = false;
                for (int k = 0; k < ids.length; k++) {
                    MemoryTokens.Token token = ts.get(k);
                    numbers |= token.number();
                    Integer id = tokenIds.get(token.text());
                    if (id == null) {
                        id = tokenIds.size();
                        tokenIds.put(token.text(), id);
                        growing.add(new int[2]);
                        if (id >= sizes.length) {
                            sizes = Arrays.copyOf(sizes, sizes.length * 2);
                        }
                    }
                    ids[k] = id;
                    int[] list = growing.get(id);
                    int n = sizes[id];
                    if (n == 0 || list[n - 1] != e) { // each unit once per word
                        if (n == list.length) {
                            list = Arrays.copyOf(list, n * 2);
                            growing.set(id, list);
                        }
                        list[n] = e;
                        sizes[id] = n + 1;
                    }
                }
                tokens[e] = ids;
                if (numbers) {
                    numberlessLists.computeIfAbsent(numberlessKey(ts), k -> new ArrayList<>(1)).add(e);
                }
            }
            postings = new int[growing.size()][];
            for (int id = 0; id < postings.length; id++) {
                postings[id] = Arrays.copyOf(growing.get(id), sizes[id]);
            }
            numberlessLists.forEach((k, v) -> numberless.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        int pairCount() {
            int n = 0;
            for (String[] t : targets.values()) {
                for (String s : t) {
                    n += s == null ? 0 : 1;
                }
            }
            return n;
        }

        Optional<MemoryMatch> bestMatch(String text, String[] targets, String[] origins, int minScore, Placeables glossary) {
            Integer same = exact.get(collapse(text));
            if (same != null && targets[same] != null) {
                return Optional.of(new MemoryMatch(100, MemoryMatch.Kind.EXACT, targets[same], sources[same], origins[same]));
            }
            List<MemoryTokens.Token> query = MemoryTokens.of(text);
            if (query.isEmpty()) {
                return Optional.empty();
            }
            int[] q = new int[query.size()];
            for (int k = 0; k < q.length; k++) {
                q[k] = tokenIds.getOrDefault(query.get(k).text(), -1);
            }
            MemoryMatch best = null;
            int bestEntry = Integer.MAX_VALUE;
            // Only numbers differ: the numbers are put in the stored target.
            int[] numberOnly = numberless.get(numberlessKey(query));
            if (numberOnly != null) {
                for (int e : numberOnly) {
                    if (targets[e] == null) {
                        continue;
                    }
                    Optional<String> adapted = glossary.substitute(query, MemoryTokens.of(sources[e]), targets[e]);
                    if (adapted.isPresent()) {
                        best = new MemoryMatch(99, MemoryMatch.Kind.PLACEABLE, adapted.get(), sources[e], origins[e]);
                        bestEntry = e;
                        break;
                    }
                }
            }
            if (best == null && !glossary.isEmpty()) {
                best = nameOnlyMatch(query, targets, origins, glossary);
                bestEntry = best == null ? bestEntry : -1;
            }
            double t = minScore / 100.0;
            int la = q.length;
            int minShared = Math.max(1, (int) Math.ceil(t * la - 1e-9));
            // Prefix filtering with counting: a unit sharing at least minShared of the text's words holds at least
            // `need` of its (la - minShared + need) rarest words.
            int need = Math.min(1 + EXTRA_SHARED, minShared);
            int prefix = Math.min(la, la - minShared + need);
            int minLen = minShared;
            int maxLen = (int) Math.floor(la / t + 1e-9);
            Integer[] order = new Integer[la];
            for (int k = 0; k < la; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(q[a] < 0 ? 0 : postings[q[a]].length, q[b] < 0 ? 0 : postings[q[b]].length));
            int[] count = counts.get();
            List<Integer> touched = new ArrayList<>();
            // a word the prefix holds twice counts twice (an upper bound of what a unit shares of it: never prunes wrongly)
            Map<Integer, Integer> inPrefix = new LinkedHashMap<>();
            for (int k = 0; k < prefix; k++) {
                if (q[order[k]] >= 0) {
                    inPrefix.merge(q[order[k]], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> w : inPrefix.entrySet()) {
                int times = w.getValue();
                for (int e : postings[w.getKey()]) {
                    int lb = tokens[e].length;
                    if (lb < minLen || lb > maxLen || targets[e] == null) {
                        continue;
                    }
                    if (count[e] == 0) {
                        touched.add(e);
                    }
                    count[e] += times;
                }
            }
            int[] row = new int[la + 1];
            int[] prev = new int[la + 1];
            touched.sort(null);
            for (int e : touched) {
                int shared = count[e];
                count[e] = 0;
                if (shared < need) {
                    continue;
                }
                int lb = tokens[e].length;
                int longer = Math.max(la, lb);
                int maxDistance = (int) Math.floor((1 - t) * longer + 1e-9);
                int d = distance(q, tokens[e], maxDistance, prev, row);
                if (d > maxDistance) {
                    continue;
                }
                int score = Math.min(99, (int) Math.floor(100.0 * (longer - d) / longer + 1e-9));
                MemoryMatch m = new MemoryMatch(score, MemoryMatch.Kind.FUZZY, targets[e], sources[e], origins[e]);
                if (!glossary.isEmpty() && score < 99) {
                    // only glossary names (and numbers) differ: the names' translations are put in the target
                    Optional<String> adapted = glossary.substitute(query, MemoryTokens.of(sources[e]), targets[e]);
                    if (adapted.isPresent()) {
                        m = new MemoryMatch(99, MemoryMatch.Kind.PLACEABLE, adapted.get(), sources[e], origins[e]);
                    }
                }
                if (best == null || m.score() > best.score() || m.score() == best.score() && e < bestEntry) {
                    best = m;
                    bestEntry = e;
                }
            }
            return Optional.ofNullable(best);
        }

        /**
         * A unit that differs from the text only in glossary names (and numbers). Such a unit holds every other word
         * of the text, so the units listed under the rarest of those words are all the candidates; a name of three
         * words against one of two would keep it from any fuzzy threshold otherwise.
         */
        private MemoryMatch nameOnlyMatch(List<MemoryTokens.Token> query, String[] targets, String[] origins,
                                          Placeables glossary) {
            int[] rarest = null;
            for (String w : glossary.plainWords(query)) {
                Integer id = tokenIds.get(w);
                if (id == null) {
                    return null; // a word no unit has
                }
                rarest = rarest == null || postings[id].length < rarest.length ? postings[id] : rarest;
            }
            if (rarest == null) {
                return null;
            }
            for (int e : rarest) {
                if (targets[e] == null) {
                    continue;
                }
                Optional<String> adapted = glossary.substitute(query, MemoryTokens.of(sources[e]), targets[e]);
                if (adapted.isPresent()) {
                    return new MemoryMatch(99, MemoryMatch.Kind.PLACEABLE, adapted.get(), sources[e], origins[e]);
                }
            }
            return null;
        }

        /** Word-level Levenshtein distance, stopping early once every path exceeds {@code max}. */
        private static int distance(int[] a, int[] b, int max, int[] prev, int[] row) {
            int n = a.length;
            for (int i = 0; i <= n; i++) {
                prev[i] = i;
            }
            for (int j = 1; j <= b.length; j++) {
                row[0] = j;
                int rowMin = row[0];
                for (int i = 1; i <= n; i++) {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int v = Math.min(Math.min(row[i - 1] + 1, prev[i] + 1), prev[i - 1] + cost);
                    row[i] = v;
                    rowMin = Math.min(rowMin, v);
                }
                if (rowMin > max) {
                    return max + 1;
                }
                System.arraycopy(row, 0, prev, 0, n + 1);
            }
            return prev[n];
        }
    }

    private static String numberlessKey(List<MemoryTokens.Token> ts) {
        StringBuilder b = new StringBuilder();
        for (MemoryTokens.Token t : ts) {
            b.append(t.number() ? "\u0001" : t.text()).append(' ');
        }
        return b.toString();
    }

    /** White space runs as one space, ends stripped (no regular expression: this runs once per unit and lookup). */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
