package org.triptych.langcheck;

/**
 * Whether a paragraph has lost the spaces between its words, as text taken from some PDFs and web pages does
 * (طلابجامعةهارفارديتلقون): every run of letters is then a misspelling and every comma lacks its space, so checking it
 * word by word says the same thing dozens of times. Such a paragraph gets one note instead.
 *
 * <p>Measured on letters of the language's own script only (a Latin name in Arabic text is not glued text): the
 * paragraph holds a run of {@value #LONGEST} letters or more, and its runs average {@value #MEAN} letters or more.
 * Ordinary Arabic, English and Russian prose averages five to seven letters a word, and a real word of twenty letters
 * is rare enough that a heading of two long words (Межгосударственные переговоры) does not pass both tests.
 */
final class LostSpaces {

    static final int LONGEST = 20;
    static final int MEAN = 10;

    private LostSpaces() {
    }

    static boolean in(String paragraph, Character.UnicodeScript script) {
        int runs = 0;
        int letters = 0;
        int longest = 0;
        int run = 0;
        for (int i = 0; i <= paragraph.length(); i++) {
            boolean letter = i < paragraph.length() && isLetterOf(paragraph.charAt(i), script);
            boolean mark = i < paragraph.length() && (Character.getType(paragraph.charAt(i)) == Character.NON_SPACING_MARK
                    || VisibleText.isInvisible(paragraph.charAt(i)));
            if (letter) {
                run++;
            } else if (!mark && run > 0) {
                runs++;
                letters += run;
                longest = Math.max(longest, run);
                run = 0;
            }
        }
        return runs > 0 && longest >= LONGEST && letters >= MEAN * runs;
    }

    private static boolean isLetterOf(char c, Character.UnicodeScript script) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == script;
    }
}
