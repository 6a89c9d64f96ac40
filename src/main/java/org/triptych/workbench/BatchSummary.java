package org.triptych.workbench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triptych.model.Language;

/**
 * The summary of a batch as one row per article, and {@code summary.csv}: paragraphs per version, passages omitted and
 * added (from the paragraph links) and shortened or lengthened (from the checks), then the findings by kind — terms,
 * numbers, language — with the total, the error and notes, and the link to the article's report.
 */
final class BatchSummary {

    static final List<String> PASSAGE_KINDS = List.of("shortened", "lengthened");
    static final List<String> TERM_KINDS = List.of("missing", "deprecated", "forbidden", "possible", "inconsistent",
            "extra");
    static final List<String> NUMBER_KINDS = List.of("number");
    static final List<String> NAMED_LANGUAGE_KINDS = List.of("spelling", "grammar", "style");
    /** Counted as passages from the links, so not again among the findings. */
    static final List<String> LINK_KINDS = List.of("omission", "addition");

    private BatchSummary() {
    }

    /** Every kind the language checks gave that has no column of its own (script, typography, …). */
    static int otherLanguage(ArticleSummary row) {
        if (!row.checked()) {
            return 0;
        }
        Set<String> named = new LinkedHashSet<>();
        named.addAll(PASSAGE_KINDS);
        named.addAll(TERM_KINDS);
        named.addAll(NUMBER_KINDS);
        named.addAll(NAMED_LANGUAGE_KINDS);
        named.addAll(LINK_KINDS);
        int n = 0;
        for (var e : row.findings().entrySet()) {
            if (!named.contains(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    static int language(ArticleSummary row) {
        return row.count(NAMED_LANGUAGE_KINDS) + otherLanguage(row);
    }

    static int total(ArticleSummary row) {
        return row.checked() ? row.findings().values().stream().mapToInt(Integer::intValue).sum() : 0;
    }

    /** What the chart and the ordering weigh: everything an editor would look at, passages included. */
    static int flags(ArticleSummary row) {
        return row.omitted() + row.added() + row.count(PASSAGE_KINDS) + row.count(TERM_KINDS) + row.count(NUMBER_KINDS)
                + language(row);
    }

    /** Where the article's row links to, relative to OUT: its report, or its folder when there is none. */
    static String link(ArticleSummary row) {
        String path = row.id() + "/" + (row.checked() && row.status().succeeded() ? ArticleFolder.REPORT : "");
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("an id names a folder: " + row.id(), e);
        }
    }

    /** summary.csv: RFC 4180, UTF-8 with a byte-order mark and CRLF, as the other CSV exports (spreadsheets need it). */
    static String csv(List<ArticleSummary> rows) {
        List<String> header = new ArrayList<>(List.of("id", "status"));
        for (Language l : BatchArticle.LANGUAGES) {
            header.add(l.code() + "_paragraphs");
        }
        header.addAll(List.of("omitted", "added"));
        header.addAll(PASSAGE_KINDS);
        header.addAll(TERM_KINDS);
        header.addAll(NUMBER_KINDS);
        header.addAll(NAMED_LANGUAGE_KINDS);
        header.addAll(List.of("other_language", "findings", "error", "notes", "report"));
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        for (ArticleSummary r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.id(), r.status().label()));
            for (Language l : BatchArticle.LANGUAGES) {
                Integer n = r.paragraphs().get(l.code());
                cells.add(n == null ? "" : n.toString());
            }
            boolean aligned = r.status().succeeded();
            cells.add(aligned ? Integer.toString(r.omitted()) : "");
            cells.add(aligned ? Integer.toString(r.added()) : "");
            List<String> kinds = new ArrayList<>(PASSAGE_KINDS);
            kinds.addAll(TERM_KINDS);
            kinds.addAll(NUMBER_KINDS);
            kinds.addAll(NAMED_LANGUAGE_KINDS);
            for (String k : kinds) {
                cells.add(r.checked() ? Integer.toString(r.findings().getOrDefault(k, 0)) : "");
            }
            cells.add(r.checked() ? Integer.toString(otherLanguage(r)) : "");
            cells.add(r.checked() ? Integer.toString(total(r)) : "");
            cells.add(r.error() == null ? "" : r.error());
            cells.add(String.join("; ", r.notes()));
            cells.add(aligned ? link(r) : "");
            line(b, cells);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = cells.get(i);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append("\r\n");
    }
}
