package org.triptych.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A language a version is written in, identified by its ISO 639-1 code.
 * Any code is allowed so that projects can hold more than the three default versions.
 */
public record Language(String code, String displayName, WritingDirection direction) {

    public static final Language ENGLISH = new Language("en", "English", WritingDirection.LEFT_TO_RIGHT);
    public static final Language ARABIC = new Language("ar", "العربية", WritingDirection.RIGHT_TO_LEFT);
    public static final Language RUSSIAN = new Language("ru", "Русский", WritingDirection.LEFT_TO_RIGHT);

    /** Languages written right to left by default (Arabic script and Hebrew). */
    private static final Set<String> RTL_CODES = Set.of("ar", "fa", "ur", "he", "ps", "ckb", "yi");

    public Language {
        Objects.requireNonNull(code, "code");
        code = code.toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("Not a language code: '" + code + "' (expected e.g. en, ar, ru)");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(direction, "direction");
    }

    /** The language for a code such as {@code "ar"} or {@code "RU"}; unknown codes get their code as display name. */
    public static Language of(String code) {
        String c = Objects.requireNonNull(code, "code").trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "en" -> ENGLISH;
            case "ar" -> ARABIC;
            case "ru" -> RUSSIAN;
            default -> {
                String base = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
                yield new Language(c, c, RTL_CODES.contains(base) ? WritingDirection.RIGHT_TO_LEFT : WritingDirection.LEFT_TO_RIGHT);
            }
        };
    }

    public boolean isRightToLeft() {
        return direction == WritingDirection.RIGHT_TO_LEFT;
    }

    @Override
    public String toString() {
        return code;
    }
}
