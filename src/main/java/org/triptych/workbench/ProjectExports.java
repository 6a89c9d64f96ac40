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
                    // an unreviewed machine draft says so (x-machine-draft); which provider made it is not kept
                    variants.add(new TmxWriter.Variant(rows.languages().get(l).code(), row.texts().get(l),
                            row.isMachineDraft(l) ? MACHINE_DRAFT : null));
                }
            }
            if (!variants.isEmpty()) {
                // tuid: the row's number in the window; x-link-status: confirmed, automatic or review
                units.add(new TmxWriter.Unit(variants, row.number() > 0 ? String.valueOf(row.number()) : null, row.status()));
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

    /** What a TMX variant's {@code x-machine-draft} property says: the text is an unreviewed machine draft. */
    public static final String MACHINE_DRAFT = "machine translation, not reviewed";

    /** CSV: the row's number, per language its units and text, the row's status and note; a line per row. */
    public static int writeCsv(ExportRows rows, Path file) throws IOException {
        List<AlignmentCsvWriter.Row> out = new ArrayList<>();
        List<AlignmentCsvWriter.RowFacts> facts = new ArrayList<>();
        int n = 0;
        for (ExportRows.Row r : rows.rows()) {
            n++;
            out.add(new AlignmentCsvWriter.Row(r.units(), r.texts()));
            facts.add(new AlignmentCsvWriter.RowFacts(r.number() > 0 ? r.number() : n, r.statusName(), r.note()));
        }
        new AlignmentCsvWriter().writeNumbered(file, rows.languages().stream().map(Language::code).toList(), out, facts);
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
     * The QA report of a project: named (its file, or "Untitled"), its versions and today's date at the top, every
     * finding numbered by the paragraph row it is in as the window numbers rows, the summary counting exactly the
     * findings listed, and the notes on rows.
     */
    public static String report(List<Finding> findings, ProjectState state, String projectName, java.time.LocalDate date) {
        Map<Language, String> sources = new LinkedHashMap<>();
        for (DocumentVersion v : state.article().versions()) {
            sources.put(v.language(), v.source() == null ? "" : v.source());
        }
        LinkTable table = state.paragraphs();
        List<Integer> rows = rowsOf(findings, state);
        Map<Integer, String> notes = new LinkedHashMap<>();
        if (table != null) {
            List<String> perRow = RowNotes.perRow(state, table);
            for (int r = 0; r < perRow.size(); r++) {
                if (!perRow.get(r).isEmpty()) {
                    notes.put(r + 1, perRow.get(r));
                }
            }
        }
        return new QaReportHtml().write(findings, rows, new QaReportHtml.ProjectContext("Triptych QA report", projectName,
                sources, date.toString(), notes));
    }

    /** Per finding, the paragraph row (from 1) its text is in; 0 when it is in none. One pass over the links. */
    static List<Integer> rowsOf(List<Finding> findings, ProjectState state) {
        LinkTable t = state.paragraphs();
        Map<Language, int[]> rowOf = new LinkedHashMap<>();
        if (t != null) {
            int[] en = new int[Units.count(state.article(), Language.ENGLISH, AlignmentLevel.PARAGRAPH)];
            rowOf.put(Language.ENGLISH, en);
            for (Language target : t.targets()) {
                rowOf.put(target, new int[Units.count(state.article(), target, AlignmentLevel.PARAGRAPH)]);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                LinkRow row = t.rows().get(r);
                for (int u : row.english()) {
                    en[u] = r + 1;
                }
                for (int c = 0; c < t.targets().size(); c++) {
                    int[] of = rowOf.get(t.targets().get(c));
                    for (int u : row.cells().get(c).units()) {
                        of[u] = r + 1;
                    }
                }
            }
        }
        FindingPlaces places = new FindingPlaces();
        List<Integer> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int[] of = rowOf.get(f.language());
            int row = 0;
            if (of != null) {
                java.util.Optional<FindingPlaces.Place> p = places.place(state, f);
                if (p.isPresent() && p.get().paragraph() < of.length) {
                    row = of[p.get().paragraph()];
                }
            }
            out.add(row);
        }
        return out;
    }

    // ---- the finished versions as documents ----

    /** The document formats a version can be exported as, by extension: docx, odt, html, txt. */
    public static Map<String, String> documentFormats() {
        Map<String, String> out = new LinkedHashMap<>();
        for (org.triptych.io.export.VersionDocument d : org.triptych.io.export.VersionDocument.all()) {
            out.put(d.extension(), d.description());
        }
        return out;
    }

    /** Where version {@code l} goes when the versions are exported as {@code base}: water.docx → water-ar.docx. */
    public static Path versionFile(Path base, Language l, String extension) {
        String name = base.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? name.substring(0, name.length() - extension.length() - 1)
                : name.replaceFirst("\\.[^.]*$", "");
        return base.resolveSibling(stem + "-" + l.code() + "." + extension);
    }

    /** Every version with text, one file each beside {@code base} in the format of {@code extension}; the files written. */
    public static List<Path> writeVersions(Article article, String extension, Path base) throws IOException {
        org.triptych.io.export.VersionDocument format = org.triptych.io.export.VersionDocument.forExtension(extension)
                .orElseThrow(() -> new IOException("Triptych does not write ." + extension + " documents"));
        List<Path> written = new ArrayList<>();
        for (DocumentVersion v : article.versions()) {
            if (!v.isEmpty()) {
                Path f = versionFile(base, v.language(), format.extension());
                format.write(v, f);
                written.add(f);
            }
        }
        return written;
    }

    /** File ▸ Export ▸ Versions as documents: the versions as they are now, written in the background. */
    public void exportVersions(String extension, Path base) {
        Article article = session.article();
        tasks.run("Exporting the versions", () -> writeVersions(article, extension, base),
                files -> session.notice("Exported " + files.size() + " versions: " + String.join(", ",
                        files.stream().map(f -> f.getFileName().toString()).toList())),
                e -> session.notice("The versions were not exported: " + Session.describe(e)));
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
        exportTmx(level, file, false);
    }

    /** As {@link #exportTmx(AlignmentLevel, Path)}; {@code reviewedOnly} leaves out rows no person has reviewed. */
    public void exportTmx(AlignmentLevel level, Path file, boolean reviewedOnly) {
        ExportRows rows = rowsOrSay(level, reviewedOnly);
        if (rows != null) {
            tasks.run("Exporting TMX", () -> writeTmx(rows, file),
                    n -> session.notice("Exported " + n + " translation units to " + file),
                    e -> session.notice("TMX export to " + file + " failed: " + Session.describe(e)));
        }
    }

    public void exportCsv(AlignmentLevel level, Path file) {
        exportCsv(level, file, false);
    }

    /** As {@link #exportCsv(AlignmentLevel, Path)}; {@code reviewedOnly} leaves out rows no person has reviewed. */
    public void exportCsv(AlignmentLevel level, Path file, boolean reviewedOnly) {
        ExportRows rows = rowsOrSay(level, reviewedOnly);
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
        ProjectState state = session.state();
        String name = session.title();
        tasks.run("Exporting the QA report", () -> {
            AtomicFiles.writeString(file, report(findings, state, name, java.time.LocalDate.now()));
            return findings.size();
        }, n -> session.notice("QA report with " + n + " findings written to " + file),
                e -> session.notice("QA report to " + file + " failed: " + Session.describe(e)));
    }

    private ExportRows rowsOrSay(AlignmentLevel level) {
        return rowsOrSay(level, false);
    }

    private ExportRows rowsOrSay(AlignmentLevel level, boolean reviewedOnly) {
        ExportRows rows = ExportRows.of(session.state(), level);
        if (rows == null) {
            session.notice("Nothing to export yet: the " + level.code() + "s are not aligned");
            return null;
        }
        return reviewedOnly ? rows.reviewedOnly() : rows;
    }
}
