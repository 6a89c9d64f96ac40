package org.triptych.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which of a project's languages a text is written in, so a Russian file opened into the Arabic column is
 * caught before it is aligned. The script decides between Arabic, Cyrillic and Latin; inside Latin, English is
 * recognised by its function words, which is all a news article needs (a statistical model would cost seconds to
 * load for no gain on these three languages).
 */
public final class LanguageGuesser {

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "with", "was", "said", "by", "as", "at", "it", "he", "she", "his", "from", "are",
            "has", "have", "be", "were", "will", "not", "this", "an");
    private static final Set<Character> UKRAINIAN_ONLY = Set.of('і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ');

    private LanguageGuesser() {
    }

    /** The language code the text is most likely in, or empty when there are too few letters to say. */
    public static Optional<String> guess(String text) {
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case ARABIC -> arabic++;
                case CYRILLIC -> {
                    cyrillic++;
                    if (UKRAINIAN_ONLY.contains(c)) {
                        ukrainian++;
                    }
                }
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        int letters = arabic + cyrillic + latin;
        if (letters < 20) {
            return Optional.empty();
        }
        if (arabic * 2 > letters) {
            return Optional.of("ar");
        }
        if (cyrillic * 2 > letters) {
            return Optional.of(ukrainian * 200 > cyrillic ? "uk" : "ru");
        }
        if (latin * 2 > letters) {
            return looksEnglish(text, limit) ? Optional.of("en") : Optional.of("und-latn");
        }
        return Optional.empty();
    }

    private static boolean looksEnglish(String text, int limit) {
        String[] words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int function = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                function++;
            }
        }
        // English prose runs at 30-45% function words; other Latin-script languages share few of these.
        return total > 0 && function * 100 >= total * 12;
    }

    /** A person-readable name for a guessed code. */
    public static String describe(String code) {
        return switch (code) {
            case "en" -> "English";
            case "ar" -> "Arabic";
            case "ru" -> "Russian";
            case "uk" -> "Ukrainian";
            case "und-latn" -> "a Latin-script language other than English";
            default -> code;
        };
    }
}
