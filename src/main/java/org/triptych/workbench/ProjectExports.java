package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triptych.io.AtomicFiles;
import org.triptych.io.export.AlignmentCsvWriter;
import org.triptych.io.export.QaReportHtml;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * File ▸ Export and the command line's exports, written alike from {@link ExportRows}: one TMX with every language (or
 * one per pair), CSV, and the QA report over a list of findings. Every file is written atomically. The window runs
 * these through its task runner ({@link #exportTmx} and the like); the command line calls the writers directly.
 */
public final class ProjectExports {

    /** What the TMX header names as the tool's version: this build's. */
    public static final String TOOL_VERSION = BuildInfo.current().version();

    private final Session session;
    private final TaskRunner tasks;

    public ProjectExports(Session session, TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    // ---- the writers ----

    /** One TMX file, a translation unit per row with a variant for each language that has text in it. */
    public static int writeTmx(ExportRows rows, Path file) throws IOException {
        List<TmxWriter.Unit> units = tmxUnits(rows);
        new TmxWriter(TOOL_VERSION).write(file, Language.ENGLISH.code(), rows.level().code(), units);
        return units.size();
    }

    /**
     * The text {@link #writeTmx} writes, dated {@code created} instead of now: a batch keeps an article's outputs in
     * memory until it writes them, and an article done again must come out the same.
     */
    public static String tmx(ExportRows rows, java.time.Instant created) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new TmxWriter(TOOL_VERSION, java.time.Clock.fixed(created, java.time.ZoneOffset.UTC)).write(out, Language.ENGLISH.code(), rows.level().code(), tmxUnits(rows));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a string cannot fail to be written", e);
        }
        return out.toString();
    }

    private static List<TmxWriter.Unit> tmxUnits(ExportRows rows) {
        List<TmxWriter.Unit> units = new ArrayList<>();
        for (ExportRows.Row row : rows.rows()) {
            List<TmxWriter.Variant> variants = new ArrayList<>();
            for (int l = 0; l < row.texts().size(); l++) {
                if (!row.units().get(l).isEmpty() && !row.texts().get(l).isBlank()) {
                    variants.add(new TmxWriter.Variant(rows.languages().get(l).code(), row.texts().get(l)));
                }
            }
            if (!variants.isEmpty()) {
                units.add(new TmxWriter.Unit(variants));
            }
        }
        return units;
    }

    /** The file a pairwise TMX of {@code target} goes to: OUT.en-ar.tmx beside OUT.tmx. */
    public static Path pairFile(Path tmx, Language target) {
        String name = tmx.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".tmx") ? name.substring(0, name.length() - 4) : name;
        return tmx.resolveSibling(base + "." + Language.ENGLISH.code() + "-" + target.code() + ".tmx");
    }

    /** CSV: per language its unit indices and text, a line per row. */
    public static int writeCsv(ExportRows rows, Path file) throws IOException {
        List<AlignmentCsvWriter.Row> out = new ArrayList<>();
        for (ExportRows.Row r : rows.rows()) {
            out.add(new AlignmentCsvWriter.Row(r.units(), r.texts()));
        }
        new AlignmentCsvWriter().write(file, rows.languages().stream().map(Language::code).toList(), out);
        return out.size();
    }

    /** The QA report over {@code findings}, naming the article's versions and their sources. */
    public static String report(List<Finding> findings, Article article) {
        Map<Language, String> sources = new LinkedHashMap<>();
        for (DocumentVersion v : article.versions()) {
            sources.put(v.language(), v.source() == null ? "" : v.source());
        }
        return new QaReportHtml().write(findings, new QaReportHtml.Context("Triptych QA report", sources));
    }

    public static void writeReport(List<Finding> findings, Article article, Path file) throws IOException {
        AtomicFiles.writeString(file, report(findings, article));
    }

    /**
     * The findings of a check of {@code state} by the row of {@code level} they lie in, per target language: where
     * the finding can be placed in the text, the row showing that unit; else the row of the English paragraph that
     * starts its link (a term missing from an empty cell).
     */
    static XliffExport.RowFindings findingsByRow(ProjectState state, List<Finding> findings, AlignmentLevel level) {
        LinkTable table = state.table(level);
        Map<Language, Map<Integer, List<Finding>>> byRow = new LinkedHashMap<>();
        FindingPlaces places = new FindingPlaces();
        for (Finding f : findings) {
            if (table == null || !table.targets().contains(f.language())) {
                continue;
            }
            int row = -1;
            java.util.Optional<FindingPlaces.Place> at = places.place(state, f);
            if (at.isPresent()) {
                FindingPlaces.Place p = at.get();
                row = table.rowOfTarget(f.language(), Units.unitAt(state.article(), f.language(), level, p.paragraph(),
                        p.start()));
            }
            if (row < 0 && f.unit() >= 0 && f.unit() < state.article().english().paragraphs().size()) {
                int english = level == AlignmentLevel.PARAGRAPH ? f.unit()
                        : Units.sentenceStarts(state.article().english())[f.unit()];
                row = table.rowOfEnglish(english);
            }
            if (row >= 0) {
                byRow.computeIfAbsent(f.language(), l -> new LinkedHashMap<>())
                        .computeIfAbsent(row, r -> new ArrayList<>()).add(f);
            }
        }
        return (target, row) -> byRow.getOrDefault(target, Map.of()).getOrDefault(row, List.of());
    }

    // ---- the window's File ▸ Export, in the background ----

    /**
     * One XLIFF file per target beside {@code prefix} ({@code PREFIX.en-ar.xlf}), from the links at {@code level}, with
     * the project's glossary terms and the findings of a check of the project as it is now as notes (the checks run
     * first when the project changed since the last check, as for the QA report).
     */
    public void exportXliff(AlignmentLevel level, Path prefix, org.triptych.io.xliff.XliffVersion version) {
        ExportRows rows = rowsOrSay(level);
        if (rows == null) {
            return;
        }
        if (!session.findingsCurrent() && session.state().paragraphs() != null) {
            session.check(() -> exportXliff(level, prefix, version));
            return;
        }
        ProjectState state = session.state();
        XliffExport.RowFindings findings = findingsByRow(state, session.findings(), level);
        tasks.run("Exporting XLIFF", () -> XliffExport.write(rows, prefix, version, state.article().english().source(),
                        ProjectGlossaries.merged(state.glossaries()), findings),
                files -> session.notice("Exported XLIFF " + version.code() + ": " + String.join(", ",
                        files.stream().map(f -> f.getFileName().toString()).toList())),
                e -> session.notice("XLIFF export to " + prefix + " failed: " + Session.describe(e)));
    }

    /** The links at {@code level} as one TMX with every language. */
    public void exportTmx(AlignmentLevel level, Path file) {
        ExportRows rows = rowsOrSay(level);
        if (rows != null) {
            tasks.run("Exporting TMX", () -> writeTmx(rows, file),
                    n -> session.notice("Exported " + n + " translation units to " + file),
                    e -> session.notice("TMX export to " + file + " failed: " + Session.describe(e)));
        }
    }

    public void exportCsv(AlignmentLevel level, Path file) {
        ExportRows rows = rowsOrSay(level);
        if (rows != null) {
            tasks.run("Exporting CSV", () -> writeCsv(rows, file),
                    n -> session.notice("Exported " + n + " rows to " + file),
                    e -> session.notice("CSV export to " + file + " failed: " + Session.describe(e)));
        }
    }

    /**
     * The QA report over the findings of the project as it is now (ignored ones are not listed, so not reported): the
     * checks run first when the project changed since the last check, as the command line's export runs them.
     */
    public void exportReport(Path file) {
        if (!session.findingsCurrent()) {
            session.check(() -> exportReport(file));
            return;
        }
        List<Finding> findings = List.copyOf(session.findings());
        Article article = session.article();
        tasks.run("Exporting the QA report", () -> {
            writeReport(findings, article, file);
            return findings.size();
        }, n -> session.notice("QA report with " + n + " findings written to " + file),
                e -> session.notice("QA report to " + file + " failed: " + Session.describe(e)));
    }

    private ExportRows rowsOrSay(AlignmentLevel level) {
        ExportRows rows = ExportRows.of(session.state(), level);
        if (rows == null) {
            session.notice("Nothing to export yet: the " + level.code() + "s are not aligned");
        }
        return rows;
    }
}
