package org.triptych.text;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that, in news text, are followed by a name or a number and so never end a sentence.
 * Only titles and tokens that SRX rules are known to split after belong here: an entry that can end a sentence
 * ("etc.", "г." at the end of a date) must not be listed, or real breaks are lost.
 */
final class Abbreviations {

    private static final Set<String> EN = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "sgt.",
            "capt.", "maj.", "gov.", "sen.", "rep.", "rev.", "st.", "no.", "vs.", "jan.", "feb.", "aug.", "sept.",
            "oct.", "nov.", "dec.");
    private static final Set<String> RU = Set.of("т.е.", "т.к.", "т.н.", "им.", "ул.", "д.", "см.", "г-н.", "проф.",
            "ген.", "св.", "тыс.", "млн.", "млрд.", "руб.", "долл.");

    private Abbreviations() {
    }

    static boolean neverEndsSentence(String languageCode, String sentence) {
        int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('\u00a0'));
        String last = sentence.substring(space + 1).toLowerCase(Locale.ROOT);
        if (last.startsWith("(") || last.startsWith("«") || last.startsWith("\"")) {
            last = last.substring(1);
        }
        return switch (languageCode) {
            case "en" -> EN.contains(last);
            case "ru" -> RU.contains(last);
            default -> false;
        };
    }
}
