package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.io.export.AlignmentCsvWriter;
import org.triptych.io.export.QaReportHtml;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * File ▸ Export: the links as the person sees them now (current level, edits included) as one TMX with every
 * language, as CSV, and the current findings as the QA report. The rows' texts are collected on the caller's (FX)
 * thread, which is cheap; formatting and writing run on the task runner. Every file is written atomically.
 */
final class ExportCommands {

    static final String TOOL_VERSION = "0.1.0";

    private final AlignedViewModel model;
    private final TaskRunner tasks;

    ExportCommands(AlignedViewModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** The rows of the current level: per language (English first) the unit indices and their text. */
    record Snapshot(String level, List<Language> languages, List<List<List<Integer>>> units, List<List<String>> texts) {
    }

    /** Null when nothing is aligned yet (the notice says so). */
    Snapshot snapshot() {
        LinkTable table = model.table();
        if (table == null) {
            model.noticeProperty().set("Nothing to export yet: the paragraphs are not aligned");
            return null;
        }
        List<Language> languages = new ArrayList<>();
        languages.add(Language.ENGLISH);
        languages.addAll(table.targets());
        List<List<List<Integer>>> units = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (LinkRow row : table.rows()) {
            List<List<Integer>> u = new ArrayList<>();
            List<String> t = new ArrayList<>();
            u.add(row.english());
            t.add(join(Language.ENGLISH, row.english()));
            for (int c = 0; c < table.targets().size(); c++) {
                List<Integer> cell = row.cells().get(c).units();
                u.add(cell);
                t.add(join(table.targets().get(c), cell));
            }
            units.add(u);
            texts.add(t);
        }
        return new Snapshot(table.level().code(), languages, units, texts);
    }

    private String join(Language language, List<Integer> indices) {
        StringBuilder sb = new StringBuilder();
        for (int i : indices) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(model.unitText(language, i));
        }
        return sb.toString();
    }

    /** One TMX file, a translation unit per row with a variant for each language that has text in it. */
    void exportTmx(Path file) {
        Snapshot s = snapshot();
        if (s == null) {
            return;
        }
        tasks.run("Exporting TMX", progress -> {
            List<TmxWriter.Unit> units = new ArrayList<>();
            for (List<String> row : s.texts()) {
                List<TmxWriter.Variant> variants = new ArrayList<>();
                for (int l = 0; l < row.size(); l++) {
                    if (!row.get(l).isBlank()) {
                        variants.add(new TmxWriter.Variant(s.languages().get(l).code(), row.get(l)));
                    }
                }
                if (!variants.isEmpty()) {
                    units.add(new TmxWriter.Unit(variants));
                }
            }
            new TmxWriter(TOOL_VERSION).write(file, Language.ENGLISH.code(), s.level(), units);
            return units.size();
        }, n -> model.noticeProperty().set("Exported " + n + " translation units to " + file),
                e -> model.noticeProperty().set("TMX export to " + file + " failed: " + e.getMessage()));
    }

    /** CSV: per language its unit indices and text, a line per row. */
    void exportCsv(Path file) {
        Snapshot s = snapshot();
        if (s == null) {
            return;
        }
        tasks.run("Exporting CSV", progress -> {
            List<AlignmentCsvWriter.Row> rows = new ArrayList<>();
            for (int r = 0; r < s.texts().size(); r++) {
                rows.add(new AlignmentCsvWriter.Row(s.units().get(r), s.texts().get(r)));
            }
            new AlignmentCsvWriter().write(file, s.languages().stream().map(Language::code).toList(), rows);
            return rows.size();
        }, n -> model.noticeProperty().set("Exported " + n + " rows to " + file),
                e -> model.noticeProperty().set("CSV export to " + file + " failed: " + e.getMessage()));
    }

    /** The QA report over the findings now listed (ignored ones are not listed, so not reported). */
    void exportQaReport(Path file) {
        List<Finding> findings = List.copyOf(model.findings());
        Map<Language, String> sources = new LinkedHashMap<>();
        for (DocumentVersion v : model.project().versions()) {
            sources.put(v.language(), v.source() == null ? "" : v.source());
        }
        tasks.run("Exporting the QA report", progress -> {
            String html = new QaReportHtml().write(findings, new QaReportHtml.Context("Triptych QA report", sources));
            org.triptych.io.AtomicFiles.writeString(file, html);
            return findings.size();
        }, n -> model.noticeProperty().set("QA report with " + n + " findings written to " + file),
                e -> model.noticeProperty().set("QA report to " + file + " failed: " + e.getMessage()));
    }
}
