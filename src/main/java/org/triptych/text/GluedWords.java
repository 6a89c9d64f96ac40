package org.triptych.text;

import java.util.Set;

/**
 * What tells where words meet when a text lost the spaces between them, as Arabic taken from PDFs and some web pages
 * does (طلابجامعةهارفارديتلقون): the letters that only end a word (ة, ى), and the short function words that are
 * glued to their neighbour most often (في، من، على). A term is taken from inside a longer token only with such
 * evidence, or as a name of several words, or where the whole text runs together, so that the letters of a name
 * inside a real word (مصر in مصرف, الهند in الهندسة) are not taken for the name.
 *
 * @param wordFinalLetters letters written only at the end of a word
 * @param proclitics       one-letter words written on the next word (و ف ب ل ك): a word-final letter may stand before
 *                         one of them (المساهمةبلبنان)
 * @param functionWords    short words often glued to their neighbour, as written (normalised before comparing)
 */
public record GluedWords(String wordFinalLetters, String proclitics, Set<String> functionWords) {

    /** A token this long (in letters) is most likely several words run together. */
    public static final int RUN_TOGETHER_LETTERS = 13;
    /** A text is run together when this share of its letters is in such tokens. */
    public static final double RUN_TOGETHER_SHARE = 0.25;

    public GluedWords {
        functionWords = Set.copyOf(functionWords);
    }

    /** Whether {@code c} is written only at the end of a word, so a letter after it starts another word. */
    public boolean endsWord(char c) {
        return wordFinalLetters.indexOf(c) >= 0;
    }

    /** Whether a piece of text ends a word: its last letter ends words, or the one before a trailing proclitic does. */
    public boolean endsWord(String piece) {
        int n = piece.length();
        return n > 0 && (endsWord(piece.charAt(n - 1))
                || (n > 1 && proclitics.indexOf(piece.charAt(n - 1)) >= 0 && endsWord(piece.charAt(n - 2))));
    }
}
