package org.triptych.io.xliff;

import java.util.Objects;

/**
 * A note on a unit: a glossary term the translator should use, a finding of the checks, or a comment. In XLIFF 2 it
 * becomes {@code <note category="...">} (findings that are errors get priority 1, the highest); in XLIFF 1.2,
 * {@code <note from="...">}.
 */
public record XliffNote(Category category, String text, boolean important) {

    public enum Category {
        GLOSSARY("glossary"), FINDING("finding"), ORIGIN("origin"), COMMENT("comment");

        private final String code;

        Category(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public XliffNote {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }

    /** "United Nations → الأمم المتحدة": a term of the glossary that occurs in the unit's English. */
    public static XliffNote glossary(String english, String target) {
        return new XliffNote(Category.GLOSSARY, english + " \u2192 " + target, false);
    }

    /** A finding's message; {@code error} marks it as one to fix before the text is final. */
    public static XliffNote finding(String message, boolean error) {
        return new XliffNote(Category.FINDING, message, error);
    }

    public static XliffNote comment(String text) {
        return new XliffNote(Category.COMMENT, text, false);
    }
}
