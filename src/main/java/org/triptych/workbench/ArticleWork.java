package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.triptych.io.export.AlignmentLinksJson;
import org.triptych.io.export.FindingsJson;
import org.triptych.io.export.QaReportHtml;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * The per-article work of a batch as one function: an article's files and the batch's options in, its outputs out.
 * It reads the article's files and nothing else, writes nothing and keeps nothing between calls, so any number of
 * calls may run at once and a distributed engine could run it (decision 1000). A bad article (a file that cannot be
 * read, a version with no text or in another language, no English) comes back as a failed summary row, never as an
 * exception.
 */
public final class ArticleWork {

    private final Path base;
    private final BatchOptions options;
    private final BatchEngines engines;
    private final BatchPages pages;

    /**
     * When the article's files were last changed: the date its TMX units carry, so that doing an article again (a
     * resumed batch, another machine) writes the same bytes. The epoch when a time cannot be read.
     */
    private java.time.Instant lastChanged(BatchArticle article) {
        java.time.Instant latest = java.time.Instant.EPOCH;
        for (Path p : article.versions().values()) {
            try {
                java.time.Instant t = java.nio.file.Files.getLastModifiedTime(base.resolve(p)).toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                latest = t.isAfter(latest) ? t : latest;
            } catch (IOException e) {
                // an unreadable time: the other files decide
            }
        }
        return latest;
    }

    /**
     * @param base  where the articles' relative paths start (the batch folder)
     * @param pages the copies of the web pages the articles name, read as the pages they are
     */
    ArticleWork(Path base, BatchOptions options, BatchEngines engines, BatchPages pages) {
        this.base = base;
        this.options = options;
        this.engines = engines;
        this.pages = pages;
    }

    public ArticleOutputs apply(BatchArticle article) {
        Set<String> notes = new LinkedHashSet<>();
        if (article.problem() != null) {
            return failed(article, article.problem(), notes);
        }
        Path english = article.versions().get(Language.ENGLISH);
        if (english == null) {
            return failed(article, "no English version (" + article.id() + ".en.* or " + article.id() + "/en.*)", notes);
        }
        Map<Language, Path> targets = article.targets(base);
        if (targets.isEmpty()) {
            return failed(article, "only the English version: no Arabic or Russian version to align it with", notes);
        }
        for (Language l : BatchArticle.LANGUAGES) {
            if (!article.versions().containsKey(l)) {
                notes.add("no " + ArticleFinder.name(l) + " version");
            }
        }
        // each version imported once, for the aligner and the checks alike (importing is a third of an article's time)
        Map<Path, org.triptych.model.DocumentVersion> read = new HashMap<>();
        ArticleReader importer = EngineWiring.importer();
        ArticleReader once = (file, language, warnings) -> {
            org.triptych.model.DocumentVersion v = read.get(file);
            if (v == null) {
                v = pages.isCopy(file) ? pages.read(file, language) : importer.read(file, language, warnings);
                read.put(file, v);
            }
            return v;
        };
        ArticleAlignment alignment = new ArticleAlignment(once, false);
        try {
            Path en = base.resolve(english);
            ArticleAlignment.Result paragraphs = alignment.align(en, targets, AlignmentLevel.PARAGRAPH, false,
                    engines.alignOptions, notes::add);
            if (!paragraphs.doubts().isEmpty()) {
                notes.removeAll(paragraphs.doubts().values());
                return failed(article, String.join("; ", paragraphs.doubts().values()), notes);
            }
            Map<AlignmentLevel, Map<Language, List<Bead>>> links = new LinkedHashMap<>();
            links.put(AlignmentLevel.PARAGRAPH, paragraphs.links());
            ArticleAlignment.Result atLevel = paragraphs;
            if (options.level() == AlignmentLevel.SENTENCE) {
                atLevel = alignment.align(en, targets, AlignmentLevel.SENTENCE, false, engines.alignOptions,
                        notes::add);
                links.put(AlignmentLevel.SENTENCE, atLevel.links());
            }
            List<Finding> findings = null;
            if (options.check()) {
                findings = new ArticleCheck(null, null, once).check(en, targets, engines.checker, engines.languageTool, false,
                        new ArticleCheck.Reports() {
                            @Override
                            public void glossaryProblem(String problem) {
                                notes.add(problem);
                            }

                            @Override
                            public void note(String note) {
                                notes.add(note);
                            }
                        });
            }
            ArticleSummary summary = summary(article, paragraphs, findings, notes);
            return new ArticleOutputs(summary, AlignmentLinksJson.write(links), ProjectExports.tmx(atLevel.rows(), lastChanged(article)),
                    findings == null ? null : new FindingsJson().write(findings),
                    findings == null ? null : report(article, findings));
        } catch (IOException | RuntimeException e) {
            return failed(article, Session.describe(e), notes);
        }
    }

    private ArticleSummary summary(BatchArticle article, ArticleAlignment.Result paragraphs, List<Finding> findings,
                                   Set<String> notes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language l : BatchArticle.LANGUAGES) {
            if (article.versions().containsKey(l)) {
                counts.put(l.code(), paragraphs.unitCount(l));
            }
        }
        int omitted = 0;
        int added = 0;
        for (List<Bead> beads : paragraphs.links().values()) {
            for (Bead b : beads) {
                if (b.target().isEmpty() && !b.english().isEmpty()) {
                    omitted++;
                } else if (b.english().isEmpty() && !b.target().isEmpty()) {
                    added++;
                }
            }
        }
        Map<String, Integer> byKind = null;
        if (findings != null) {
            byKind = new TreeMap<>();
            for (Finding f : findings) {
                byKind.merge(f.kind(), 1, Integer::sum);
            }
        }
        ArticleSummary.Status status = article.versions().size() == BatchArticle.LANGUAGES.size()
                ? ArticleSummary.Status.OK : ArticleSummary.Status.PARTIAL;
        return new ArticleSummary(article.id(), status, counts, omitted, added, byKind, null, new ArrayList<>(notes));
    }

    /** The QA report as {@code check --format html} writes it, titled with the article. */
    private static String report(BatchArticle article, List<Finding> findings) {
        Map<Language, String> sources = new LinkedHashMap<>();
        for (Language l : BatchArticle.LANGUAGES) {
            String source = article.source(l);
            if (source != null) {
                sources.put(l, source);
            }
        }
        return new QaReportHtml().write(findings, new QaReportHtml.Context("Triptych QA report: " + article.id(), sources));
    }

    private static ArticleOutputs failed(BatchArticle article, String why, Set<String> notes) {
        return ArticleOutputs.failed(ArticleSummary.failed(article.id(), why, new ArrayList<>(notes)));
    }
}
