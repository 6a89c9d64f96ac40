package org.triptych.langcheck;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the Latin letters as Arabic writes them, for acronyms spelled out letter by letter (إف بي آي for FBI,
 * إس يو في for SUV, دبليو for W). Hunspell's Arabic dictionary lacks several; each is a word of its own in the text,
 * so the speller flags it. A standard fact of Arabic writing, not taken from any text we measure on; compared after
 * {@link AcceptedTerms#normalise} (hamza seats folded, so اتش is إتش).
 */
final class ArabicLetterNames {

    private static final Set<String> NAMES = Set.of(
            "إيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "جاي", "كيه", "كاي", "إل", "إم", "إن",
            "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "دابليو", "إكس", "واي", "زد", "زي", "بى")
            .stream().map(AcceptedTerms::normalise).collect(Collectors.toUnmodifiableSet());

    private ArabicLetterNames() {
    }

    /** Whether {@code word} (one word, as written) is the Arabic name of a Latin letter. */
    static boolean isLetterName(String word) {
        return NAMES.contains(AcceptedTerms.normalise(word.strip()));
    }
}
