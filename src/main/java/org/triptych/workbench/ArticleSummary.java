package org.triptych.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One article's row of a batch summary: how it went, paragraphs per version, passages omitted and added (paragraph
 * links with one side empty), and when it was checked its findings by kind; the error that stopped it, and notes
 * (a version it lacks, an import warning).
 *
 * @param paragraphs per version it has (language code → paragraphs), English first
 * @param findings   finding kind → how many, in kind order; null when the batch did not check
 * @param error      why it failed, one sentence for a person; null unless {@link Status#FAILED}
 */
public record ArticleSummary(String id, Status status, Map<String, Integer> paragraphs, int omitted, int added,
                             Map<String, Integer> findings, String error, List<String> notes) {

    /** How an article of a batch went. */
    public enum Status {
        /** Every version there and processed. */
        OK("ok"),
        /** Processed with the versions it has; a version is missing. */
        PARTIAL("partial"),
        /** Nothing written: the error says why. */
        FAILED("failed"),
        /** The batch stopped before reaching it. */
        NOT_RUN("not run");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean succeeded() {
            return this == OK || this == PARTIAL;
        }
    }

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        paragraphs = paragraphs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paragraphs));
        findings = findings == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(findings));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static ArticleSummary failed(String id, String error, List<String> notes) {
        return new ArticleSummary(id, Status.FAILED, null, 0, 0, null, error, notes);
    }

    static ArticleSummary notRun(String id) {
        return new ArticleSummary(id, Status.NOT_RUN, null, 0, 0, null, null, null);
    }

    /** How many findings of these kinds; 0 when not checked. */
    public int count(java.util.Collection<String> kinds) {
        if (findings == null) {
            return 0;
        }
        int n = 0;
        for (String k : kinds) {
            n += findings.getOrDefault(k, 0);
        }
        return n;
    }

    public boolean checked() {
        return findings != null;
    }
}
