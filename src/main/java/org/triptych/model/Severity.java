package org.triptych.model;

/** How much a finding matters, from a note to an error that must be fixed. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
