package org.triptych.langcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.triptych.model.Language;

/**
 * Words and phrases the language check must accept: every term of the loaded glossaries in every form the
 * terminology matcher knows, and the personal dictionary. Immutable; a new set gets a new {@link #generation()} so
 * cached results made under the old one are not reused.
 *
 * <p>Acceptance works per word: a spelling match is dropped when every word of its span is a word of some accepted
 * term (after light normalisation: case, Arabic diacritics and letter variants, ё, Arabic one-letter prefixes and the
 * article, a Russian light stem), or when the {@link #withGlossaryForms glossary forms} of the terminology engine accepts the
 * span. A word of a glossary name is almost never a typo of a common word, so per-word acceptance costs no recall
 * and covers inflected and clitic-prefixed forms a phrase list would miss.
 */
public final class AcceptedTerms {

    private static final AtomicLong GENERATIONS = new AtomicLong();
    private static final AcceptedTerms NONE = new AcceptedTerms(Set.of(), Map.of(), Set.of(), null);

    private final Set<String> words;
    /** Normalised word -> the word as the glossary spells it, for suggestions. */
    private final Map<String, String> forms;
    private final Set<String> russianStems;
    private final GlossaryForms glossaryForms;
    private final long generation;

    private AcceptedTerms(Set<String> words, Map<String, String> forms, Set<String> russianStems,
                          GlossaryForms glossaryForms) {
        this.words = words;
        this.forms = forms;
        this.russianStems = russianStems;
        this.glossaryForms = glossaryForms;
        this.generation = GENERATIONS.incrementAndGet();
    }

    public static AcceptedTerms none() {
        return NONE;
    }

    /** Accepts the words of these terms or phrases (any language; each word is indexed on its own). */
    public static AcceptedTerms of(Collection<String> termsAndForms) {
        return NONE.plus(termsAndForms);
    }

    /** This set plus more terms (e.g. the personal dictionary added to a glossary). */
    public AcceptedTerms plus(Collection<String> more) {
        Set<String> w = new HashSet<>(words);
        Map<String, String> f = new HashMap<>(forms);
        Set<String> stems = new HashSet<>(russianStems);
        for (String term : more) {
            for (String token : tokens(Objects.requireNonNull(term, "term"))) {
                String n = normalise(token);
                w.add(n);
                f.putIfAbsent(n, token);
                if (n.endsWith("'s")) {
                    w.add(n.substring(0, n.length() - 2));
                }
                if (isCyrillic(n)) {
                    // Both the word and its stem: the light stemmer cuts a base-form surname (Богданов -> богдан)
                    // differently from its inflected forms (Богданова -> богданов).
                    stems.add(n);
                    stems.add(russianStem(n));
                }
            }
        }
        return new AcceptedTerms(Set.copyOf(w), Map.copyOf(f), Set.copyOf(stems), glossaryForms);
    }

    /**
     * Adds a test "is this text a known glossary form", e.g. the terminology matcher's inflection-aware lookup. It is
     * asked about a flagged word and about the whole flagged span.
     */
    public AcceptedTerms withGlossaryForms(GlossaryForms more) {
        GlossaryForms before = glossaryForms;
        GlossaryForms all = before == null ? more : text -> before.isGlossaryForm(text) || more.isGlossaryForm(text);
        return new AcceptedTerms(words, forms, russianStems, all);
    }

    /** Changes whenever the accepted set changes; part of the result cache key. */
    public long generation() {
        return this == NONE ? 0 : generation;
    }

    public boolean isEmpty() {
        return words.isEmpty() && glossaryForms == null;
    }

    /** Whether every word of {@code span} is accepted, or the glossary forms accept the span as a whole. */
    public boolean acceptsSpan(Language language, String span) {
        if (glossaryForms != null && glossaryForms.isGlossaryForm(span.strip())) {
            return true;
        }
        List<String> tokens = tokens(span);
        if (tokens.isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (!acceptsWord(language, t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one word is accepted (exactly, normalised, without Arabic prefixes or by its Russian stem). */
    public boolean acceptsWord(Language language, String word) {
        if (glossaryForms != null && glossaryForms.isGlossaryForm(word)) {
            return true;
        }
        if (words.isEmpty()) {
            return false;
        }
        String n = normalise(word);
        if (words.contains(n)) {
            return true;
        }
        if (n.endsWith("'s") && words.contains(n.substring(0, n.length() - 2))) {
            return true;
        }
        if (isArabic(n)) {
            for (String stripped : withoutArabicPrefixes(n)) {
                if (words.contains(stripped)) {
                    return true;
                }
            }
        }
        return isCyrillic(n) && (russianStems.contains(n) || russianStems.contains(russianStem(n)));
    }

    /**
     * The glossary word (as the glossary spells it) one edit away from {@code word} (4+ letters), or null: a slip on a
     * glossary name (Lindqvsit for Lindqvist) is worth flagging even where an unknown name is not.
     */
    public String nearMiss(String word) {
        String n = normalise(word.strip());
        if (n.length() < 4 || n.indexOf(' ') >= 0) {
            return null;
        }
        for (Map.Entry<String, String> e : forms.entrySet()) {
            String g = e.getKey();
            if (Math.abs(g.length() - n.length()) <= 1 && !g.equals(n) && EditDistance.atMostOne(n, g)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Words of a text: maximal runs of letters, digits and marks, keeping inner apostrophes. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (isWordChar(c) || VisibleText.isInvisible((char) c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '\u2019') && i + 1 < text.length() && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * Case-folds and removes what varies between spellings of one word: Arabic harakat and tatweel, alef with hamza
     * or madda, alef maqsura, ta marbuta, Russian ё, typographic apostrophes, invisible format characters.
     */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || VisibleText.isInvisible(c)) {
                continue;
            }
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> sb.append('\u0627');
                case '\u0649' -> sb.append('\u064A');
                case '\u0629' -> sb.append('\u0647');
                case '\u2019', '\u02BC' -> sb.append('\'');
                case 'ё', 'Ё' -> sb.append('е');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static final String[] ARABIC_PREFIXES = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"};

    /** The word without each Arabic conjunction/preposition/article prefix, keeping at least three letters. */
    private static List<String> withoutArabicPrefixes(String n) {
        List<String> out = new ArrayList<>(2);
        for (String p : ARABIC_PREFIXES) {
            if (n.startsWith(p) && n.length() - p.length() >= 3) {
                out.add(n.substring(p.length()));
                // a prefix before the article: ودي -> دي, والأسد -> أسد and الأسد
                String rest = n.substring(p.length());
                if (rest.startsWith("ال") && rest.length() - 2 >= 3) {
                    out.add(rest.substring(2));
                }
            }
        }
        return out;
    }

    static String russianStem(String lowerCyrillic) {
        char[] buf = lowerCyrillic.toCharArray();
        int len = new RussianLightStemmer().stem(buf, buf.length);
        return new String(buf, 0, len);
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static boolean isCyrillic(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }
}
