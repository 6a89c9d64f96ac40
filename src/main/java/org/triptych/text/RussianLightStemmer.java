package org.triptych.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suffix stripper for Russian words the dictionary does not know (mostly foreign names: Байден, Эрдоган, Хезболла).
 * It must cut a base form and its inflected forms to the same stem; Snowball does not on names: it measured
 * байден → байд but байдену → байден, эрдоган → эрдога but эрдоганом → эрдоган, and Богданов → богдан but
 * Богданова → богданов. Surnames in -ов/-ев/-ин/-ын keep that suffix and tell their gender by the ending.
 */
final class RussianLightStemmer {

    /** A stem and the gender/number flags its ending implies (0 for words that are not surname-shaped). */
    public record Stem(String stem, int flags, String ending) {
    }

    private static final Pattern SURNAME = Pattern.compile("(.{2,}(?:ов|ев|ин|ын))(ыми|ым|ых|ой|ою|ом|а|у|е|ы)?");
    private static final String[] ENDINGS = {
        "иями", "ями", "ами", "иях", "ией", "ому", "ему", "ого", "его", "ыми", "ими",
        "ях", "ах", "ых", "их", "ым", "им", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем",
        "ам", "ям", "ью",
        "ия", "ию", "ие", "ии", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й"
    };
    /** Short foreign names inflect too (Ын → Ыном, Ри stays): two letters of stem are enough for a guessed word. */
    private static final int MIN_STEM = 2;

    private RussianLightStemmer() {
    }

    /** {@code word} must already be lower case with ё folded to е. */
    public static Stem stem(String word) {
        if (word.length() <= MIN_STEM || !Character.isLetter(word.charAt(word.length() - 1))) {
            return new Stem(word, 0, "");
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
            return new Stem(m.group(1), flags, ending);
        }
        for (String e : ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= MIN_STEM) {
                return new Stem(word.substring(0, word.length() - e.length()), 0, e);
            }
        }
        return new Stem(word, 0, "");
    }

    /**
     * Whether a text word's ending can inflect a term word with the given base ending, both over the same stem: a
     * consonant stem (Асад, Байден) takes а у ом е ы..., not и (Асади is another name) unless after к г х ж ш щ ч;
     * an -я word (Небензя) takes и е ю ей, not а; an -а word takes ы/и е у ой; indeclinable endings (-у, -о, -и,
     * -е: Нетаньяху, Сиси) only themselves. Surname-shaped stems (-ов, -ин) are told apart by gender flags instead.
     */
    public static boolean endingsAgree(String stem, String termEnding, String textEnding) {
        if (termEnding.equals(textEnding)) {
            return true;
        }
        char last = stem.isEmpty() ? ' ' : stem.charAt(stem.length() - 1);
        boolean velarOrSibilant = "кгхжшщчц".indexOf(last) >= 0;
        return switch (termEnding) {
            case "" -> switch (textEnding) {
                case "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах" -> true;
                case "и", "ем", "ей" -> velarOrSibilant;
                case "я", "ю", "ь" -> false;
                default -> false;
            };
            case "а" -> switch (textEnding) {
                case "ы", "е", "у", "ой", "ою", "ам", "ами", "ах", "" -> true;
                case "и", "ей" -> velarOrSibilant;
                default -> false;
            };
            case "я" -> switch (textEnding) {
                case "и", "е", "ю", "ей", "ею", "ям", "ями", "ях", "ь" -> true;
                default -> false;
            };
            case "ь" -> switch (textEnding) {
                case "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях" -> true;
                default -> false;
            };
            case "ия" -> switch (textEnding) {
                case "ии", "ию", "ией", "иею", "иям", "иями", "иях" -> true;
                default -> false;
            };
            case "о", "у", "ю", "и", "е", "ы" -> false;
            default -> true;
        };
    }
}
