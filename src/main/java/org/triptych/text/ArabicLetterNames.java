package org.triptych.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of the Latin letters as Arabic writes them, for acronyms spelled out letter by letter (سي إن إن for
 * CNN, إف بي آي for FBI, دبليو for W). A standard fact of Arabic writing, not taken from any text we measure on.
 * Compared as {@link ArabicNormalizer} folds them (اتش is إتش, بى is بي).
 */
public final class ArabicLetterNames {

    private static final Map<Character, List<String>> BY_LETTER = Map.ofEntries(
            Map.entry('a', List.of("إيه", "اي")), Map.entry('b', List.of("بي")), Map.entry('c', List.of("سي")),
            Map.entry('d', List.of("دي")), Map.entry('e', List.of("إي")), Map.entry('f', List.of("إف", "أف")),
            Map.entry('g', List.of("جي")), Map.entry('h', List.of("إتش", "اتش")), Map.entry('i', List.of("آي")),
            Map.entry('j', List.of("جيه", "جاي")), Map.entry('k', List.of("كيه", "كاي")), Map.entry('l', List.of("إل", "ال")),
            Map.entry('m', List.of("إم")), Map.entry('n', List.of("إن")), Map.entry('o', List.of("أو")),
            Map.entry('p', List.of("بي")), Map.entry('q', List.of("كيو")), Map.entry('r', List.of("آر")),
            Map.entry('s', List.of("إس")), Map.entry('t', List.of("تي")), Map.entry('u', List.of("يو")),
            Map.entry('v', List.of("في")), Map.entry('w', List.of("دبليو", "دابليو")), Map.entry('x', List.of("إكس")),
            Map.entry('y', List.of("واي")), Map.entry('z', List.of("زد", "زي")));

    private static final Set<String> ALL = all();

    private ArabicLetterNames() {
    }

    private static Set<String> all() {
        Set<String> out = new HashSet<>();
        BY_LETTER.values().forEach(names -> names.forEach(n -> out.add(fold(n))));
        return Set.copyOf(out);
    }

    /** Whether {@code word} (one word, as written) is the Arabic name of a Latin letter. */
    public static boolean isLetterName(String word) {
        return ALL.contains(fold(word.strip()));
    }

    /** Whether {@code word} is the Arabic name of the Latin {@code letter}. */
    public static boolean names(char letter, String word) {
        List<String> names = BY_LETTER.get(Character.toLowerCase(letter));
        if (names == null) {
            return false;
        }
        String w = fold(word);
        return names.stream().anyMatch(n -> fold(n).equals(w));
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    }
}
