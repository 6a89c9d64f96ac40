package org.triptych.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triptych.io.xliff.XliffDocument;
import org.triptych.io.xliff.XliffState;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Project;
import org.triptych.text.SentenceSegmenter;

/**
 * A translated XLIFF file read back into a project: its targets become the target language's version, or update it.
 *
 * <p>Each unit finds its row by the English units its id names ({@link XliffExport}), and only where that row still
 * shows exactly those units and the unit's source is still the row's English (spacing aside): a unit whose row was
 * merged, split or whose English was edited since the export is skipped and counted, never put in the wrong place.
 * A row whose target the translator changed gets the new text as one paragraph in place of the cell's paragraphs
 * (an empty cell gets a new paragraph), linked to the row's English, confirmed when the CAT tool marked the unit
 * final or reviewed; every other paragraph stays the very paragraph it was, with its links and machine-draft mark.
 * A file written at sentence level rewrites the sentences changed inside their own paragraphs, so the version keeps
 * its paragraph breaks (a paragraph row may show two paragraphs of a version for display); a sentence translated for
 * an empty cell goes beside its neighbours in the row, or into a new paragraph where the row had no text at all.
 *
 * <p>A target the file leaves empty never empties a cell: a CAT tool writes no target for a unit nobody translated.
 */
final class XliffImport {

    /** What an import changed, counted by unit. */
    record Summary(int changed, int filled, int unchanged, int untranslated, List<String> englishChanged,
                   List<String> rowsChanged, List<String> notOurs) {

        boolean changedAnything() {
            return changed + filled > 0;
        }

        /** "3 units changed, 2 filled, 12 unchanged; …" */
        String say(String file, Language target) {
            StringBuilder b = new StringBuilder(file).append(" into ").append(target.displayName()).append('\u200E')
                    .append(": ").append(changed).append(changed == 1 ? " unit changed, " : " units changed, ")
                    .append(filled).append(" filled, ").append(unchanged).append(" unchanged");
            if (untranslated > 0) {
                b.append(", ").append(untranslated).append(" without a translation (left as they were)");
            }
            if (!englishChanged.isEmpty()) {
                b.append("; skipped, their English changed since the export: ").append(list(englishChanged));
            }
            if (!rowsChanged.isEmpty()) {
                b.append("; skipped, their rows were merged or split since the export: ").append(list(rowsChanged));
            }
            if (!notOurs.isEmpty()) {
                b.append("; skipped, ids Triptych did not write: ").append(list(notOurs));
            }
            return b.toString();
        }

        private static String list(List<String> ids) {
            return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + " and " + (ids.size() - 8) + " more";
        }
    }

    /** The state with the new version and its paragraph links (sentence links of the target to be made again). */
    record Merged(ProjectState state, Language target, Summary summary) {
    }

    private XliffImport() {
    }

    /** The base language of an XLIFF language tag ("ar-SA" → ar); refused in one sentence when there is none. */
    static Language language(String tag, String what) {
        String base = tag == null ? "" : tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        base = base.contains("-") ? base.substring(0, base.indexOf('-')) : base;
        try {
            return Language.of(base);
        } catch (IllegalArgumentException e) {
            throw new CommandRefused("The XLIFF file names no " + what + " language Triptych can read ('" + tag + "')");
        }
    }

    /**
     * The targets of {@code doc} put into {@code state}. {@code sentences} is the sentence table the file's sentence
     * units are matched against (null when the file holds paragraphs).
     */
    static Merged merge(ProjectState state, LinkTable sentences, XliffDocument doc) {
        Language source = language(doc.sourceLanguage(), "source");
        Language target = language(doc.targetLanguage(), "target");
        if (!source.equals(Language.ENGLISH) || target.equals(Language.ENGLISH)) {
            throw new CommandRefused("The XLIFF file translates " + source.code() + " into " + target.code()
                    + "; Triptych reads translations from English, the pivot of every project");
        }
        LinkTable paragraphs = state.paragraphs();
        if (paragraphs == null) {
            throw new CommandRefused("Align the paragraphs first: a translation goes into the rows of the links");
        }
        Article article = state.article();
        DocumentVersion current = article.version(target).orElse(DocumentVersion.empty(target));
        boolean hasColumn = paragraphs.targets().contains(target);
        int column = hasColumn ? paragraphs.column(target) : -1;

        // paragraph rows whose whole cell the file replaces (paragraph units, or sentences of an empty cell)
        Map<Integer, String> newCell = new HashMap<>();
        Map<Integer, LinkStatus> newStatus = new HashMap<>();
        // target sentences the file rewrites (sentence units): a changed cell's text goes in place of its first sentence
        Map<Integer, String> sentenceText = new HashMap<>();
        java.util.Set<Integer> droppedSentences = new java.util.HashSet<>();
        Map<Integer, List<String>> insertedAfter = new HashMap<>(); // target sentence → sentences the file adds after it
        Map<Integer, List<String>> insertedBefore = new HashMap<>();
        Map<Integer, List<String>> emptyCellSentences = new java.util.TreeMap<>(); // paragraph row → sentences, in order
        int changed = 0;
        int filled = 0;
        int unchanged = 0;
        int untranslated = 0;
        List<String> englishChanged = new ArrayList<>();
        List<String> rowsChanged = new ArrayList<>();
        List<String> notOurs = new ArrayList<>();
        for (XliffDocument.Unit u : doc.units()) {
            Optional<XliffExport.UnitId> id = XliffExport.parseUnitId(u.id());
            if (id.isEmpty()) {
                notOurs.add(u.id());
                continue;
            }
            AlignmentLevel level = id.get().level();
            LinkTable table = level == AlignmentLevel.PARAGRAPH ? paragraphs : sentences;
            if (table == null) {
                throw new CommandRefused("The XLIFF file holds sentences: align the sentences first (View ▸ Sentences)");
            }
            int row = table.rowOfEnglish(id.get().english().get(0));
            if (row < 0 || !table.rows().get(row).english().equals(id.get().english())) {
                rowsChanged.add(u.id());
                continue;
            }
            List<String> englishTexts = Units.texts(article, Language.ENGLISH, level);
            if (id.get().english().get(id.get().english().size() - 1) >= englishTexts.size()
                    || !sameText(join(englishTexts, id.get().english()), u.source())) {
                englishChanged.add(u.id());
                continue;
            }
            List<Integer> cell = table.targets().contains(target) ? table.rows().get(row).cells()
                    .get(table.column(target)).units() : List.of();
            String present = join(Units.texts(article, target, level), cell);
            if (u.target().isBlank()) {
                untranslated++;
                continue;
            }
            if (present.equals(u.target())) {
                unchanged++;
                continue;
            }
            if (present.isBlank()) {
                filled++;
            } else {
                changed++;
            }
            String text = u.target().strip();
            LinkStatus status = u.state() == XliffState.FINAL || u.state() == XliffState.REVIEWED
                    ? LinkStatus.CONFIRMED : LinkStatus.AUTOMATIC;
            if (level == AlignmentLevel.PARAGRAPH) {
                newCell.put(row, text);
                newStatus.put(row, status);
            } else if (!cell.isEmpty()) {
                sentenceText.put(cell.get(0), text);
                droppedSentences.addAll(cell.subList(1, cell.size()));
            } else {
                placeSentence(article, paragraphs, sentences, target, row, text, insertedAfter, insertedBefore,
                        emptyCellSentences);
            }
        }
        emptyCellSentences.forEach((r, texts) -> {
            newCell.put(r, String.join(" ", texts));
            newStatus.put(r, LinkStatus.AUTOMATIC);
        });
        Summary summary = new Summary(changed, filled, unchanged, untranslated, englishChanged, rowsChanged, notOurs);
        if (!summary.changedAnything()) {
            return new Merged(state, target, summary);
        }

        // each target paragraph's new text where the file rewrote sentences of it; null: the paragraph goes
        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(target);
        Map<Integer, String> rewritten = new HashMap<>();
        int[] starts = Units.sentenceStarts(current);
        for (int p = 0; p < current.paragraphs().size(); p++) {
            boolean touched = false;
            List<String> parts = new ArrayList<>();
            List<org.triptych.model.Sentence> own = current.paragraphs().get(p).sentences();
            for (int k = 0; k < own.size(); k++) {
                int g = starts[p] + k;
                touched |= insertedBefore.containsKey(g) || insertedAfter.containsKey(g) || sentenceText.containsKey(g)
                        || droppedSentences.contains(g);
                parts.addAll(insertedBefore.getOrDefault(g, List.of()));
                if (sentenceText.containsKey(g)) {
                    parts.add(sentenceText.get(g));
                } else if (!droppedSentences.contains(g)) {
                    parts.add(own.get(k).text());
                }
                parts.addAll(insertedAfter.getOrDefault(g, List.of()));
            }
            if (touched) {
                rewritten.put(p, parts.isEmpty() ? null : String.join(" ", parts));
            }
        }

        // the new version, row by row: kept cells keep their paragraph objects, rewritten ones get new text
        List<Paragraph> out = new ArrayList<>();
        int[] oldToNew = new int[current.paragraphs().size()];
        java.util.Arrays.fill(oldToNew, -1);
        List<Bead> beads = new ArrayList<>();
        for (int r = 0; r < paragraphs.rows().size(); r++) {
            LinkRow row = paragraphs.rows().get(r);
            LinkCell cell = hasColumn ? row.cells().get(column) : LinkCell.empty(LinkStatus.AUTOMATIC);
            String text = newCell.get(r);
            if (text == null) {
                List<Integer> mine = new ArrayList<>();
                for (int t : cell.units()) {
                    Paragraph p = current.paragraphs().get(t);
                    if (rewritten.containsKey(t)) {
                        String now = rewritten.get(t);
                        if (now == null) {
                            continue; // every sentence of it went into another paragraph's rewritten text
                        }
                        p = new Paragraph(now, p.kind(), segmenter.split(now));
                    }
                    oldToNew[t] = out.size();
                    mine.add(out.size());
                    out.add(p);
                }
                if (!cell.parts().isEmpty()) {
                    for (Bead b : cell.parts()) {
                        List<Integer> to = b.target().stream().map(t -> oldToNew[t]).filter(t -> t >= 0).toList();
                        if (!b.english().isEmpty() || !to.isEmpty()) {
                            beads.add(new Bead(b.english(), to, b.confidence(), b.status()));
                        }
                    }
                } else if (!row.english().isEmpty() || !mine.isEmpty()) {
                    beads.add(new Bead(row.english(), mine, cell.confidence(), cell.status()));
                }
                continue;
            }
            ParagraphKind kind = !cell.units().isEmpty() ? current.paragraphs().get(cell.units().get(0)).kind()
                    : article.english().paragraphs().get(row.english().get(0)).kind();
            beads.add(new Bead(row.english(), List.of(out.size()), 1.0, newStatus.getOrDefault(r, LinkStatus.AUTOMATIC)));
            out.add(new Paragraph(text, kind, segmenter.split(text)));
        }
        Article next = article.withVersion(new DocumentVersion(target, current.source(), out));
        LinkTable links = LinkAligning.table(next, AlignmentLevel.PARAGRAPH,
                Map.of(target, new Alignment(target, AlignmentLevel.PARAGRAPH, beads)), paragraphs);
        List<org.triptych.model.TextEdit> edits = state.edits().stream().filter(e -> !e.language().equals(target)).toList();
        java.util.Set<org.triptych.model.IgnoredFinding> ignored = new java.util.LinkedHashSet<>(state.ignored());
        ignored.removeIf(f -> f.language().equals(target)); // the target's paragraphs are numbered anew
        return new Merged(state.withArticle(next, links, null).withEdits(edits).withIgnored(ignored), target, summary);
    }

    /**
     * Where a sentence the file translates for an empty sentence cell goes: after the target sentence of the nearest
     * row before it inside the same paragraph row, else before the one of the nearest row after it; in a paragraph
     * row with no target text at all, into a new paragraph for that row.
     */
    private static void placeSentence(Article article, LinkTable paragraphs, LinkTable sentences, Language target, int row,
                                      String text, Map<Integer, List<String>> after, Map<Integer, List<String>> before,
                                      Map<Integer, List<String>> emptyCells) {
        int english = Units.locate(article, Language.ENGLISH, AlignmentLevel.SENTENCE,
                sentences.rows().get(row).english().get(0)).paragraph();
        int paragraphRow = paragraphs.rowOfEnglish(english);
        List<Integer> englishParagraphs = paragraphs.rows().get(paragraphRow).english();
        int[] enStarts = Units.sentenceStarts(article.english());
        int from = enStarts[englishParagraphs.get(0)];
        int to = enStarts[englishParagraphs.get(englishParagraphs.size() - 1) + 1];
        int column = sentences.targets().contains(target) ? sentences.column(target) : -1;
        if (column >= 0) {
            for (int r = row - 1; r >= 0 && inside(sentences.rows().get(r), from, to); r--) {
                List<Integer> units = sentences.rows().get(r).cells().get(column).units();
                if (!units.isEmpty()) {
                    after.computeIfAbsent(units.get(units.size() - 1), k -> new ArrayList<>()).add(text);
                    return;
                }
            }
            for (int r = row + 1; r < sentences.rows().size() && inside(sentences.rows().get(r), from, to); r++) {
                List<Integer> units = sentences.rows().get(r).cells().get(column).units();
                if (!units.isEmpty()) {
                    before.computeIfAbsent(units.get(0), k -> new ArrayList<>()).add(text);
                    return;
                }
            }
        }
        emptyCells.computeIfAbsent(paragraphRow, k -> new ArrayList<>()).add(text);
    }

    /** Whether a sentence row lies in the English sentence range of a paragraph row (a row without English does). */
    private static boolean inside(LinkRow row, int from, int to) {
        if (row.english().isEmpty()) {
            return true;
        }
        int e = row.english().get(0);
        return e >= from && e < to;
    }

    private static String join(List<String> texts, List<Integer> units) {
        StringBuilder b = new StringBuilder();
        for (int u : units) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(texts.get(u));
        }
        return b.toString();
    }

    /** The same text, whatever spaces a CAT tool put in or took out. */
    private static boolean sameText(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    /**
     * A translated XLIFF file as a new project: its sources as the English version and its targets as the target
     * version, a paragraph per unit, linked unit by unit (confirmed where the CAT tool marked the unit final or
     * reviewed); a unit without a target leaves its English unlinked.
     */
    static Project toProject(XliffDocument doc, Path file) {
        Language source = language(doc.sourceLanguage(), "source");
        Language target = language(doc.targetLanguage(), "target");
        if (!source.equals(Language.ENGLISH) || target.equals(Language.ENGLISH)) {
            throw new CommandRefused(file.getFileName() + " translates " + source.code() + " into " + target.code()
                    + "; Triptych aligns every version to English, so it opens files translated from English");
        }
        if (doc.units().isEmpty()) {
            throw new CommandRefused(file.getFileName() + " holds no translation units");
        }
        SentenceSegmenter en = SentenceSegmenter.forLanguage(Language.ENGLISH);
        SentenceSegmenter tg = SentenceSegmenter.forLanguage(target);
        List<Paragraph> english = new ArrayList<>();
        List<Paragraph> translated = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (XliffDocument.Unit u : doc.units()) {
            String s = u.source().strip();
            String t = u.target().strip();
            List<Integer> e = List.of();
            if (!s.isEmpty()) {
                e = List.of(english.size());
                english.add(new Paragraph(s, ParagraphKind.BODY, en.split(s)));
            }
            List<Integer> x = List.of();
            if (!t.isEmpty()) {
                x = List.of(translated.size());
                translated.add(new Paragraph(t, ParagraphKind.BODY, tg.split(t)));
            }
            if (!e.isEmpty() || !x.isEmpty()) {
                boolean done = u.state() == XliffState.FINAL || u.state() == XliffState.REVIEWED;
                beads.add(new Bead(e, x, 1.0, done ? LinkStatus.CONFIRMED : LinkStatus.AUTOMATIC));
            }
        }
        String name = file.getFileName().toString();
        Article article = Article.emptyDefault().withVersion(new DocumentVersion(Language.ENGLISH, name, english))
                .withVersion(new DocumentVersion(target, name, translated));
        List<Alignment> alignments = new ArrayList<>();
        alignments.add(new Alignment(target, AlignmentLevel.PARAGRAPH, beads));
        return new Project(article, alignments, List.of(), List.of(), List.of());
    }
}
