package org.triptych.terms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triptych.model.Language;
import org.triptych.text.ArabicNormalizer;
import org.triptych.text.LanguageProfile;

/**
 * Words that names translate rather than transliterate (League, Government, Cup: دوري, حكومة, كأس; лига,
 * правительство, кубок), read from {@code name-words.tsv} beside this class, for finding a name's rendering word by
 * word where its other words are transliterated or known (Europa League: دوري أوروبا, Лига Европы).
 */
final class NameWords {

    private static final String RESOURCE = "name-words.tsv";
    /** Letters that stand glued before an Arabic word: و ف (and), ب ل ك (prepositions). */
    private static final String PROCLITICS = "وفبلك";

    /** English word (lower case) → language → the word's forms in it (Arabic folded, Russian lower case). */
    private final Map<String, Map<Language, Set<String>>> words;

    private NameWords(Map<String, Map<Language, Set<String>>> words) {
        this.words = words;
    }

    static NameWords standard() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final NameWords TABLE = read();
    }

    private static NameWords read() {
        return parse(ShippedTables.lines(RESOURCE), RESOURCE);
    }

    /** Reads table lines: English, Arabic, Russian forms, tab-separated; a malformed line is a fault of the build. */
    static NameWords parse(List<String> lines, String source) {
        Map<String, Map<Language, Set<String>>> words = new HashMap<>();
        for (ShippedTables.Row row : ShippedTables.rows(lines, 3, source)) {
            String[] cols = row.columns();
            Set<String> arabic = new HashSet<>();
            for (String f : cols[1].split("\\|")) {
                arabic.add(foldArabic(f.strip()));
            }
            Set<String> russian = new HashSet<>();
            for (String f : cols[2].split("\\|")) {
                russian.add(f.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            }
            for (String e : cols[0].split("\\|")) {
                Map<Language, Set<String>> m = words.computeIfAbsent(e.strip().toLowerCase(Locale.ROOT), k -> new HashMap<>());
                m.computeIfAbsent(Language.ARABIC, k -> new HashSet<>()).addAll(arabic);
                m.computeIfAbsent(Language.RUSSIAN, k -> new HashSet<>()).addAll(russian);
            }
        }
        return new NameWords(words);
    }

    /**
     * The word as a name holds it when {@code token} translates the English word (الصليب for Cross, Лиги for
     * League): the Arabic without its proclitics (لدوري: دوري; للحريات: الحريات), the Russian as written (the
     * rendering's base form is made later); empty when it does not.
     */
    Optional<String> translation(String english, String token, Language language) {
        Map<Language, Set<String>> m = words.get(english.toLowerCase(Locale.ROOT));
        if (m == null || !m.containsKey(language)) {
            return Optional.empty();
        }
        Set<String> forms = m.get(language);
        if (language.equals(Language.ARABIC)) {
            for (String written : withoutProclitics(token)) {
                String bare = written.startsWith("ال") && written.length() > 3 ? written.substring(2) : written;
                if (forms.contains(foldArabic(bare))) {
                    return Optional.of(written);
                }
            }
            return Optional.empty();
        }
        for (String f : LanguageProfile.of(language).baseForms().of(token)) {
            if (forms.contains(f.toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /**
     * The dictionary form of a token that translates the English word in a language with case endings (Лиги: Лига,
     * парка beside Park: парк, not the other noun парка), cased as the token; the token where none is known.
     */
    String entryForm(String english, String token, Language language) {
        Map<Language, Set<String>> m = words.get(english.toLowerCase(Locale.ROOT));
        if (m == null || !m.containsKey(language) || !LanguageProfile.of(language).hasLetterCase()) {
            return token;
        }
        for (String f : LanguageProfile.of(language).baseForms().of(token)) {
            String lower = f.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (m.get(language).contains(lower)) {
                return Character.isUpperCase(token.charAt(0))
                        ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
            }
        }
        return token;
    }

    /** The token, then without one proclitic, then without two (وب), ل before the article written لل. */
    private static List<String> withoutProclitics(String token) {
        List<String> out = new java.util.ArrayList<>(List.of(token));
        String t = token;
        for (int i = 0; i < 2 && t.length() > 3 && PROCLITICS.indexOf(t.charAt(0)) >= 0; i++) {
            t = t.charAt(0) == 'ل' && t.startsWith("لل") ? "ا" + t.substring(1) : t.substring(1);
            out.add(t);
        }
        return out;
    }

    private static String foldArabic(String s) {
        return ArabicNormalizer.normalize(s);
    }
}
