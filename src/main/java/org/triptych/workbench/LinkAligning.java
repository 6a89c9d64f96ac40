package org.triptych.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * Aligns a state's versions through the {@link UnitAligner}, off the owner thread: confirmed links of the table it
 * replaces are kept as anchors, and sentence links stay inside paragraph links (the aligner sees one paragraph row's
 * sentences at a time, so a sentence is never linked across paragraphs the paragraph view keeps apart).
 */
final class LinkAligning {

    private LinkAligning() {
    }

    /**
     * The alignments of {@code targets} at {@code level}, made against {@code article}.
     *
     * @param old        the table being replaced (its confirmed links are anchors), or null
     * @param paragraphs the paragraph links sentences must stay inside, or null to align sentences freely
     */
    static Map<Language, Alignment> align(UnitAligner aligner, Article article, AlignmentLevel level, List<Language> targets,
                                          LinkTable old, LinkTable paragraphs, TaskRunner.Progress progress) throws Exception {
        Map<Language, Alignment> out = new LinkedHashMap<>();
        List<String> english = Units.texts(article, Language.ENGLISH, level);
        for (int i = 0; i < targets.size(); i++) {
            Language t = targets.get(i);
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.update(i, targets.size(), "Aligning English with " + t.displayName() + "…");
            List<Bead> anchors = old == null || !old.targets().contains(t) ? List.of()
                    : old.alignment(t).beads().stream().filter(b -> b.status() == LinkStatus.CONFIRMED).toList();
            List<Bead> beads = level == AlignmentLevel.SENTENCE && paragraphs != null && paragraphs.targets().contains(t)
                    ? withinParagraphLinks(aligner, article, paragraphs, t, anchors)
                    : aligner.align(english, Units.texts(article, t, level), t, anchors);
            out.put(t, new Alignment(t, level, beads));
        }
        return out;
    }

    /** A table of every target of {@code article}: the new alignments where given, the rest from {@code kept}. */
    static LinkTable table(Article article, AlignmentLevel level, Map<Language, Alignment> fresh, LinkTable kept) {
        List<Alignment> all = new ArrayList<>();
        for (DocumentVersion v : article.others()) {
            Alignment a = fresh.get(v.language());
            if (a == null && kept != null && kept.targets().contains(v.language())) {
                a = kept.alignment(v.language());
            }
            if (a == null) {
                return null; // a version nobody aligned: the level waits for a whole alignment
            }
            all.add(a);
        }
        return LinkTable.of(level, Units.count(article, Language.ENGLISH, level), ProjectState.targetCounts(article, level), all);
    }

    private static List<Bead> withinParagraphLinks(UnitAligner aligner, Article article, LinkTable paragraphs, Language t,
                                                   List<Bead> anchors) throws Exception {
        int[] enStart = Units.sentenceStarts(article.english());
        int[] tgStart = Units.sentenceStarts(article.version(t).orElseThrow());
        List<String> english = Units.texts(article, Language.ENGLISH, AlignmentLevel.SENTENCE);
        List<String> target = Units.texts(article, t, AlignmentLevel.SENTENCE);
        int column = paragraphs.column(t);
        List<Bead> out = new ArrayList<>();
        for (LinkRow row : paragraphs.rows()) {
            List<Integer> ep = row.english();
            List<Integer> tp = row.cells().get(column).units();
            int e0 = ep.isEmpty() ? 0 : enStart[ep.get(0)];
            int e1 = ep.isEmpty() ? 0 : enStart[ep.get(ep.size() - 1) + 1];
            int t0 = tp.isEmpty() ? 0 : tgStart[tp.get(0)];
            int t1 = tp.isEmpty() ? 0 : tgStart[tp.get(tp.size() - 1) + 1];
            if (e1 - e0 == 0 || t1 - t0 == 0) {
                for (int e = e0; e < e1; e++) {
                    out.add(new Bead(List.of(e), List.of(), 0.5, LinkStatus.AUTOMATIC));
                }
                for (int x = t0; x < t1; x++) {
                    out.add(new Bead(List.of(), List.of(x), 0.5, LinkStatus.AUTOMATIC));
                }
                continue;
            }
            List<Bead> inside = new ArrayList<>();
            for (Bead a : anchors) {
                if (a.english().stream().allMatch(e -> e >= e0 && e < e1) && a.target().stream().allMatch(x -> x >= t0 && x < t1)) {
                    inside.add(shift(a, -e0, -t0));
                }
            }
            for (Bead b : aligner.align(english.subList(e0, e1), target.subList(t0, t1), t, inside)) {
                out.add(shift(b, e0, t0));
            }
        }
        return out;
    }

    private static Bead shift(Bead b, int de, int dt) {
        return new Bead(b.english().stream().map(e -> e + de).toList(), b.target().stream().map(x -> x + dt).toList(),
                b.confidence(), b.status());
    }
}
