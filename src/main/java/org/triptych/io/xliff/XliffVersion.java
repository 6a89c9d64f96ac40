package org.triptych.io.xliff;

import java.util.Locale;

/** The XLIFF generations we write: 2.1 (the default, OASIS 2018) and 1.2 (still what many CAT tools expect). */
public enum XliffVersion {
    V2_1("2.1", "urn:oasis:names:tc:xliff:document:2.0"),
    V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2");

    private final String code;
    private final String namespace;

    XliffVersion(String code, String namespace) {
        this.code = code;
        this.namespace = namespace;
    }

    /** As written in the file and on the command line: "2.1" or "1.2". */
    public String code() {
        return code;
    }

    String namespace() {
        return namespace;
    }

    /** "2.1", "2", "1.2" (what a person types after --xliff-version); anything else is refused in one sentence. */
    public static XliffVersion parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "2.1", "2", "2.0", "v2" -> V2_1;
            case "1.2", "1", "v1" -> V1_2;
            default -> throw new IllegalArgumentException("XLIFF version '" + value + "' is not one Triptych writes; "
                    + "choose 2.1 (the default) or 1.2.");
        };
    }
}
