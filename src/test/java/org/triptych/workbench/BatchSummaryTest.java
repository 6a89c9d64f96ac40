package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triptych.model.AlignmentLevel;

class BatchSummaryTest {

    private static final BatchOptions CHECKED = new BatchOptions(AlignmentLevel.PARAGRAPH, true, true, List.of());

    private static ArticleSummary row(String id, int omitted, Map<String, Integer> findings) {
        Map<String, Integer> paragraphs = new LinkedHashMap<>();
        paragraphs.put("en", 10);
        paragraphs.put("ar", 9);
        paragraphs.put("ru", 10);
        return new ArticleSummary(id, ArticleSummary.Status.OK, paragraphs, omitted, 0, findings, null, List.of());
    }

    @Test
    void csvCountsEachKindInItsColumnAndAnythingElseAsOtherLanguage() {
        ArticleSummary a = row("gaza day 1", 2, Map.of("omission", 2, "missing", 3, "deprecated", 1, "number", 1,
                "spelling", 4, "script", 1, "shortened", 1));
        ArticleSummary failed = ArticleSummary.failed("broken", "broken.en.docx is damaged, \"say\" so", List.of());
        String csv = BatchSummary.csv(List.of(a, failed));
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFid,status,en_paragraphs,ar_paragraphs,ru_paragraphs,omitted,added,shortened,lengthened,"
                + "missing,deprecated,forbidden,possible,inconsistent,extra,number,spelling,grammar,style,other_language,"
                + "findings,error,notes,report", lines.get(0));
        assertEquals("gaza day 1,ok,10,9,10,2,0,1,0,3,1,0,0,0,0,1,4,0,0,1,13,,,gaza%20day%201/report.html", lines.get(1));
        assertEquals("broken,failed,,,,,,,,,,,,,,,,,,,,\"broken.en.docx is damaged, \"\"say\"\" so\",,", lines.get(2));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void theChartHasABarPerArticleMostFirstEachLinkingToItsReport() {
        List<ArticleSummary> rows = new ArrayList<>();
        rows.add(row("calm", 0, Map.of()));
        rows.add(row("busy", 1, Map.of("missing", 5, "spelling", 2)));
        rows.add(row("some", 0, Map.of("number", 2)));
        rows.add(ArticleSummary.failed("bad<1>", "no text", List.of()));
        String html = BatchSummaryPage.html(rows, CHECKED);
        List<String> bars = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"><title>([^<]+)</title>").matcher(html);
        while (m.find()) {
            bars.add(m.group(1) + " | " + m.group(2));
        }
        assertEquals(List.of("busy/report.html | busy: 1 passages, 5 terms, 2 language",
                "some/report.html | some: 2 numbers"), bars, "nothing to look at in 'calm': no bar");
        assertTrue(html.contains("<td>bad&lt;1&gt;</td><td>failed</td>"), "a failed row has no link and is escaped");
        assertTrue(html.contains("<a href=\"calm/report.html\">calm</a>"));
        assertTrue(html.contains("4 articles: 3 ok, 1 failed"));
        assertFalse(html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/2000/svg\""),
                "nothing loaded from the network");
        assertFalse(html.contains("src="), "no script or image loaded from anywhere");
    }

    @Test
    void manyArticlesChartOnlyThoseWithMost() {
        List<ArticleSummary> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(row(String.format("a%03d", i), i % 7, null));
        }
        String html = BatchSummaryPage.html(rows, new BatchOptions(AlignmentLevel.PARAGRAPH, false, false, List.of()));
        assertEquals(BatchSummaryPage.CHART_BARS, html.split("<title>", -1).length - 2, "bars, besides the page title");
        assertTrue(html.contains("The 50 articles with most, of 102 with anything at all."));
        assertTrue(html.contains("<a href=\"a006/\">a006</a>"), "unchecked: the row links to the article's folder");
    }

    @Test
    void linksEscapeWhatAPathCannotHold() {
        assertEquals("what%3F%20%23/report.html", BatchSummary.link(row("what? #", 0, Map.of())));
        assertEquals("x/", BatchSummary.link(new ArticleSummary("x", ArticleSummary.Status.OK, null, 0, 0, null, null,
                null)));
        assertEquals(Path.of("x"), Path.of("x"));
    }
}
