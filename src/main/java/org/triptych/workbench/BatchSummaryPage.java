package org.triptych.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.triptych.model.Language;

/**
 * {@code summary.html}: what an editor opens first. A bar chart of what each article has to look at (passages omitted,
 * added, shortened or lengthened; term, number and language findings), most first, so the translations that need a
 * look stand out; then every article in a table that sorts by any column when its header is clicked, each row linking
 * to the article's report. One file, no network: the chart is SVG written here, the sorting a few lines of script.
 */
final class BatchSummaryPage {

    /** More bars than this make a chart nobody reads; the table still has every article. */
    static final int CHART_BARS = 50;

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 520;
    private static final int ROW = 20;
    private static final int TOP = 4;
    private static final String[] SEGMENT_NAMES = {"passages omitted, added, shortened or lengthened", "terms",
            "numbers", "language"};
    private static final String[] SEGMENT_COLOURS = {"#c0392b", "#e67e22", "#8e44ad", "#2e86c1"};

    private BatchSummaryPage() {
    }

    static String html(List<ArticleSummary> rows, BatchOptions options) {
        StringBuilder b = new StringBuilder(4096 + rows.size() * 600);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Triptych batch: ").append(rows.size()).append(" articles</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Batch summary</h1>\n");
        totals(b, rows, options);
        failures(b, rows);
        b.append("<h2>What to look at, per article</h2>\n");
        chart(b, rows, options);
        b.append("<h2>Articles</h2>\n<p class=\"hint\">Click a column's header to sort by it; click an article to open")
                .append(options.check() ? " its report" : " its folder").append(".</p>\n");
        table(b, rows, options);
        b.append("<script>\n").append(SORT_SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void totals(StringBuilder b, List<ArticleSummary> rows, BatchOptions options) {
        int[] byStatus = new int[ArticleSummary.Status.values().length];
        for (ArticleSummary r : rows) {
            byStatus[r.status().ordinal()]++;
        }
        List<String> parts = new ArrayList<>();
        for (ArticleSummary.Status s : ArticleSummary.Status.values()) {
            if (byStatus[s.ordinal()] > 0) {
                parts.add(byStatus[s.ordinal()] + " " + s.label());
            }
        }
        b.append("<p class=\"totals\">").append(rows.size()).append(rows.size() == 1 ? " article" : " articles")
                .append(parts.isEmpty() ? "" : ": " + String.join(", ", parts)).append(". Links at ")
                .append(options.level().code()).append(" level; ")
                .append(options.check() ? "terms, numbers and versions checked" : "not checked (run with --check)")
                .append(options.language() ? ", language checked by LanguageTool" : "")
                .append(".</p>\n");
    }

    /** The articles that could not be processed, first thing after the totals: each needs a person. */
    private static void failures(StringBuilder b, List<ArticleSummary> rows) {
        List<ArticleSummary> failed = rows.stream().filter(r -> r.status() == ArticleSummary.Status.FAILED).toList();
        if (failed.isEmpty()) {
            return;
        }
        b.append("<h2>Could not be processed</h2>\n<ul class=\"failed\">\n");
        for (ArticleSummary r : failed) {
            b.append("<li><b>").append(escape(r.id())).append("</b>: ").append(escape(r.error())).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void chart(StringBuilder b, List<ArticleSummary> rows, BatchOptions options) {
        List<ArticleSummary> bars = rows.stream().filter(r -> r.status().succeeded() && BatchSummary.flags(r) > 0)
                .sorted(Comparator.comparingInt(BatchSummary::flags).reversed().thenComparing(ArticleSummary::id))
                .limit(CHART_BARS).toList();
        long flagged = rows.stream().filter(r -> r.status().succeeded() && BatchSummary.flags(r) > 0).count();
        if (bars.isEmpty()) {
            b.append("<p class=\"none\">Nothing to look at in any article that was processed")
                    .append(options.check() ? "" : " (no passage omitted or added; the articles were not checked)")
                    .append(".</p>\n");
            return;
        }
        if (flagged > bars.size()) {
            b.append("<p class=\"hint\">The ").append(bars.size()).append(" articles with most, of ").append(flagged)
                    .append(" with anything at all.</p>\n");
        }
        int max = BatchSummary.flags(bars.get(0));
        int height = TOP + bars.size() * ROW + 6;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        b.append("<p class=\"legend\">");
        for (int s = 0; s < SEGMENT_NAMES.length && (options.check() || s == 0); s++) {
            b.append("<span><i style=\"background:").append(SEGMENT_COLOURS[s]).append("\"></i>")
                    .append(escape(options.check() ? SEGMENT_NAMES[s] : "passages omitted or added")).append("</span>");
        }
        b.append("</p>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"Findings per article\">\n");
        for (int i = 0; i < bars.size(); i++) {
            ArticleSummary r = bars.get(i);
            int y = TOP + i * ROW;
            int[] segments = segments(r);
            b.append("<a href=\"").append(escape(BatchSummary.link(r))).append("\">")
                    .append("<title>").append(escape(r.id() + ": " + describe(segments))).append("</title>")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 14)
                    .append("\">").append(escape(shorten(r.id()))).append("</text>");
            double left = LABEL_WIDTH;
            for (int s = 0; s < segments.length; s++) {
                if (segments[s] == 0) {
                    continue;
                }
                double w = BAR_WIDTH * segments[s] / (double) max;
                b.append("<rect x=\"").append(format(left)).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(format(w)).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                        .append(SEGMENT_COLOURS[s]).append("\"/>");
                left += w;
            }
            b.append("<text class=\"value\" x=\"").append(format(left + 5)).append("\" y=\"").append(y + 14)
                    .append("\">").append(BatchSummary.flags(r)).append("</text></a>\n");
        }
        b.append("</svg>\n");
    }

    /** Passages, terms, numbers, language: the chart's segments, in its colours' order. */
    private static int[] segments(ArticleSummary r) {
        return new int[] {r.omitted() + r.added() + r.count(BatchSummary.PASSAGE_KINDS),
                r.count(BatchSummary.TERM_KINDS), r.count(BatchSummary.NUMBER_KINDS), BatchSummary.language(r)};
    }

    private static String describe(int[] segments) {
        List<String> parts = new ArrayList<>();
        String[] names = {"passages", "terms", "numbers", "language"};
        for (int s = 0; s < segments.length; s++) {
            if (segments[s] > 0) {
                parts.add(segments[s] + " " + names[s]);
            }
        }
        return String.join(", ", parts);
    }

    private static void table(StringBuilder b, List<ArticleSummary> rows, BatchOptions options) {
        b.append("<table id=\"articles\">\n<thead><tr><th>Article</th><th>Status</th>");
        for (Language l : BatchArticle.LANGUAGES) {
            b.append("<th class=\"num\" title=\"paragraphs of the ").append(ArticleFinder.name(l))
                    .append(" version\">¶ ").append(l.code()).append("</th>");
        }
        for (String h : List.of("Omitted", "Added", "Shortened", "Lengthened", "Terms", "Numbers", "Language", "Findings")) {
            b.append("<th class=\"num\">").append(h).append("</th>");
        }
        b.append("<th>Error or notes</th></tr></thead>\n<tbody>\n");
        for (ArticleSummary r : rows) {
            boolean aligned = r.status().succeeded();
            b.append("<tr class=\"").append(r.status().name().toLowerCase(Locale.ROOT)).append("\"><td>");
            if (aligned) {
                b.append("<a href=\"").append(escape(BatchSummary.link(r))).append("\">").append(escape(r.id()))
                        .append("</a>");
            } else {
                b.append(escape(r.id()));
            }
            b.append("</td><td>").append(r.status().label()).append("</td>");
            for (Language l : BatchArticle.LANGUAGES) {
                number(b, r.paragraphs().get(l.code()), null);
            }
            number(b, aligned ? r.omitted() : null, null);
            number(b, aligned ? r.added() : null, null);
            number(b, r.checked() ? r.count(List.of("shortened")) : null, null);
            number(b, r.checked() ? r.count(List.of("lengthened")) : null, null);
            number(b, r.checked() ? r.count(BatchSummary.TERM_KINDS) : null,
                    r.checked() ? byKind(r, BatchSummary.TERM_KINDS) : null);
            number(b, r.checked() ? r.count(BatchSummary.NUMBER_KINDS) : null, null);
            number(b, r.checked() ? BatchSummary.language(r) : null, r.checked() ? languageKinds(r) : null);
            number(b, r.checked() ? BatchSummary.total(r) : null, null);
            b.append("<td class=\"text\">");
            if (r.error() != null) {
                b.append("<span class=\"error\">").append(escape(r.error())).append("</span>");
            }
            if (!r.notes().isEmpty()) {
                b.append(r.error() != null ? " " : "").append("<span class=\"note\">")
                        .append(escape(String.join("; ", r.notes()))).append("</span>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** A number cell; an empty one (not counted) sorts below zero. */
    private static void number(StringBuilder b, Integer n, String title) {
        b.append("<td class=\"num").append(n != null && n > 0 ? " some" : "").append("\" data-v=\"")
                .append(n == null ? -1 : n).append('"');
        if (title != null && !title.isEmpty()) {
            b.append(" title=\"").append(escape(title)).append('"');
        }
        b.append('>').append(n == null ? "" : n.toString()).append("</td>");
    }

    private static String byKind(ArticleSummary r, List<String> kinds) {
        List<String> parts = new ArrayList<>();
        for (String k : kinds) {
            int n = r.findings().getOrDefault(k, 0);
            if (n > 0) {
                parts.add(k + " " + n);
            }
        }
        return String.join(", ", parts);
    }

    private static String languageKinds(ArticleSummary r) {
        String named = byKind(r, BatchSummary.NAMED_LANGUAGE_KINDS);
        int other = BatchSummary.otherLanguage(r);
        return other == 0 ? named : (named.isEmpty() ? "" : named + ", ") + "other " + other;
    }

    private static String shorten(String id) {
        return id.length() <= 34 ? id : id.substring(0, 33) + "…";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 1.5em 2em; color: #222; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin-top: 1.4em; }
            ul.failed { color: #a93226; padding-left: 1.2em; }
            .legend { font-size: 0.85em; margin: 0.3em 0 0.4em 0; }
            .legend span { margin-right: 1.4em; white-space: nowrap; }
            .legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em; vertical-align: -0.1em; }
            .totals { font-size: 1.05em; }
            .hint, .none { color: #666; font-size: 0.9em; }
            svg.chart text { font-size: 12px; fill: #333; }
            svg.chart text.label { text-anchor: end; fill: #1a5276; }
            svg.chart a:hover text.label { text-decoration: underline; }
            svg.chart text.value { fill: #555; }
            table { border-collapse: collapse; font-size: 0.85em; }
            th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #f2f3f4; cursor: pointer; user-select: none; white-space: nowrap; position: sticky; top: 0; }
            th[data-dir="asc"]::after { content: " ▲"; }
            th[data-dir="desc"]::after { content: " ▼"; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.some { font-weight: bold; }
            tr.failed td { background: #fdecea; }
            tr.partial td { background: #fef9e7; }
            tr.not_run td { color: #888; }
            .error { color: #a93226; }
            .note { color: #777; }
            td.text { max-width: 36em; }
            """;

    private static final String SORT_SCRIPT = """
            (function () {
              var table = document.getElementById('articles');
              var heads = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(heads, function (th, col) {
                th.addEventListener('click', function () {
                  var asc = th.getAttribute('data-dir') !== 'asc';
                  Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('data-dir'); });
                  th.setAttribute('data-dir', asc ? 'asc' : 'desc');
                  var numeric = th.classList.contains('num');
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[col], y = b.cells[col];
                    var c = numeric ? Number(x.getAttribute('data-v')) - Number(y.getAttribute('data-v'))
                                    : x.textContent.localeCompare(y.textContent);
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            })();
            """;
}
