package org.triptych.io.xliff;

import java.util.Locale;

/** A unit's state, in XLIFF 2 terms; how each is written in 1.2 is noted. */
public enum XliffState {
    /** No target yet (1.2: no target element). */
    INITIAL,
    /** A target to be checked: a person's text on an unconfirmed link, or a machine draft (1.2: "translated"). */
    TRANSLATED,
    /** Checked by a reviewer in a CAT tool; never written by us, read back from translated files (1.2: "signed-off"). */
    REVIEWED,
    /** Done: a person's text on a confirmed link (1.2: "final" and approved="yes"). */
    FINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A state as written in XLIFF 2 or 1.2; 1.2's finer states fold into the four of 2.x. */
    static XliffState parse(String value, boolean approved) {
        if (approved) {
            return FINAL;
        }
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "final" -> FINAL;
            case "reviewed", "signed-off" -> REVIEWED;
            case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation",
                 "needs-l10n", "needs-adaptation" -> TRANSLATED;
            default -> INITIAL; // "initial", "new", "needs-translation", absent
        };
    }
}
