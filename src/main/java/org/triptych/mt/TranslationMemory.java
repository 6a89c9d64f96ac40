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

    private final Map<String, PairIndex> pairs;
    private final int size;

    private TranslationMemory(Map<String, PairIndex> pairs) {
        this.pairs = pairs;
        this.size = pairs.values().stream().mapToInt(p -> p.sources.length).sum();
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
        PairIndex p = pairs.get(pair(from, to));
        return p == null ? 0 : p.sources.length;
    }

    /**
     * The best match for {@code text} scoring at least {@code minScore} (0–100), if any. {@code glossary} gives the
     * names that may be substituted like numbers (its pairs for {@code from → to}); empty for none.
     */
    public Optional<MemoryMatch> bestMatch(Language from, Language to, String text, int minScore,
                                           List<GlossaryEntry> glossary) {
        PairIndex p = pairs.get(pair(from, to));
        if (p == null || text.isBlank()) {
            return Optional.empty();
        }
        return p.bestMatch(text, Math.max(1, Math.min(100, minScore)), Placeables.of(glossary));
    }

    Optional<MemoryMatch> bestMatch(Language from, Language to, String text, int minScore, Placeables glossary) {
        PairIndex p = pairs.get(pair(from, to));
        return p == null || text.isBlank() ? Optional.empty() : p.bestMatch(text, Math.max(1, Math.min(100, minScore)), glossary);
    }

    private static String pair(Language from, Language to) {
        return from.code() + ">" + to.code();
    }

    /** Collects units; the first unit added for a source text wins its exact match (list memories by priority). */
    public static final class Builder {
        private final Map<String, PairBuilder> pairs = new LinkedHashMap<>();

        public Builder add(Language from, String source, Language to, String target, String origin) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (!source.isBlank() && !target.isBlank() && !from.equals(to)) {
                pairs.computeIfAbsent(pair(from, to), k -> new PairBuilder()).add(source.strip(), target.strip(),
                        origin == null ? "" : origin);
            }
            return this;
        }

        public TranslationMemory build() {
            Map<String, PairIndex> built = new HashMap<>();
            pairs.forEach((k, b) -> built.put(k, b.build()));
            return new TranslationMemory(built);
        }
    }

    private static final class PairBuilder {
        final List<String> sources = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        final List<String> origins = new ArrayList<>();
        final Map<String, String> internedOrigins = new HashMap<>();

        void add(String source, String target, String origin) {
            sources.add(source);
            targets.add(target);
            origins.add(internedOrigins.computeIfAbsent(origin, o -> o));
        }

        PairIndex build() {
            return new PairIndex(sources.toArray(String[]::new), targets.toArray(String[]::new), origins.toArray(String[]::new));
        }
    }

    /** The units of one language pair and their indexes. */
    private static final class PairIndex {
        final String[] sources;
        final String[] targets;
        final String[] origins;
        final int[][] tokens;
        final Map<String, Integer> tokenIds = new HashMap<>();
        final int[][] postings;
        final Map<String, Integer> exact = new HashMap<>();
        /** Source tokens with every number as one placeholder: units that differ from a text only in numbers. */
        final Map<String, int[]> numberless = new HashMap<>();

        PairIndex(String[] sources, String[] targets, String[] origins) {
            this.sources = sources;
            this.targets = targets;
            this.origins = origins;
            this.tokens = new int[sources.length][];
            List<int[]> growing = new ArrayList<>();
            int[] sizes = new int[16];
            Map<String, List<Integer>> numberlessLists = new HashMap<>();
            for (int e = 0; e < sources.length; e++) {
                exact.putIfAbsent(collapse(sources[e]), e);
                List<MemoryTokens.Token> ts = MemoryTokens.of(sources[e]);
                int[] ids = new int[ts.size()];
                for (int k = 0; k < ids.length; k++) {
                    Integer id = tokenIds.get(ts.get(k).text());
                    if (id == null) {
                        id = tokenIds.size();
                        tokenIds.put(ts.get(k).text(), id);
                        growing.add(new int[4]);
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
                if (ts.stream().anyMatch(MemoryTokens.Token::number)) {
                    numberlessLists.computeIfAbsent(numberlessKey(ts), k -> new ArrayList<>(1)).add(e);
                }
            }
            postings = new int[growing.size()][];
            for (int id = 0; id < postings.length; id++) {
                postings[id] = Arrays.copyOf(growing.get(id), sizes[id]);
            }
            numberlessLists.forEach((k, v) -> numberless.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        Optional<MemoryMatch> bestMatch(String text, int minScore, Placeables glossary) {
            Integer same = exact.get(collapse(text));
            if (same != null) {
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
                    Optional<String> adapted = glossary.substitute(query, MemoryTokens.of(sources[e]), targets[e]);
                    if (adapted.isPresent()) {
                        best = new MemoryMatch(99, MemoryMatch.Kind.PLACEABLE, adapted.get(), sources[e], origins[e]);
                        bestEntry = e;
                        break;
                    }
                }
            }
            if (best == null && !glossary.isEmpty()) {
                best = nameOnlyMatch(query, glossary);
                bestEntry = best == null ? bestEntry : -1;
            }
            double t = minScore / 100.0;
            int la = q.length;
            int minShared = (int) Math.ceil(t * la - 1e-9);
            int prefix = Math.max(1, la - minShared + 1);
            int minLen = (int) Math.ceil(t * la - 1e-9);
            int maxLen = (int) Math.floor(la / t + 1e-9);
            Integer[] order = new Integer[la];
            for (int k = 0; k < la; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(q[a] < 0 ? 0 : postings[q[a]].length, q[b] < 0 ? 0 : postings[q[b]].length));
            java.util.BitSet seen = new java.util.BitSet(sources.length);
            int[] row = new int[la + 1];
            int[] prev = new int[la + 1];
            for (int k = 0; k < prefix && k < la; k++) {
                int id = q[order[k]];
                if (id < 0) {
                    continue;
                }
                for (int e : postings[id]) {
                    if (seen.get(e)) {
                        continue;
                    }
                    seen.set(e);
                    int lb = tokens[e].length;
                    if (lb < minLen || lb > maxLen) {
                        continue;
                    }
                    int longer = Math.max(la, lb);
                    int maxDistance = (int) Math.floor((1 - t) * longer + 1e-9);
                    int d = distance(q, tokens[e], maxDistance, prev, row);
                    if (d > maxDistance) {
                        continue;
                    }
                    int score = Math.min(99, (int) Math.floor(100.0 * (longer - d) / longer + 1e-9));
                    MemoryMatch m = null;
                    if (score >= minScore) {
                        m = new MemoryMatch(score, MemoryMatch.Kind.FUZZY, targets[e], sources[e], origins[e]);
                    }
                    if (!glossary.isEmpty() && (m == null || score < 99)) {
                        // only glossary names (and numbers) differ: the names' translations are put in the target
                        Optional<String> adapted = glossary.substitute(query, MemoryTokens.of(sources[e]), targets[e]);
                        if (adapted.isPresent()) {
                            m = new MemoryMatch(99, MemoryMatch.Kind.PLACEABLE, adapted.get(), sources[e], origins[e]);
                        }
                    }
                    if (m != null && (best == null || m.score() > best.score() || m.score() == best.score() && e < bestEntry)) {
                        best = m;
                        bestEntry = e;
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        /**
         * A unit that differs from the text only in glossary names (and numbers). Such a unit holds every other word
         * of the text, so the units listed under the rarest of those words are all the candidates; a name of three
         * words against one of two would keep it from any fuzzy threshold otherwise.
         */
        private MemoryMatch nameOnlyMatch(List<MemoryTokens.Token> query, Placeables glossary) {
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

    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
