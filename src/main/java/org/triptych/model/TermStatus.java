package org.triptych.model;

import java.util.Locale;
import java.util.Optional;

/** How a glossary wants a term used (TBX administrativeStatus). */
public enum TermStatus {
    PREFERRED,
    ADMITTED,
    DEPRECATED,
    FORBIDDEN;

    /** Preferred and admitted terms are correct renderings; the others must be replaced. */
    public boolean isAcceptable() {
        return this == PREFERRED || this == ADMITTED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a status as written in TBX ({@code preferredTerm-admn-sts}, {@code supersededTerm-admn-sts}) or in a CSV
     * cell ({@code preferred}, {@code deprecated}, {@code superseded}, {@code forbidden}); empty if not recognised.
     */
    public static Optional<TermStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("-admn-sts")) {
            v = v.substring(0, v.length() - "-admn-sts".length());
        }
        if (v.endsWith("term")) {
            v = v.substring(0, v.length() - "term".length());
        }
        return switch (v) {
            case "preferred", "pref", "p" -> Optional.of(PREFERRED);
            case "admitted", "admit", "a", "allowed" -> Optional.of(ADMITTED);
            case "deprecated", "superseded", "obsolete", "d" -> Optional.of(DEPRECATED);
            case "forbidden", "banned", "notrecommended", "not-recommended", "f" -> Optional.of(FORBIDDEN);
            default -> Optional.empty();
        };
    }
}
