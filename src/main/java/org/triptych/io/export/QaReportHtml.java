package org.triptych.io.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * The QA report a person reads: one self-contained HTML page that opens with a comparison summary per version (units
 * missing, added, shortened; which names and which numbers differ) and then lists every finding. Everything taken
 * from the texts and the glossary is escaped.
 */
public final class QaReportHtml {

    /** What the report is about: a title and the files compared (shown as given). */
    public record Context(String title, Map<Language, String> sources) {
    }

    /**
     * What a project's report names besides its findings: the project, its versions (with their sources), the date it
     * was made, and the person's notes by row number (from 1, as the window numbers rows).
     */
    public record ProjectContext(String title, String project, Map<Language, String> sources, String date,
                                 Map<Integer, String> notes) {
        public ProjectContext {
            sources = new LinkedHashMap<>(sources);
            notes = new java.util.TreeMap<>(notes);
        }
    }

    /**
     * The report of a project: its name, versions and date at the top; a summary per version that counts exactly the
     * findings listed below it (by severity and kind, with the comparison's units and the names and numbers that
     * differ); every finding with the row it is in, as the window numbers rows ({@code rows}, parallel to
     * {@code findings}; 0 when a finding is in no row); then the notes on rows. Right-to-left text sits in {@code bdi}
     * elements and isolated terms, so a message mixing English and Arabic reads in order in the browser too.
     */
    public String write(List<Finding> findings, List<Integer> rows, ProjectContext context) {
        if (rows.size() != findings.size()) {
            throw new IllegalArgumentException(rows.size() + " rows for " + findings.size() + " findings");
        }
        StringBuilder sb = new StringBuilder();
        head(sb, context.title() + (context.project().isEmpty() ? "" : " — " + context.project()));
        sb.append("<table class=\"about\">\n<tr><th>Project</th><td>").append(esc(context.project())).append("</td></tr>\n")
                .append("<tr><th>Versions</th><td>");
        boolean first = true;
        for (Map.Entry<Language, String> e : context.sources().entrySet()) {
            sb.append(first ? "" : "<br>").append("<bdi>").append(esc(e.getKey().displayName())).append("</bdi> (")
                    .append(esc(e.getKey().code())).append(")").append(e.getValue().isEmpty() ? "" : ": " + esc(e.getValue()));
            first = false;
        }
        sb.append("</td></tr>\n<tr><th>Date</th><td>").append(esc(context.date())).append("</td></tr>\n")
                .append("<tr><th>Findings</th><td>").append(findings.size()).append(counts(findings)).append("</td></tr>\n</table>\n");
        Map<Language, List<Integer>> byLang = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            byLang.computeIfAbsent(findings.get(i).language(), l -> new ArrayList<>()).add(i);
        }
        sb.append("<h2>Summary by version</h2>\n");
        if (byLang.isEmpty()) {
            sb.append("<p>No findings: every name, term and number checked agrees with the English.</p>\n");
        }
        for (Map.Entry<Language, List<Integer>> e : byLang.entrySet()) {
            List<Finding> fs = e.getValue().stream().map(findings::get).toList();
            sb.append("<h3><bdi>").append(esc(e.getKey().displayName())).append("</bdi> (").append(esc(e.getKey().code()))
                    .append("): ").append(fs.size()).append(fs.size() == 1 ? " finding" : " findings").append("</h3>\n<ul>\n");
            sb.append("<li>By severity:").append(bySeverity(fs)).append("</li>\n");
            sb.append("<li>By kind:").append(byKind(fs)).append("</li>\n");
            Set<String> missing = new LinkedHashSet<>();
            Set<String> added = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            Set<String> numbers = new LinkedHashSet<>();
            for (int i : e.getValue()) {
                Finding f = findings.get(i);
                String row = rowName(rows.get(i));
                switch (f.kind()) {
                    case "omission" -> missing.add(row);
                    case "addition" -> added.add(row);
                    case "number" -> numbers.add(row + ": " + isolated(f.message()));
                    default -> {
                        if (NAME_KINDS.contains(f.kind())) {
                            names.add(f.kind() + ": " + (f.concept() == null ? "" : f.concept())
                                    + (f.text().isEmpty() ? "" : " \u2018" + isolate(f.text()) + "\u2019") + " (" + row + ")");
                        }
                    }
                }
            }
            itemIfAny(sb, "English units missing", missing);
            itemIfAny(sb, "Units added (no English counterpart)", added);
            itemIfAny(sb, "Names and terms that differ", names);
            itemIfAny(sb, "Numbers that differ", numbers);
            sb.append("</ul>\n");
        }
        sb.append("<h2>All findings (").append(findings.size()).append(")</h2>\n<table>\n<tr><th>row</th><th>lang</th>")
                .append("<th>kind</th><th>severity</th><th>text</th><th>concept</th><th>message</th>")
                .append("<th>suggestions</th></tr>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String dir = f.language().isRightToLeft() ? " dir=\"rtl\" class=\"rtl\"" : "";
            sb.append("<tr><td>").append(rows.get(i) > 0 ? String.valueOf(rows.get(i)) : "–").append("</td><td>")
                    .append(esc(f.language().code())).append("</td><td>").append(esc(f.kind())).append("</td><td class=\"")
                    .append(f.severity().code()).append("\">").append(f.severity().code()).append("</td><td").append(dir)
                    .append("><bdi>").append(esc(f.text())).append("</bdi></td><td>")
                    .append(esc(f.concept() == null ? "" : f.concept())).append("</td><td>").append(esc(isolated(f.message())))
                    .append("</td><td").append(dir).append("><bdi>").append(esc(String.join(" | ", f.suggestions())))
                    .append("</bdi></td></tr>\n");
        }
        sb.append("</table>\n");
        if (!context.notes().isEmpty()) {
            sb.append("<h2>Notes on rows (").append(context.notes().size()).append(")</h2>\n<table>\n<tr><th>row</th><th>note</th></tr>\n");
            context.notes().forEach((row, note) -> sb.append("<tr><td>").append(row).append("</td><td dir=\"auto\">")
                    .append(esc(note)).append("</td></tr>\n"));
            sb.append("</table>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void head(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}")
                .append(".error{color:#a00}.warning{color:#a60}.info{color:#666}.rtl{direction:rtl;unicode-bidi:isolate}")
                .append("table.about{width:auto;margin-bottom:1em}table.about th{background:#f3f4f6}")
                .append("h2{margin-top:1.5em}</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    private static String rowName(int row) {
        return row > 0 ? "row " + row : "no row";
    }

    private static String isolate(String s) {
        return org.triptych.text.BidiIsolates.isolate(s);
    }

    private static String isolated(String message) {
        return org.triptych.text.BidiIsolates.isolateTerms(message);
    }

    /** " (2 errors, 5 warnings, 1 info)": the counts add up to the number before them. */
    private static String counts(List<Finding> fs) {
        return fs.isEmpty() ? "" : " (" + bySeverity(fs).strip() + ")";
    }

    private static String bySeverity(List<Finding> fs) {
        Map<String, Integer> n = new LinkedHashMap<>();
        List<org.triptych.model.Severity> worstFirst = new ArrayList<>(List.of(org.triptych.model.Severity.values()));
        java.util.Collections.reverse(worstFirst);
        for (org.triptych.model.Severity s : worstFirst) {
            int c = (int) fs.stream().filter(f -> f.severity() == s).count();
            if (c > 0) {
                n.put(s.code(), c);
            }
        }
        StringBuilder b = new StringBuilder();
        n.forEach((k, v) -> b.append(b.length() == 0 ? " " : ", ").append(v).append(' ').append(k)
                .append(v == 1 || k.equals("info") ? "" : "s"));
        return b.toString();
    }

    private static String byKind(List<Finding> fs) {
        Map<String, Integer> n = new java.util.TreeMap<>();
        fs.forEach(f -> n.merge(f.kind(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        n.forEach((k, v) -> b.append(b.length() == 0 ? " " : ", ").append(esc(k)).append(' ').append(v));
        return b.toString();
    }

    private static void itemIfAny(StringBuilder sb, String label, Set<String> values) {
        if (!values.isEmpty()) {
            item(sb, label, values);
        }
    }

    private static final Set<String> NAME_KINDS = Set.of("missing", "deprecated", "forbidden", "possible", "inconsistent");

    public String write(List<Finding> findings, Context context) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(context.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}")
                .append(".error{color:#a00}.warning{color:#a60}.info{color:#666}.rtl{direction:rtl;unicode-bidi:isolate}")
                .append("h2{margin-top:1.5em}</style></head><body>\n<h1>").append(esc(context.title())).append("</h1>\n");
        if (!context.sources().isEmpty()) {
            sb.append("<p>");
            context.sources().forEach((l, s) -> sb.append(esc(l.code())).append(": ").append(esc(s)).append("<br>"));
            sb.append("</p>\n");
        }
        Map<Language, List<Finding>> byLang = new LinkedHashMap<>();
        for (Finding f : findings) {
            byLang.computeIfAbsent(f.language(), l -> new ArrayList<>()).add(f);
        }
        sb.append("<h2>Summary by version</h2>\n");
        if (byLang.isEmpty()) {
            sb.append("<p>No findings: every name, term and number checked agrees with the English.</p>\n");
        }
        for (Map.Entry<Language, List<Finding>> e : byLang.entrySet()) {
            List<Finding> fs = e.getValue();
            sb.append("<h3>").append(esc(e.getKey().displayName())).append(" (").append(esc(e.getKey().code()))
                    .append(")</h3>\n<ul>\n");
            item(sb, "English units missing", units(fs, "omission"));
            item(sb, "Units added (no English counterpart)", units(fs, "addition"));
            item(sb, "Units shortened", units(fs, "shortened"));
            item(sb, "Units lengthened", units(fs, "lengthened"));
            Set<String> names = new LinkedHashSet<>();
            for (Finding f : fs) {
                if (NAME_KINDS.contains(f.kind())) {
                    names.add(f.kind() + ": " + (f.concept() == null ? "" : f.concept())
                            + (f.text().isEmpty() ? "" : " \u2018" + f.text() + "\u2019") + " (unit " + f.unit() + ")");
                }
            }
            item(sb, "Names and terms that differ", names);
            Set<String> numbers = new LinkedHashSet<>();
            for (Finding f : fs) {
                if (f.kind().equals("number")) {
                    numbers.add("unit " + f.unit() + ": " + f.message());
                }
            }
            item(sb, "Numbers that differ", numbers);
            sb.append("</ul>\n");
        }
        sb.append("<h2>All findings (").append(findings.size()).append(")</h2>\n<table>\n<tr><th>lang</th><th>unit</th>")
                .append("<th>kind</th><th>severity</th><th>span</th><th>text</th><th>concept</th><th>message</th>")
                .append("<th>suggestions</th></tr>\n");
        for (Finding f : findings) {
            String dir = f.language().isRightToLeft() ? " class=\"rtl\"" : "";
            sb.append("<tr><td>").append(esc(f.language().code())).append("</td><td>").append(f.unit())
                    .append("</td><td>").append(esc(f.kind())).append("</td><td class=\"").append(f.severity().code())
                    .append("\">").append(f.severity().code()).append("</td><td>").append(f.start()).append('\u2013')
                    .append(f.end()).append("</td><td").append(dir).append('>').append(esc(f.text()))
                    .append("</td><td>").append(esc(f.concept() == null ? "" : f.concept())).append("</td><td>")
                    .append(esc(f.message())).append("</td><td").append(dir).append('>')
                    .append(esc(String.join(" | ", f.suggestions()))).append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    private static Set<String> units(List<Finding> fs, String kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : fs) {
            if (f.kind().equals(kind)) {
                out.add("unit " + f.unit());
            }
        }
        return out;
    }

    private static void item(StringBuilder sb, String label, Set<String> values) {
        sb.append("<li>").append(esc(label)).append(": ");
        if (values.isEmpty()) {
            sb.append("none");
        } else {
            sb.append(values.size()).append("<ul>");
            for (String v : values) {
                sb.append("<li>").append(esc(v)).append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</li>\n");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
