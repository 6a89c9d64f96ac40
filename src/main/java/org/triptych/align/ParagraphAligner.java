package org.triptych.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.Sentence;

/**
 * Aligns the paragraphs of a target version with the English ones by aligning their sentences first.
 *
 * <p>All sentences of the article are aligned in one pass (paragraph starts are one of the signals, not walls), and
 * each paragraph link is a connected component of the sentence links mapped to their paragraphs. So a paragraph link
 * is as wide as the translator's paragraphing made it — one English paragraph against four short Russian ones comes
 * out as a 1-4 link — and the sentence links inside every paragraph link come with it.
 */
public final class ParagraphAligner {

    private final SentenceAligner sentences = new SentenceAligner();

    /** Aligns two versions; a paragraph without sentences counts as one sentence. */
    public ParagraphAlignment align(DocumentVersion english, DocumentVersion target, AlignOptions options) {
        return align(sentencesOf(english), sentencesOf(target), target.language(), options);
    }

    private static List<List<String>> sentencesOf(DocumentVersion v) {
        List<List<String>> out = new ArrayList<>();
        for (Paragraph p : v.paragraphs()) {
            List<String> s = new ArrayList<>();
            for (Sentence x : p.sentences()) {
                s.add(x.text());
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Aligns paragraphs given as lists of their sentences. A paragraph with an empty list is aligned as one unit
     * holding its position (it should not happen: pass the paragraph text as its only sentence instead).
     */
    public ParagraphAlignment align(List<List<String>> englishParagraphs, List<List<String>> targetParagraphs,
                                    Language targetLanguage, AlignOptions options) {
        Objects.requireNonNull(englishParagraphs, "englishParagraphs");
        return align(PreparedEnglish.ofParagraphs(englishParagraphs), targetParagraphs, targetLanguage, options);
    }

    /**
     * Aligns a prepared English version (made with {@link PreparedEnglish#ofParagraphs}) with one target's
     * paragraphs, as {@link #align(List, List, Language, AlignOptions)} does; the English signals are computed once
     * for all targets aligned with it.
     */
    public ParagraphAlignment align(PreparedEnglish english, List<List<String>> targetParagraphs,
                                    Language targetLanguage, AlignOptions options) {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(targetParagraphs, "targetParagraphs");
        if (english.paragraphs == null) {
            throw new IllegalArgumentException("The English version was prepared from units, not paragraphs");
        }
        Flat en = english.paragraphs;
        Flat tg = flatten(targetParagraphs);
        List<Bead> sentenceLinks = sentences.align(english, tg.units, tg.starts, targetLanguage, options);
        List<Bead> paragraphLinks = paragraphLinks(sentenceLinks, en.paragraphOf, tg.paragraphOf);
        // Report sentence indices over real sentences only (an empty paragraph's placeholder is not a sentence).
        return new ParagraphAlignment(paragraphLinks, en.placeholders == 0 && tg.placeholders == 0 ? sentenceLinks
                : dropPlaceholders(sentenceLinks, en, tg));
    }

    /**
     * Aligns again everything between the paragraph links in {@code current} whose status is
     * {@link LinkStatus#CONFIRMED}. A confirmed paragraph link stays exactly as it is (its sentences are aligned
     * among themselves only); the paragraphs between confirmed links are aligned sentence-first as in
     * {@link #align(List, List, Language, AlignOptions)}. Confirmed links must be in order and must not overlap.
     */
    public ParagraphAlignment realign(List<List<String>> englishParagraphs, List<List<String>> targetParagraphs,
                                      Language targetLanguage, List<Bead> current, AlignOptions options) {
        Flat en = flatten(englishParagraphs);
        Flat tg = flatten(targetParagraphs);
        int[] enFirst = firstUnits(en, englishParagraphs.size());
        int[] tgFirst = firstUnits(tg, targetParagraphs.size());
        List<int[]> blocks = new ArrayList<>();
        List<Bead> confirmedOfBlock = new ArrayList<>();
        int e = 0;
        int t = 0;
        int p = 0;
        int q = 0;
        for (Bead b : current) {
            if (b.status() != LinkStatus.CONFIRMED) {
                continue;
            }
            int p0 = b.english().isEmpty() ? p : b.english().get(0);
            int q0 = b.target().isEmpty() ? q : b.target().get(0);
            int p1 = b.english().isEmpty() ? p : b.english().get(b.english().size() - 1) + 1;
            int q1 = b.target().isEmpty() ? q : b.target().get(b.target().size() - 1) + 1;
            if (p0 < p || q0 < q || p1 > englishParagraphs.size() || q1 > targetParagraphs.size()
                    || p1 - p0 != b.english().size() || q1 - q0 != b.target().size()) {
                throw new IllegalArgumentException("Confirmed paragraph link " + b
                        + " overlaps another, is out of order or is not a run of existing paragraphs");
            }
            blocks.add(new int[] {e, enFirst[p0], t, tgFirst[q0]});
            confirmedOfBlock.add(null);
            blocks.add(new int[] {enFirst[p0], enFirst[p1], tgFirst[q0], tgFirst[q1]});
            confirmedOfBlock.add(b);
            e = enFirst[p1];
            t = tgFirst[q1];
            p = p1;
            q = q1;
        }
        blocks.add(new int[] {e, en.units.size(), t, tg.units.size()});
        confirmedOfBlock.add(null);
        List<Bead> sentenceLinks = sentences.alignBlocks(en.units, en.starts, tg.units, tg.starts, targetLanguage,
                options, blocks);
        List<Bead> paragraphLinks = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int[] block = blocks.get(k);
            List<Bead> inBlock = new ArrayList<>();
            while (at < sentenceLinks.size() && inside(sentenceLinks.get(at), block)) {
                inBlock.add(sentenceLinks.get(at++));
            }
            if (confirmedOfBlock.get(k) != null) {
                paragraphLinks.add(confirmedOfBlock.get(k));
            } else {
                paragraphLinks.addAll(paragraphLinks(inBlock, en.paragraphOf, tg.paragraphOf));
            }
        }
        return new ParagraphAlignment(paragraphLinks, en.placeholders == 0 && tg.placeholders == 0 ? sentenceLinks
                : dropPlaceholders(sentenceLinks, en, tg));
    }

    private static boolean inside(Bead b, int[] block) {
        int e = b.english().isEmpty() ? -1 : b.english().get(0);
        int t = b.target().isEmpty() ? -1 : b.target().get(0);
        return (e < 0 || (e >= block[0] && e < block[1])) && (t < 0 || (t >= block[2] && t < block[3]));
    }

    /** Index of the first unit of each paragraph, and the unit count at index {@code paragraphs}. */
    private static int[] firstUnits(Flat flat, int paragraphs) {
        int[] first = new int[paragraphs + 1];
        java.util.Arrays.fill(first, -1);
        for (int u = flat.paragraphOf.length - 1; u >= 0; u--) {
            first[flat.paragraphOf[u]] = u;
        }
        first[paragraphs] = flat.units.size();
        return first;
    }

    /** Paragraphs as one list of units, with where each paragraph starts and which units stand for an empty one. */
    record Flat(List<String> units, boolean[] starts, int[] paragraphOf, boolean[] placeholder, int placeholders) {
    }

    static Flat flatten(List<List<String>> paragraphs) {
        List<String> units = new ArrayList<>();
        List<Integer> para = new ArrayList<>();
        List<Boolean> ph = new ArrayList<>();
        int placeholders = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> s = paragraphs.get(p);
            if (s.isEmpty()) {
                units.add("");
                para.add(p);
                ph.add(true);
                placeholders++;
            }
            for (String x : s) {
                units.add(x);
                para.add(p);
                ph.add(false);
            }
        }
        boolean[] starts = new boolean[units.size()];
        int[] of = new int[units.size()];
        boolean[] placeholder = new boolean[units.size()];
        for (int u = 0; u < units.size(); u++) {
            of[u] = para.get(u);
            starts[u] = u == 0 || para.get(u) != para.get(u - 1);
            placeholder[u] = ph.get(u);
        }
        return new Flat(units, starts, of, placeholder, placeholders);
    }

    private static List<Bead> dropPlaceholders(List<Bead> links, Flat en, Flat tg) {
        int[] enIndex = renumber(en.placeholder);
        int[] tgIndex = renumber(tg.placeholder);
        List<Bead> out = new ArrayList<>();
        for (Bead b : links) {
            List<Integer> e = new ArrayList<>();
            List<Integer> t = new ArrayList<>();
            b.english().forEach(u -> { if (!en.placeholder[u]) e.add(enIndex[u]); });
            b.target().forEach(v -> { if (!tg.placeholder[v]) t.add(tgIndex[v]); });
            if (!e.isEmpty() || !t.isEmpty()) {
                out.add(new Bead(e, t, b.confidence(), b.status()));
            }
        }
        return out;
    }

    private static int[] renumber(boolean[] placeholder) {
        int[] idx = new int[placeholder.length];
        int k = 0;
        for (int u = 0; u < placeholder.length; u++) {
            idx[u] = placeholder[u] ? -1 : k++;
        }
        return idx;
    }

    /**
     * Paragraph links as the connected components of the sentence links: two paragraphs are linked when any of
     * their sentences are. Components come out in the order the sentence links first reach them, which is document
     * order because the sentence links are monotone.
     */
    public static List<Bead> paragraphLinks(List<Bead> sentenceLinks, int[] englishParagraphOf,
                                            int[] targetParagraphOf) {
        int offset = 0;
        for (int p : englishParagraphOf) {
            offset = Math.max(offset, p + 1);
        }
        int tgCount = 0;
        for (int p : targetParagraphOf) {
            tgCount = Math.max(tgCount, p + 1);
        }
        int[] parent = new int[offset + tgCount];
        for (int x = 0; x < parent.length; x++) {
            parent[x] = x;
        }
        for (Bead b : sentenceLinks) {
            int first = -1;
            for (int u : b.english()) {
                first = union(parent, first, englishParagraphOf[u]);
            }
            for (int v : b.target()) {
                first = union(parent, first, offset + targetParagraphOf[v]);
            }
        }
        Map<Integer, TreeSet<Integer>[]> components = new LinkedHashMap<>();
        Map<Integer, double[]> confidence = new LinkedHashMap<>();
        for (Bead b : sentenceLinks) {
            int node = !b.english().isEmpty() ? englishParagraphOf[b.english().get(0)]
                    : offset + targetParagraphOf[b.target().get(0)];
            int root = find(parent, node);
            @SuppressWarnings("unchecked")
            TreeSet<Integer>[] sides = components.computeIfAbsent(root, r -> new TreeSet[] {new TreeSet<>(), new TreeSet<>()});
            for (int u : b.english()) {
                sides[0].add(englishParagraphOf[u]);
            }
            for (int v : b.target()) {
                sides[1].add(targetParagraphOf[v]);
            }
            double[] c = confidence.computeIfAbsent(root, r -> new double[2]);
            c[0] += b.confidence();
            c[1] += 1;
        }
        List<Bead> out = new ArrayList<>();
        for (Map.Entry<Integer, TreeSet<Integer>[]> e : components.entrySet()) {
            double[] c = confidence.get(e.getKey());
            double conf = Math.max(0, Math.min(1, c[0] / c[1]));
            TreeSet<Integer>[] sides = e.getValue();
            boolean null1 = sides[0].isEmpty() || sides[1].isEmpty();
            LinkStatus status = null1 || conf < 0.35 ? LinkStatus.REVIEW : LinkStatus.AUTOMATIC;
            out.add(new Bead(new ArrayList<>(sides[0]), new ArrayList<>(sides[1]), conf, status));
        }
        return out;
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
}
