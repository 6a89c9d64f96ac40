package org.triptych.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suffix stripper for Russian words the dictionary does not know (mostly foreign names: Байден, Эрдоган, Хезболла).
 * It must cut a base form and its inflected forms to the same stem; Snowball does not on names: it measured
 * байден → байд but байдену → байден, эрдоган → эрдога but эрдоганом → эрдоган, and Богданов → богдан but
 * Богданова → богданов. Surnames in -ов/-ев/-ин/-ын keep that suffix and tell their gender by the ending.
 */
public final class RussianLightStemmer {

    /** A stem and the gender/number flags its ending implies (0 for words that are not surname-shaped). */
    public record Stem(String stem, int flags) {
    }

    private static final Pattern SURNAME = Pattern.compile("(.{2,}(?:ов|ев|ин|ын))(ыми|ым|ых|ой|ою|ом|а|у|е|ы)?");
    private static final String[] ENDINGS = {
        "иями", "ями", "ами", "иях", "ией", "ому", "ему", "ого", "его", "ыми", "ими",
        "ях", "ах", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ам", "ям", "ью",
        "ия", "ию", "ие", "ии", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й"
    };
    private static final int MIN_STEM = 3;

    private RussianLightStemmer() {
    }

    /** {@code word} must already be lower case with ё folded to е. */
    public static Stem stem(String word) {
        if (word.length() <= MIN_STEM || !Character.isLetter(word.charAt(word.length() - 1))) {
            return new Stem(word, 0);
        }
        Matcher m = SURNAME.matcher(word);
        if (m.matches()) {
            String ending = m.group(2) == null ? "" : m.group(2);
            int flags = TokenReading.NAME | switch (ending) {
                case "" -> TokenReading.MASCULINE;
                case "а", "у" -> TokenReading.MASCULINE | TokenReading.FEMININE;
                case "ым" -> TokenReading.MASCULINE | TokenReading.PLURAL;
                case "ой", "ою" -> TokenReading.FEMININE;
                case "е", "ом" -> TokenReading.MASCULINE;
                default -> TokenReading.PLURAL;
            };
            return new Stem(m.group(1), flags);
        }
        for (String e : ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= MIN_STEM) {
                return new Stem(word.substring(0, word.length() - e.length()), 0);
            }
        }
        return new Stem(word, 0);
    }
}
