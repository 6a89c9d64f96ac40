package org.triptych.langcheck;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.hunspell.HunspellDictionary;
import org.languagetool.rules.spelling.hunspell.HunspellRule;

/**
 * Arabic spelling suggestions without Hunspell's slow search.
 *
 * <p>Measured on Arabic news (LanguageTool 6.8): Hunspell's {@code suggest} takes about 70–100 ms per unknown word
 * and was 95% of the time of checking Arabic (9.6 s for 1,734 words). LanguageTool asks for suggestions for every
 * word its speller flags. This dictionary wrapper answers instead with the dictionary words one edit away
 * (deletions, transpositions, replacements, insertions, a missing space: about 500 look-ups of Hunspell's fast
 * {@code spell}, ~6 ms), ranked by how likely each slip is ({@link #oneEditAway}). A flagged word with none is then
 * dropped as a probable name ({@link LanguageCheckSettings#tolerateUnknownNames}), as it was when Hunspell's
 * suggestions held nothing one edit away: on the 71 distinct flagged words of six development articles both ways
 * decided the same. With names shown (that setting off) Hunspell's own suggestions are asked for, since a name's
 * nearest words are more than one edit away.
 *
 * <p>It wraps the dictionary object inside LanguageTool's Hunspell rule (a protected field, reached by
 * reflection); if that field is not there in another LanguageTool version, nothing is changed and checks are as
 * slow as before, never wrong.
 */
final class ArabicSuggestionShortcut implements HunspellDictionary {

    private static final System.Logger LOG = System.getLogger(ArabicSuggestionShortcut.class.getName());

    /** Letters a one-letter slip can put in or swap to: the Arabic letters, hamza forms and ta marbuta included. */
    private static final String LETTERS = lettersOfArabicBlock();

    private final HunspellDictionary dictionary;
    private volatile boolean enabled = true;

    private ArabicSuggestionShortcut(HunspellDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Puts the shortcut in front of the Hunspell dictionary of {@code tool}'s speller (loading the dictionary
     * first). Returns null, and leaves the tool as it was, when the speller is not found or not as expected.
     */
    static ArabicSuggestionShortcut install(JLanguageTool tool) {
        try {
            for (Rule r : tool.getAllRules()) {
                if (r instanceof HunspellRule rule) {
                    rule.isMisspelled("تجربة"); // loads the dictionary (LanguageTool loads it on first use)
                    Field f = HunspellRule.class.getDeclaredField("hunspell");
                    f.setAccessible(true);
                    Object current = f.get(rule);
                    if (!(current instanceof HunspellDictionary d) || current instanceof ArabicSuggestionShortcut) {
                        return null;
                    }
                    ArabicSuggestionShortcut shortcut = new ArabicSuggestionShortcut(d);
                    f.set(rule, shortcut);
                    return shortcut;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Arabic speller left as LanguageTool made it: {0}", e.toString());
        }
        return null;
    }

    /** Off: every flagged word gets Hunspell's suggestions (names are then shown, and need them). */
    void setEnabled(boolean on) {
        enabled = on;
    }

    @Override
    public List<String> suggest(String word) {
        return enabled ? oneEditAway(word) : dictionary.suggest(word);
    }

    /**
     * The dictionary words (and pairs of words) one edit away, likeliest slip first: a letter in place of one of the
     * same shape but for its dots (ب/ت/ث/ن/ي, ح/ج/خ, ه/ة…), then two letters swapped or a doubled letter dropped, then
     * another hamza seat (ا/أ/إ/آ…), then a doubled letter added, then a missing space, then any other deletion,
     * insertion or replacement; equal slips keep the order of the word's letters. On 600 typos made from align-dev
     * words (swaps, deletions, insertions, dot and hamza confusions, other replacements; 120 each), this order put
     * the intended word first 279 times and in the first three 394 times; Hunspell's own suggestions 253 and 376, at
     * eleven times the cost. Both are poor at a dropped letter (3 and 19 of 120 in the first three).
     */
    List<String> oneEditAway(String w) {
        Map<String, Double> cost = new LinkedHashMap<>();
        for (int i = 0; i + 1 < w.length(); i++) {
            offer(cost, w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2), 1.0);
        }
        for (int i = 0; i < w.length(); i++) {
            boolean doubled = i > 0 && w.charAt(i - 1) == w.charAt(i) || i + 1 < w.length() && w.charAt(i + 1) == w.charAt(i);
            offer(cost, w.substring(0, i) + w.substring(i + 1), doubled ? 1.0 : 1.5);
        }
        for (int i = 0; i < w.length(); i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                char x = LETTERS.charAt(k);
                if (x != w.charAt(i)) {
                    char was = w.charAt(i);
                    offer(cost, w.substring(0, i) + x + w.substring(i + 1),
                            related(DOTS, x, was) ? 0.6 : related(HAMZA_SEATS, x, was) ? 1.1 : 2.0);
                }
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                char x = LETTERS.charAt(k);
                boolean doubling = i > 0 && w.charAt(i - 1) == x || i < w.length() && w.charAt(i) == x;
                offer(cost, w.substring(0, i) + x + w.substring(i), doubling ? 1.2 : 2.0);
            }
        }
        cost.remove(w);
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        for (Map.Entry<String, Double> c : cost.entrySet()) {
            if (!c.getKey().isEmpty() && dictionary.spell(c.getKey())) {
                found.add(c);
            }
        }
        for (int i = 1; i < w.length(); i++) {
            // a missing space: one-letter words (و ب ل ك ف) make a split one edit from many typos
            if (dictionary.spell(w.substring(0, i)) && dictionary.spell(w.substring(i))) {
                found.add(Map.entry(w.substring(0, i) + " " + w.substring(i), 1.8));
            }
        }
        found.sort(Map.Entry.comparingByValue()); // stable: equal slips stay in the order they were made
        return found.stream().map(Map.Entry::getKey).limit(MAX_SUGGESTIONS).toList();
    }

    private static final int MAX_SUGGESTIONS = 10;

    /** Letters that differ only by their dots: the likeliest slip of a finger or an eye. */
    private static final String[] DOTS = {"بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة", "يى"};

    /**
     * Letters that differ by the seat of a hamza. Ranked after a swap: the dictionary accepts many hamza variants
     * that are no word a writer meant (آلمفاوضتا for the swapped المفاوضتا).
     */
    private static final String[] HAMZA_SEATS = {"اأإآء", "وؤ", "يىئ"};

    private static boolean related(String[] families, char a, char b) {
        for (String family : families) {
            if (family.indexOf(a) >= 0 && family.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void offer(Map<String, Double> cost, String candidate, double c) {
        cost.merge(candidate, c, Math::min);
    }

    @Override
    public boolean spell(String word) {
        return dictionary.spell(word);
    }

    @Override
    public void add(String word) {
        dictionary.add(word);
    }

    @Override
    public boolean isClosed() {
        return dictionary.isClosed();
    }

    @Override
    public void close() throws IOException {
        dictionary.close();
    }

    private static String lettersOfArabicBlock() {
        StringBuilder b = new StringBuilder();
        for (char c = '\u0621'; c <= '\u064A'; c++) {
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
