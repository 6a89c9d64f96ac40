package org.triptych.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.triptych.model.Sentence;

/**
 * A small sentence splitter for the command line: a sentence ends at . ! ? ؟ or … (with any closing quotes or
 * brackets after it) followed by white space and then a character that can start a sentence, unless the word before
 * the full stop is a known abbreviation or a single capital letter (an initial). Good enough for paragraph
 * alignment, where a missed or extra split inside a paragraph changes no paragraph link; the project's segmenter
 * replaces it when the commands are wired to the document importer.
 */
final class PunctuationSentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen",
            "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
            "e.g", "i.e", "т", "г", "гг", "им", "ул", "др", "пр", "см", "тыс", "млн", "млрд", "руб", "долл", "св");

    private PunctuationSentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026') {
                int end = i + 1;
                while (end < n && ".!?\u061F\u2026\"'\u201D\u2019\u00BB)]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = end;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next > end && next < n && canStart(text.charAt(next)) && !(c == '.' && abbreviationBefore(text, i))) {
                    add(text, start, end, out);
                    start = next;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean canStart(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u00AB\u201E(\u2014-".indexOf(c) >= 0
                || !Character.isLowerCase(c) && Character.isLetter(c); // scripts without case (Arabic)
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "George W. Bush"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Sentence(a, b, text.substring(a, b)));
        }
    }
}
