package org.triptych.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;

/**
 * Writes a name as a coarse Latin consonant skeleton so that "Macedonia", "Македонии" and "مقدونيا" meet.
 *
 * <p>Vowels and the letters whose rendering varies most between the three scripts (h, w, y; х, й; ا و ي ه ح خ ع)
 * are dropped, and the remaining consonants fall into nine classes: P (b p), F (f v), T (t d th), K (k g q hard c),
 * S (s z j soft c ch sh ts), M, N, L, R. Arabic writes no p, v or hard g, and Russian renders English c and g either
 * way, so finer classes would separate real matches. Repeated classes collapse ("Molinari", "Ferrari").
 * Only the first {@value #KEEP} classes are kept: case endings (Македонии), Arabic clitics and English possessives
 * change the end of a word, not its start.
 */
public final class NameSkeleton {

    /** English words often capitalised that are not names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "the", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "you", "this", "that",
            "these", "those", "his", "her", "their", "its", "our", "my", "your", "after", "before", "when", "while",
            "however", "also", "as", "if", "for", "from", "with", "by", "to", "of", "there", "what", "why", "how",
            "who", "which", "where", "so", "yet", "not", "no", "yes", "all", "some", "many", "more", "most", "one",
            "two", "three", "now", "then", "than", "since", "until", "during", "about", "over", "under", "into",
            "despite", "although", "though", "because", "meanwhile", "still", "even", "just", "only", "other",
            "such", "both", "each", "every", "any", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "let", "here",
            "mr", "mrs", "ms", "dr", "sir", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "president", "minister", "prime", "secretary", "police", "government");

    /**
     * Whether {@code word}, a word of a {@code language} text that may be a name (capitalised in a cased script, any
     * Arabic word), is written in {@code text} of another version, transliterated: their skeletons meet. Used to
     * confirm a word a speller does not know (Хэммел beside Hammel and هاميل) as a name.
     */
    public static boolean writtenIn(String word, Language language, String text, Language textLanguage) {
        List<List<String>> mine = shortNameVariants(word, language);
        if (mine.size() != 1) {
            return false; // not a name-shaped single word
        }
        return writtenIn(mine.get(0), shortNameVariants(text, textLanguage));
    }

    /**
     * As {@link #writtenIn(String, Language, String, Language)}, against skeletons already worked out (see
     * {@link #shortNameVariants}): skeletons of two classes or more meet as {@link #match} says, a single class only
     * the same single class (Wayde and Уэйд, T).
     */
    public static boolean writtenIn(List<String> wordVariants, List<List<String>> textNames) {
        for (List<String> other : textNames) {
            for (String a : wordVariants) {
                for (String b : other) {
                    boolean single = a.length() == 1 || b.length() == 1;
                    if (single ? a.equals(b) : match(a, b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * How many consonant classes an English word and a word of another version share when the second writes the
     * first in its script (Trump, Трампа, ترامب), 0 when it does not: their skeletons are equal, or of {@value #KEEP}
     * classes differing in one, or the Russian word's is the English one with one class more at its end (a case
     * ending: Джонсом). Stricter than {@link #match}, which also lets the English have the extra class: pairing a
     * name with a word of a whole unit must not take a shorter word that only begins like it (Singapore, جونغ).
     */
    public static int matchStrength(String english, String other) {
        if (other.isEmpty() || english.isEmpty() || !isLatin(english.charAt(0))) {
            return 0;
        }
        char c = other.charAt(0);
        boolean cyrillic = isCyrillic(c);
        List<String> exact = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        if (isLatin(c)) {
            loose.addAll(latinVariants(other));
        } else if (cyrillic) {
            loose.add(cyrillic(other));
        } else if (isArabic(c)) {
            for (String reading : arabicReadings(other)) {
                // the article's L meets a name's L only exactly (الجزائر, Algeria): with one class of leeway
                // it would make London of الناطقة
                (reading.startsWith("ال") ? exact : loose).add(arabicSkeleton(reading));
            }
        }
        int best = 0;
        for (String a : latinVariants(english)) {
            if (a.length() < 2) {
                // a name of one class (Rory, Joe, Ian) meets only the same single class, and says little
                for (String b : loose) {
                    if (a.length() == 1 && a.equals(b)) {
                        best = Math.max(best, 1);
                    }
                }
                continue;
            }
            for (String b : exact) {
                if (a.equals(b)) {
                    best = Math.max(best, a.length());
                }
            }
            for (String b : loose) {
                boolean same = a.equals(b)
                        || (a.length() == b.length() && a.length() >= KEEP && differences(a, b) <= 1)
                        // a Russian case ending (Джонсом)
                        || (cyrillic && b.length() == a.length() + 1 && a.length() >= 3 && b.startsWith(a))
                        // a final gh not sounded (Kavanaugh, Кавано, كافانو)
                        || (a.length() == b.length() + 1 && b.length() >= 3 && a.startsWith(b)
                        && english.toLowerCase(Locale.ROOT).endsWith("gh"));
                if (same) {
                    best = Math.max(best, a.length());
                }
            }
        }
        return best;
    }

    private static int differences(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return diff;
    }

    /** How many consonant classes of a word are compared. */
    static final int KEEP = 4;

    private NameSkeleton() {
    }

    /** Skeletons of the words of {@code text} that may be names (the first reading of each word). */
    public static List<String> namesIn(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (List<String> v : nameVariants(text, language)) {
            out.add(v.get(0));
        }
        return out;
    }

    /**
     * For each word of {@code text} that may be a name, its possible skeletons: one for Latin and Cyrillic words;
     * for Arabic words with and without what may be a clitic (و ف ب ل ك, the article ال), because a name can begin
     * with the same letter (ليفربول is Liverpool, not ل + يفربول).
     */
    public static List<List<String>> nameVariants(String text, Language language) {
        return nameVariants(text, language, new java.util.HashMap<>());
    }

    /** As {@link #nameVariants(String, Language)}, remembering Arabic words' readings in {@code memo} across calls. */
    static List<List<String>> nameVariants(String text, Language language, java.util.Map<String, List<String>> memo) {
        return nameVariants(text, language, memo, 2);
    }

    /**
     * As {@link #nameVariants(String, Language)}, keeping skeletons of a single class too (Wayde → T, Хамо → M): too
     * weak to link paragraphs, enough to confirm a short name a speller flags when another version writes the same.
     */
    public static List<List<String>> shortNameVariants(String text, Language language) {
        return nameVariants(text, language, new java.util.HashMap<>(), 1);
    }

    private static List<List<String>> nameVariants(String text, Language language,
                                                   java.util.Map<String, List<String>> memo, int minClasses) {
        List<List<String>> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean arabic = writtenInArabicScript(language);
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || isJoiner(text, j))) {
                j++;
            }
            boolean candidate = Character.isUpperCase(c) ? j - i >= 2 : arabic && isArabic(c);
            if (!candidate) {
                i = j; // most words: no copy made
                continue;
            }
            String word = text.substring(i, j);
            i = j;
            String sk = null;
            List<String> variants = null;
            if (isLatin(word.charAt(0))) {
                // A capitalised Latin word is a name candidate in any version (Latin names also appear in Russian
                // and Arabic text as written), unless it is a common word capitalised at the start of a sentence or
                // a day or month (translated, not transliterated).
                if (Character.isUpperCase(word.charAt(0)) && word.length() >= 2
                        && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                    variants = new ArrayList<>(2);
                    for (String x : latinVariants(word)) {
                        if (x.length() >= minClasses) {
                            variants.add(x);
                        }
                    }
                }
            } else if (isCyrillic(word.charAt(0))) {
                if (Character.isUpperCase(word.charAt(0)) && word.length() >= 2) {
                    sk = cyrillic(word);
                }
            } else if (arabic && isArabic(word.charAt(0))) {
                // Arabic has no capitals: every word is a candidate, read with and without its possible clitics.
                variants = memo.computeIfAbsent(word, w -> arabicVariants(w, minClasses));
            }
            if (variants != null) {
                if (!variants.isEmpty()) {
                    out.add(variants);
                }
            } else if (sk != null && sk.length() >= minClasses) {
                out.add(List.of(sk));
            }
        }
        return out;
    }

    /**
     * Skeletons of the words of {@code text} that may be international words shared by the languages ("referendum",
     * "референдум", "ريفرندوم"; "television", "телевизор"): long lower-case Latin or Cyrillic words, and every Arabic
     * word (Arabic has no case). Compared like names, but weaker evidence, as they are far more often chance matches.
     */
    static List<List<String>> cognateVariants(String text, Language language, java.util.Map<String, List<String>> memo) {
        List<List<String>> out = new ArrayList<>();
        boolean arabic = writtenInArabicScript(language);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || isJoiner(text, j))) {
                j++;
            }
            int len = j - i;
            if (Character.isLowerCase(c) && isLatin(c) && len >= 6) {
                String word = text.substring(i, j);
                if (!NOT_NAMES.contains(word)) {
                    List<String> v = new ArrayList<>(2);
                    for (String x : latinVariants(word)) {
                        if (x.length() >= 3) {
                            v.add(x);
                        }
                    }
                    if (!v.isEmpty()) {
                        out.add(v);
                    }
                }
            } else if (Character.isLowerCase(c) && isCyrillic(c) && len >= 5) {
                String x = cyrillic(text.substring(i, j));
                if (x.length() >= 3) {
                    out.add(List.of(x));
                }
            } else if (arabic && isArabic(c) && len >= 4) {
                List<String> v = memo.computeIfAbsent(text.substring(i, j), NameSkeleton::arabicVariants);
                List<String> longer = new ArrayList<>(v.size());
                for (String x : v) {
                    if (x.length() >= 3) {
                        longer.add(x);
                    }
                }
                if (!longer.isEmpty()) {
                    out.add(longer);
                }
            }
            i = j;
        }
        return out;
    }

    /** Arabic script has no capitals, so every word of it is a name candidate, read with and without clitics. */
    private static boolean writtenInArabicScript(Language language) {
        return LanguageProfile.of(language).writtenIn(Character.UnicodeScript.ARABIC);
    }

    private static boolean isJoiner(String text, int j) {
        char c = text.charAt(j);
        // Keep "O'Neill" and Arabic tatweel/harakat inside one word.
        return (c == '\'' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1)))
                || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }

    static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    static boolean isCyrillic(char c) {
        return c >= 0x400 && c <= 0x4FF;
    }

    static boolean isArabic(char c) {
        return c >= 0x600 && c <= 0x6FF;
    }

    /** Skeleton of a Latin-script word, in its most common reading. */
    public static String latin(String word) {
        return latin(word, false);
    }

    /**
     * The skeletons of a Latin-script word: the common reading, and the other reading of the letters that Russian
     * and Arabic render two ways (soft g and c as K: Geiger, Гайгер; ch as K: Michael, Майкл; an initial h as K:
     * Harvard, Гарвард; an initial w as F: Washington, Вашингтон).
     */
    public static List<String> latinVariants(String word) {
        String a = latin(word, false);
        String b = latin(word, true);
        return a.equals(b) ? List.of(a) : List.of(a, b);
    }

    private static String latin(String word, boolean other) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            char cls;
            switch (c) {
                case 'b', 'p' -> {
                    if (c == 'p' && next == 'h') {
                        cls = 'F';
                        i++;
                    } else {
                        cls = 'P';
                    }
                }
                case 'f', 'v' -> cls = 'F';
                case 't', 'd' -> {
                    if (c == 't' && next == 'h') {
                        i++;
                    }
                    cls = 'T';
                }
                case 'k', 'q' -> cls = 'K';
                // George, Gerald: Джордж, جورج; -dge/-ge at the end: Sturridge. Otherwise a hard g (Г, غ).
                case 'g' -> cls = !other && (((next == 'e' || next == 'i') && i == 0) || (next == 'e' && i + 2 == n))
                        ? 'S' : 'K';
                case 'c' -> {
                    if (next == 'h' || next == 'z') {
                        cls = other && next == 'h' ? 'K' : 'S';
                        i++;
                    } else if (next == 'k') {
                        cls = 'K';
                        i++;
                    } else {
                        cls = !other && (next == 'e' || next == 'i' || next == 'y') ? 'S' : 'K';
                    }
                }
                case 's', 'z', 'j' -> {
                    if (c == 's' && next == 'h') {
                        i++;
                    }
                    cls = 'S';
                }
                case 'x' -> {
                    // Xining, Xi Jinping: a Chinese x is read S (Синин, شينينغ); otherwise KS (Alexander)
                    if (!(other && i == 0)) {
                        append(out, 'K');
                    }
                    cls = 'S';
                }
                case 'm' -> cls = 'M';
                case 'n' -> cls = 'N';
                case 'l' -> cls = 'L';
                case 'r' -> cls = 'R';
                case 'h' -> cls = other && i == 0 ? 'K' : 0;
                case 'w' -> cls = other && i == 0 ? 'F' : 0;
                default -> cls = 0; // vowels, y, accented letters
            }
            if (cls != 0) {
                append(out, cls);
            }
            if (out.length() >= KEEP) {
                break;
            }
        }
        return out.toString();
    }

    /** Skeleton of a Cyrillic word. */
    public static String cyrillic(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            char cls = switch (c) {
                case 'б', 'п' -> 'P';
                case 'в', 'ф' -> 'F';
                case 'т' -> 'T';
                case 'д' -> {
                    if (next == 'ж') {
                        i++;
                        yield 'S';
                    }
                    yield 'T';
                }
                case 'к', 'г' -> 'K';
                case 'с', 'з', 'ц', 'ч', 'ш', 'щ', 'ж' -> 'S';
                case 'м' -> 'M';
                case 'н' -> 'N';
                case 'л' -> 'L';
                case 'р' -> 'R';
                default -> 0;
            };
            if (cls != 0) {
                append(out, cls);
            }
            if (out.length() >= KEEP) {
                break;
            }
        }
        return out.toString();
    }

    /** Distinct skeletons (of two classes or more) of the readings of an Arabic word. */
    static List<String> arabicVariants(String word) {
        return arabicVariants(word, 2);
    }

    private static List<String> arabicVariants(String word, int minClasses) {
        List<String> variants = new ArrayList<>(3);
        for (String stem : arabicReadings(word)) {
            String x = arabicSkeleton(stem);
            if (x.length() >= minClasses && !variants.contains(x)) {
                variants.add(x);
            }
        }
        return variants;
    }

    /**
     * Readings of an Arabic word with the letters that may be clitics removed or kept: a conjunction (و ف), then a
     * preposition (ب ل ك), then the article (ال, or لل after ل); at least three letters stay. Harakat and tatweel go.
     */
    public static List<String> arabicReadings(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
                b.append(c);
            }
        }
        String w = b.toString();
        List<String> out = new ArrayList<>();
        if (w.length() < 3) {
            return out;
        }
        out.add(w);
        String x = w;
        if (x.length() > 3 && (x.charAt(0) == 'و' || x.charAt(0) == 'ف')) {
            x = x.substring(1);
            out.add(x);
        }
        if (x.startsWith("لل") && x.length() > 4) {
            out.add(x.substring(2));
            return out;
        }
        if (x.length() > 3 && (x.charAt(0) == 'ب' || x.charAt(0) == 'ل' || x.charAt(0) == 'ك')) {
            String y = x.substring(1);
            if (y.startsWith("ال") && y.length() > 4) {
                out.add(y.substring(2));
                return out;
            }
            out.add(y);
        }
        if (x.startsWith("ال") && x.length() > 4) {
            out.add(x.substring(2));
        }
        return out;
    }

    /** Skeleton of an Arabic word whose clitics are already removed. */
    public static String arabicSkeleton(String word) {
        StringBuilder out = new StringBuilder();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : ' ';
            char cls = switch (c) {
                case 'ب', 'پ' -> 'P';
                case 'ف', 'ڤ' -> 'F';
                case 'ت' -> {
                    if (next == 'ش') {
                        i++;
                        yield 'S';
                    }
                    yield 'T';
                }
                case 'ط', 'د', 'ض', 'ث', 'ذ' -> 'T';
                case 'ك', 'ق', 'غ', 'گ' -> 'K';
                case 'س', 'ص', 'ز', 'ش', 'ج', 'ژ', 'ظ', 'چ' -> 'S';
                case 'م' -> 'M';
                case 'ن' -> 'N';
                case 'ل' -> 'L';
                case 'ر' -> 'R';
                default -> 0;
            };
            if (cls != 0) {
                append(out, cls);
            }
            if (out.length() >= KEEP) {
                break;
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char cls) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }

    /**
     * Whether two skeletons name the same thing: equal, or, when both are long enough to be distinctive, equal up to
     * one class (Russian and Arabic disagree with English spelling about one letter in many names).
     */
    public static boolean match(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 3 || b.length() < 3) {
            return false;
        }
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    diff++;
                }
            }
            return diff <= 1 && a.length() >= KEEP;
        }
        // One skeleton is the other one class longer at its end (a dropped final consonant).
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter) && shorter.length() >= 3;
    }
}
