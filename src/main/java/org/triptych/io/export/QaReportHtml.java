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
