package org.triptych.workbench;

import java.util.Objects;

/**
 * What the per-article work of a batch gives back, before anything is written: the summary row, and unless the
 * article failed the links as {@code align} prints them and its TMX, and when checked the findings as
 * {@code check} prints them and the QA report.
 *
 * @param alignmentJson null when the article failed
 * @param tmx           the TMX of its links at the batch's level; null when the article failed
 * @param findingsJson  null unless checked
 * @param reportHtml    null unless checked
 */
public record ArticleOutputs(ArticleSummary summary, String alignmentJson, String tmx, String findingsJson,
                             String reportHtml) {

    public ArticleOutputs {
        Objects.requireNonNull(summary, "summary");
        if (summary.status().succeeded() != (alignmentJson != null && tmx != null)) {
            throw new IllegalArgumentException("an article that succeeded has links and a TMX, one that failed neither");
        }
    }

    static ArticleOutputs failed(ArticleSummary summary) {
        return new ArticleOutputs(summary, null, null, null, null);
    }

    public boolean succeeded() {
        return summary.status().succeeded();
    }
}
