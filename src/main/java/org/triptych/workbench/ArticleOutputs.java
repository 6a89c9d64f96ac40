package org.triptych.workbench;

import java.util.Objects;

/**
 * What the per-article work of a batch gives back, before anything is written: the summary row, and unless the
 * article failed the links as {@code align} prints them, the rows of its TMX, and when checked the findings as
 * {@code check} prints them and the QA report.
 *
 * @param alignmentJson null when the article failed
 * @param tmxRows       the rows at the batch's level; null when the article failed
 * @param findingsJson  null unless checked
 * @param reportHtml    null unless checked
 */
public record ArticleOutputs(ArticleSummary summary, String alignmentJson, ExportRows tmxRows, String findingsJson,
                             String reportHtml) {

    public ArticleOutputs {
        Objects.requireNonNull(summary, "summary");
        if (summary.status().succeeded() != (alignmentJson != null && tmxRows != null)) {
            throw new IllegalArgumentException("an article that succeeded has links and rows, one that failed none");
        }
    }

    static ArticleOutputs failed(ArticleSummary summary) {
        return new ArticleOutputs(summary, null, null, null, null);
    }

    public boolean succeeded() {
        return summary.status().succeeded();
    }
}
