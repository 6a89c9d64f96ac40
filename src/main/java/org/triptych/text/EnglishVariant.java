package org.triptych.text;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether an English text follows British or American spelling by counting words that differ between the
 * two (colour/color, centre/center, organised/organized, travelled/traveled, per cent/percent...). Checking British
 * news with the American speller flags every "metres" and "neighbours"; checking by the document's own convention
 * keeps those quiet and still flags a mix.
 */
final class EnglishVariant {

    /** Stems spelt -our in Britain and -or in America. */
    private static final String OUR = "(?:col|fav|hon|lab|neighb|behavi|harb|hum|rum|vap|endeav|sav|arm|flav|vig|parl)";
    private static final String OUR_SUFFIX = "(?:s|ed|ing|ers?|able|ably|ful|hoods?|ite|ites|al|less)?";
    private static final String IZE_STEMS = "(?:organ|recogn|real|apolog|critic|emphas|minim|priorit|author|legal"
            + "|mobil|stabil|normal|privat|character|categor|summar|util|final|capital|hospital|visual|modern|local"
            + "|global|special|civil|neutral|jeopard|polar|maxim|optim|standard|central|national|democrat|militar)";
    private static final String IZE_SUFFIX = "(?:e|es|ed|ing|ation|ations|er|ers)";

    private static final Pattern BRITISH = Pattern.compile("\\b(?:" + OUR + "our" + OUR_SUFFIX
            + "|(?:centre|theatre|fibre|litre|metre|calibre|sombre|spectre)s?"
            + "|" + IZE_STEMS + "is" + IZE_SUFFIX
            + "|programmes?|defence|travell(?:ed|ing|er|ers)|cancell(?:ed|ing)|labell(?:ed|ing)|modell(?:ed|ing)"
            + "|catalogues?|grey|aluminium|jewellery|pyjamas|sceptic\\w*|manoeuvr\\w*|paediatr\\w*|anaemi\\w*"
            + "|haemorrh\\w*|foetus|whilst|per cent|analys(?:e|ed|es|ing))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern AMERICAN = Pattern.compile("\\b(?:" + OUR + "or" + OUR_SUFFIX
            + "|(?:center|theater|fiber|liter|caliber|somber|specter)s?"
            + "|" + IZE_STEMS + "iz" + IZE_SUFFIX
            + "|defense|travel(?:ed|ing|er|ers)|cancel(?:ed|ing)|label(?:ed|ing)|model(?:ed|ing)"
            + "|catalogs?|gray|aluminum|jewelry|pajamas|skeptic\\w*|maneuver\\w*|pediatr\\w*|anemi\\w*"
            + "|hemorrh\\w*|fetus|percent|analyz(?:e|ed|es|ing))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private EnglishVariant() {
    }

    /** {@code en-GB} when British spellings outnumber American ones, else {@code en-US}. */
    static String guess(Collection<String> paragraphs) {
        int british = 0;
        int american = 0;
        for (String p : paragraphs) {
            british += count(BRITISH, p);
            american += count(AMERICAN, p);
        }
        return british > american ? "en-GB" : "en-US";
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
