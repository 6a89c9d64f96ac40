package org.triptych.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.triptych.align.AlignOptions;
import org.triptych.align.AlignmentScore;
import org.triptych.align.ParagraphAligner;
import org.triptych.align.ParagraphAlignment;
import org.triptych.model.Language;

/**
 * Alignment quality when both versions keep their own paragraphing, on a set derived at run time from a gold
 * directory (by default {@code ../shared/eval/align-dev}; nothing of it is written anywhere).
 *
 * <p>Every version of every article is re-paragraphed on its own with a seeded random: each of its paragraph breaks
 * is kept with probability {@value #KEEP_BREAK}, a break is added at any other sentence boundary with probability
 * {@value #ADD_BREAK}, and (so that sentences diverge too, as they do between two editions of a book) each sentence
 * is joined with the next with probability {@value #JOIN}. The gold follows from the sentence gold: the new units and
 * paragraphs are groups of the old sentences, and a gold link is a connected component of the old links mapped to the
 * new units (paragraphs). Prints strict/lax F1 per pair and level, the gold and predicted paragraph omissions and how
 * many predicted paragraph links are a proper piece of a gold link. Usage:
 * {@code IndependentParagraphingBenchmark [GOLD_DIR] [SEED...]} (default seeds 1 2 3). With
 * {@code -Darticles.per.text=N}, N consecutive articles are joined into one text first (long texts, like the chapters
 * of a book: enough links for the aligner to measure how far the paragraphing agrees).
 */
public final class IndependentParagraphingBenchmark {

    static final double KEEP_BREAK = 0.6;
    static final double ADD_BREAK = 0.2;
    static final double JOIN = 0.1;

    private IndependentParagraphingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/align-dev");
        List<Long> seeds = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            seeds.add(Long.parseLong(args[k]));
        }
        if (seeds.isEmpty()) {
            seeds = List.of(1L, 2L, 3L);
        }
        List<Path> articles;
        try (Stream<Path> s = Files.walk(dir)) {
            articles = s.filter(d -> Files.isRegularFile(d.resolve("gold.json"))
                    && Files.isRegularFile(d.resolve("en.sent.txt"))).sorted().toList();
        }
        if (articles.isEmpty()) {
            System.err.println("no folder with gold.json and en.sent.txt under " + dir);
            System.exit(2);
        }
        int perText = Integer.getInteger("articles.per.text", 1);
        List<List<Path>> texts = new ArrayList<>();
        for (int k = 0; k < articles.size(); k += perText) {
            texts.add(articles.subList(k, Math.min(articles.size(), k + perText)));
        }
        System.out.printf(Locale.ROOT, "%d articles in %d texts x %d seeds; keep break %.2f, add break %.2f, join %.2f%n",
                articles.size(), texts.size(), seeds.size(), KEEP_BREAK, ADD_BREAK, JOIN);
        System.out.println("| pair / level | gold | pred | strict P / R / F1 | lax F1 | gold omissions | predicted"
                + " omissions | predicted pieces of a gold link |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        long t0 = System.nanoTime();
        for (String lang : List.of("ar", "ru")) {
            AlignmentScore para = new AlignmentScore();
            AlignmentScore sent = new AlignmentScore();
            int[] counts = new int[6];
            for (long seed : seeds) {
                for (List<Path> a : texts) {
                    Case c = derive(a, lang, seed);
                    ParagraphAlignment got = new ParagraphAligner().align(c.enParagraphs, c.tgParagraphs,
                            Language.of(lang), AlignOptions.defaults());
                    List<List<List<Integer>>> pp = shape(got.paragraphs());
                    para.add(c.goldParagraphs, pp);
                    sent.add(c.goldSentences, shape(got.sentences()));
                    counts[0] += omissions(c.goldParagraphs);
                    counts[1] += omissions(pp);
                    counts[2] += pieces(c.goldParagraphs, pp);
                    counts[3] += omissions(c.goldSentences);
                    counts[4] += omissions(shape(got.sentences()));
                }
            }
            row("en-" + lang + " paragraph", para, counts[0], counts[1], String.valueOf(counts[2]));
            row("en-" + lang + " sentence", sent, counts[3], counts[4], "");
        }
        System.out.printf(Locale.ROOT, "%naligner time %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void row(String name, AlignmentScore s, int goldOmissions, int predictedOmissions, String pieces) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f / %.3f / **%.3f** | %.3f | %d | %d | %s |%n", name,
                s.goldLinks(), s.predictedLinks(), s.strictPrecision(), s.strictRecall(), s.strictF1(), s.laxF1(),
                goldOmissions, predictedOmissions, pieces);
    }

    private static int omissions(List<List<List<Integer>>> links) {
        int n = 0;
        for (List<List<Integer>> l : links) {
            if (l.get(0).isEmpty() != l.get(1).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** Predicted links that are not gold but lie inside one gold link on both sides (a gold link cut in pieces). */
    private static int pieces(List<List<List<Integer>>> gold, List<List<List<Integer>>> predicted) {
        Map<Integer, Integer> goldOfEn = new TreeMap<>();
        Map<Integer, Integer> goldOfTg = new TreeMap<>();
        for (int k = 0; k < gold.size(); k++) {
            for (int e : gold.get(k).get(0)) {
                goldOfEn.put(e, k);
            }
            for (int t : gold.get(k).get(1)) {
                goldOfTg.put(t, k);
            }
        }
        int n = 0;
        for (List<List<Integer>> p : predicted) {
            if (gold.contains(p)) {
                continue;
            }
            TreeSet<Integer> of = new TreeSet<>();
            p.get(0).forEach(e -> of.add(goldOfEn.get(e)));
            p.get(1).forEach(t -> of.add(goldOfTg.get(t)));
            if (of.size() == 1) {
                n++;
            }
        }
        return n;
    }

    private static List<List<List<Integer>>> shape(List<org.triptych.model.Bead> beads) {
        List<List<List<Integer>>> out = new ArrayList<>();
        for (org.triptych.model.Bead b : beads) {
            out.add(List.of(b.english(), b.target()));
        }
        return out;
    }

    record Case(List<List<String>> enParagraphs, List<List<String>> tgParagraphs,
                List<List<List<Integer>>> goldSentences, List<List<List<Integer>>> goldParagraphs) {
    }

    /** One article's pair, re-paragraphed (and its sentences joined) on each side on its own. */
    static Case derive(List<Path> articles, String lang, long seed) throws IOException {
        List<String> en = new ArrayList<>();
        List<String> tg = new ArrayList<>();
        List<Boolean> enStarts = new ArrayList<>();
        List<Boolean> tgStarts = new ArrayList<>();
        List<int[][]> goldLinks = new ArrayList<>();
        for (Path article : articles) {
            JsonNode gold = new ObjectMapper().readTree(article.resolve("gold.json").toFile());
            List<String> e = lines(article.resolve("en.sent.txt"));
            List<String> t = lines(article.resolve(lang + ".sent.txt"));
            for (boolean b : originalBreaks(e, lines(article.resolve("en.para.txt")))) {
                enStarts.add(b);
            }
            for (boolean b : originalBreaks(t, lines(article.resolve(lang + ".para.txt")))) {
                tgStarts.add(b);
            }
            for (JsonNode bead : gold.path("en-" + lang).path("sentence")) {
                int[][] link = new int[2][];
                for (int side = 0; side < 2; side++) {
                    int off = side == 0 ? en.size() : tg.size();
                    link[side] = new int[bead.get(side).size()];
                    for (int k = 0; k < link[side].length; k++) {
                        link[side][k] = off + bead.get(side).get(k).asInt();
                    }
                }
                goldLinks.add(link);
            }
            en.addAll(e);
            tg.addAll(t);
        }
        boolean[] enBreaks = toArray(enStarts);
        boolean[] tgBreaks = toArray(tgStarts);
        Random random = new Random(seed * 1_000_003L + articles.get(0).getFileName().toString().hashCode() * 31L
                + lang.hashCode());
        Side e = reshape(en, enBreaks, random);
        Side t = reshape(tg, tgBreaks, random);
        // Old sentence links joined through the new units: union-find over new English units (0..) and new target
        // units (offset by the English count).
        int offset = e.units.size();
        int[] parent = new int[offset + t.units.size()];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int[][] bead : goldLinks) {
            int first = -1;
            for (int x : bead[0]) {
                first = union(parent, first, e.unitOf[x]);
            }
            for (int x : bead[1]) {
                first = union(parent, first, offset + t.unitOf[x]);
            }
        }
        List<List<List<Integer>>> goldSentences = components(parent, offset);
        List<List<List<Integer>>> goldParagraphs = paragraphComponents(goldSentences, e.paragraphOfUnit,
                t.paragraphOfUnit);
        return new Case(e.paragraphs, t.paragraphs, goldSentences, goldParagraphs);
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    private record Side(List<String> units, int[] unitOf, int[] paragraphOfUnit, List<List<String>> paragraphs) {
    }

    private static Side reshape(List<String> sentences, boolean[] breaks, Random random) {
        int n = sentences.size();
        int[] unitOf = new int[n];
        List<String> units = new ArrayList<>();
        List<Boolean> unitBreak = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            boolean joinWithPrevious = s > 0 && random.nextDouble() < JOIN;
            if (joinWithPrevious) {
                int u = units.size() - 1;
                units.set(u, units.get(u) + " " + sentences.get(s));
            } else {
                units.add(sentences.get(s));
                boolean br = s == 0 || (breaks[s] ? random.nextDouble() < KEEP_BREAK : random.nextDouble() < ADD_BREAK);
                unitBreak.add(br);
            }
            unitOf[s] = units.size() - 1;
        }
        int[] paragraphOf = new int[units.size()];
        List<List<String>> paragraphs = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (unitBreak.get(u)) {
                paragraphs.add(new ArrayList<>());
            }
            paragraphs.get(paragraphs.size() - 1).add(units.get(u));
            paragraphOf[u] = paragraphs.size() - 1;
        }
        return new Side(units, unitOf, paragraphOf, paragraphs);
    }

    /** Which sentences open a paragraph of the original version (sentences are found in order in the paragraphs). */
    private static boolean[] originalBreaks(List<String> sentences, List<String> paragraphs) {
        boolean[] out = new boolean[sentences.size()];
        int s = 0;
        for (String p : paragraphs) {
            if (s < sentences.size()) {
                out[s] = true;
            }
            int at = 0;
            while (s < sentences.size()) {
                int found = p.indexOf(sentences.get(s).strip(), at);
                if (found < 0) {
                    break;
                }
                at = found + sentences.get(s).strip().length();
                s++;
            }
        }
        return out;
    }

    private static List<List<List<Integer>>> paragraphComponents(List<List<List<Integer>>> links, int[] enPara,
                                                                 int[] tgPara) {
        int offset = Arrays.stream(enPara).max().orElse(-1) + 1;
        int tgCount = Arrays.stream(tgPara).max().orElse(-1) + 1;
        int[] parent = new int[offset + tgCount];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (List<List<Integer>> l : links) {
            int first = -1;
            for (int u : l.get(0)) {
                first = union(parent, first, enPara[u]);
            }
            for (int v : l.get(1)) {
                first = union(parent, first, offset + tgPara[v]);
            }
        }
        return components(parent, offset);
    }

    /** The components of a union-find over English nodes [0,offset) and target nodes, in document order. */
    private static List<List<List<Integer>>> components(int[] parent, int offset) {
        Map<Integer, List<List<Integer>>> byRoot = new LinkedHashMap<>();
        for (int x = 0; x < parent.length; x++) {
            List<List<Integer>> c = byRoot.computeIfAbsent(find(parent, x),
                    r -> List.of(new ArrayList<>(), new ArrayList<>()));
            if (x < offset) {
                c.get(0).add(x);
            } else {
                c.get(1).add(x - offset);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int union(int[] parent, int first, int node) {
        int r = find(parent, node);
        if (first < 0) {
            return r;
        }
        int f = find(parent, first);
        if (f != r) {
            parent[Math.max(f, r)] = Math.min(f, r);
        }
        return Math.min(f, r);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }
}
