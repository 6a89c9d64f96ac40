package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.triptych.model.Language;

/**
 * Tells which of the known languages a text is written in, so a Russian file opened into the Arabic column is caught
 * before it is aligned. The script decides first (letters counted as {@link ScriptCheck} counts them, over the
 * scripts of the language profiles); among the languages of that script, the one whose common words make up enough
 * of the text, or else the first one that has no common words to tell it by (Arabic among Arabic-script languages).
 * That is all a news article needs: a statistical model would cost seconds to load for no gain on these languages.
 */
public final class LanguageGuesser {

    /** Letters in the profiles' scripts needed before anything is said. */
    private static final int MIN_LETTERS = 20;
    /** Characters looked at: the start of a long file tells its language. */
    private static final int LIMIT = 200_000;
    /** Prose runs at 30-45% function words; a text with under 12% of a language's is not in it. */
    private static final int COMMON_WORD_PERCENT = 12;
    private static final String UNDETERMINED = "und-";
    /** Ukrainian has no profile, but is the likeliest Cyrillic file to land in the Russian column: its own letters. */
    private static final Set<Character> UKRAINIAN_ONLY = Set.of('і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ');
    private static final String UKRAINIAN = "uk";

    private LanguageGuesser() {
    }

    /**
     * The language code the text is most likely in; {@code und-<script>} for a script whose known languages all have
     * common words and none fits; empty when there are too few letters, or no script has a majority.
     */
    public static Optional<String> guess(String text) {
        List<Character.UnicodeScript> scripts = profileScripts();
        int limit = Math.min(text.length(), LIMIT);
        int[] counts = ScriptCheck.letterCounts(text, limit, scripts);
        int letters = 0;
        for (int k = 0; k < scripts.size(); k++) {
            letters += counts[k];
        }
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        for (int k = 0; k < scripts.size(); k++) {
            if (counts[k] * 2 > letters) {
                return Optional.of(languageWritten(scripts.get(k), counts[k], text, limit));
            }
        }
        return Optional.empty();
    }

    private static String languageWritten(Character.UnicodeScript script, int scriptLetters, String text, int limit) {
        if (script == Character.UnicodeScript.CYRILLIC && ukrainianLetters(text, limit) * 200 > scriptLetters) {
            return UKRAINIAN;
        }
        List<LanguageProfile> candidates = profilesWritten(script);
        String[] words = null;
        LanguageProfile best = null;
        long bestShare = -1;
        for (LanguageProfile p : candidates) {
            if (p.commonWords().isEmpty()) {
                continue;
            }
            if (words == null) {
                words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
            }
            long[] share = commonWordShare(words, p.commonWords());
            if (share[1] == 0 || share[0] * 100 < share[1] * COMMON_WORD_PERCENT) {
                continue;
            }
            long perMillion = share[0] * 1_000_000 / share[1];
            if (perMillion > bestShare) { // a tie keeps the language registered first
                best = p;
                bestShare = perMillion;
            }
        }
        if (best != null) {
            return best.language().code();
        }
        for (LanguageProfile p : candidates) {
            if (p.commonWords().isEmpty()) {
                return p.language().code();
            }
        }
        return UNDETERMINED + script.name().toLowerCase(Locale.ROOT);
    }

    /** Common words of the list, and words in all. */
    private static long[] commonWordShare(String[] words, Set<String> common) {
        long total = 0;
        long found = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (common.contains(w)) {
                found++;
            }
        }
        return new long[] {found, total};
    }

    private static int ukrainianLetters(String text, int limit) {
        int n = 0;
        for (int i = 0; i < limit; i++) {
            if (UKRAINIAN_ONLY.contains(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The scripts of the known languages, each once, in the profiles' order. */
    private static List<Character.UnicodeScript> profileScripts() {
        List<Character.UnicodeScript> out = new ArrayList<>();
        for (LanguageProfile p : LanguageProfile.all()) {
            p.script().filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }

    private static List<LanguageProfile> profilesWritten(Character.UnicodeScript script) {
        return LanguageProfile.all().stream().filter(p -> p.writtenIn(script)).toList();
    }

    /** A person-readable name for a guessed code ("Russian", "a Latin-script language other than English or French"). */
    public static String describe(String code) {
        if (code.startsWith(UNDETERMINED)) {
            String script = code.substring(UNDETERMINED.length());
            Character.UnicodeScript s;
            try {
                s = Character.UnicodeScript.valueOf(script.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return "a language Triptych does not know";
            }
            List<String> known = profilesWritten(s).stream().map(LanguageProfile::englishName).toList();
            return "a " + script.substring(0, 1).toUpperCase(Locale.ROOT) + script.substring(1)
                    + "-script language other than " + String.join(" or ", known);
        }
        if (code.equals(UKRAINIAN)) {
            return "Ukrainian";
        }
        Language language;
        try {
            language = Language.of(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
        return LanguageProfile.isKnown(language) ? LanguageProfile.of(language).englishName() : code;
    }
}
