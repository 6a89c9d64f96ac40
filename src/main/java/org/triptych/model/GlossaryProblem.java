package org.triptych.model;

import java.util.Objects;

/**
 * Something wrong in a glossary file, or between glossaries being merged: where (file, 1-based line, 0 if unknown)
 * and what.
 */
public record GlossaryProblem(String source, int line, Severity severity, String message) {

    public GlossaryProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + severity.code() + ": " + message;
    }
}
