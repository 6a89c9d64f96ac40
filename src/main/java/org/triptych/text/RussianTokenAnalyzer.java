package org.triptych.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triptych.model.Language;

/**
 * Russian: a word is keyed by its dictionary lemmas (Богдановым → богданов, Египта → египет), or by a light stem when
 * the dictionary does not know it. Name readings carry gender and number, so a masculine surname in the glossary
 * seen only in feminine forms (Богдановой) is a possible match, not a sure one; and a plural-only reading of a
 * name that also reads as another surname (Асадов: "of the Asads", or Mr Asadov) is marked doubtful.
 */
final class RussianTokenAnalyzer implements TokenAnalyzer {

    private static final int CACHE_LIMIT = 200_000;
    private final RussianMorphology morphology;
    private final Map<String, List<TokenReading>> cache = new ConcurrentHashMap<>();
    private final Map<String, TokenReading> termCache = new ConcurrentHashMap<>();
    /** Stems of glossary names the dictionary knows only as other words (Спит): their cases are read as names too. */
    private final java.util.Set<String> namesLikeOtherWords = ConcurrentHashMap.newKeySet();

    public RussianTokenAnalyzer(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Language language() {
        return Language.RUSSIAN;
    }

    @Override
    public String exactKey(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    @Override
    public TokenReading termReading(String word) {
        // glossary words repeat (first names, Организация, Министерство): look each up once
        TokenReading known = termCache.get(word);
        if (known == null) {
            known = analyseTermWord(word);
            if (termCache.size() > CACHE_LIMIT) {
                termCache.clear();
            }
            termCache.put(word, known);
        }
        return known;
    }

    private TokenReading analyseTermWord(String word) {
        String lc = exactKey(word);
        List<RussianMorphology.Reading> rs = morphology.readings(word);
        if (rs.isEmpty() || isAcronym(word)) {
            RussianLightStemmer.Stem s = RussianLightStemmer.stem(lc);
            return rs.isEmpty() ? guessed(s) : TokenReading.of(rs.get(0).lemma());
        }
        if (Character.isUpperCase(word.charAt(0)) && rs.stream().noneMatch(r -> isNominal(r.tag()))) {
            // a name in a glossary spelled like a verb form (Джордан Спит: спит, of спать) is a name: the dictionary
            // would key it by the verb, which its cases (Спитом, Спита) never share
            TokenReading g = guessed(RussianLightStemmer.stem(lc));
            if (namesLikeOtherWords.add(g.key())) {
                cache.clear(); // text words read before this glossary did not look for it
            }
            return g;
        }
        RussianMorphology.Reading best = null;
        int bestScore = -1;
        for (RussianMorphology.Reading r : rs) {
            int score = (r.lemma().equals(lc) ? 4 : 0) + (r.tag().contains(":Nom") ? 2 : 0)
                    + (r.tag().contains(":Sin") ? 1 : 0) + (isName(r.tag()) && Character.isUpperCase(word.charAt(0)) ? 1 : 0);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return new TokenReading(best.lemma(), flagsOf(best.tag()), "");
    }

    @Override
    public List<TokenReading> textReadings(String word) {
        List<TokenReading> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<TokenReading> out = analyse(word);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, out);
        return out;
    }

    private List<TokenReading> analyse(String word) {
        List<RussianMorphology.Reading> rs = morphology.readings(word);
        if (rs.isEmpty()) {
            RussianLightStemmer.Stem s = RussianLightStemmer.stem(exactKey(word));
            TokenReading g = guessed(s);
            TokenReading noun = nounInJ(s);
            return noun == null ? List.of(g) : List.of(g, noun);
        }
        Map<String, Integer> byLemma = new LinkedHashMap<>();
        java.util.Set<String> singularName = new java.util.HashSet<>();
        java.util.Set<String> singular = new java.util.HashSet<>();
        for (RussianMorphology.Reading r : rs) {
            byLemma.merge(r.lemma(), flagsOf(r.tag()), (a, b) -> a | b);
            if (!r.tag().contains(":PL")) {
                singular.add(r.lemma());
                if (isName(r.tag())) {
                    singularName.add(r.lemma());
                }
            }
        }
        List<TokenReading> out = new ArrayList<>(byLemma.size());
        for (Map.Entry<String, Integer> e : byLemma.entrySet()) {
            int flags = e.getValue();
            String lemma = e.getKey();
            if ((flags & TokenReading.NAME) != 0 && !singular.contains(lemma)) {
                for (String other : singularName) {
                    if (!other.equals(lemma) && other.startsWith(lemma)) {
                        flags |= TokenReading.DOUBTFUL;
                    }
                }
            }
            out.add(new TokenReading(lemma, flags, ""));
        }
        if (Character.isUpperCase(word.charAt(0)) && rs.stream().noneMatch(r -> r.tag().startsWith("NN"))) {
            // a capitalised word the dictionary knows as no noun may be a case of such a name (Спитом, not спитой);
            // only of such a name: Лавровый is no case of Лавров
            TokenReading g = guessed(RussianLightStemmer.stem(exactKey(word)));
            if (namesLikeOtherWords.contains(g.key())) {
                out.add(g);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A noun, an adjective or a full participle (Соединённые Штаты, Объединённые Арабские Эмираты): what a word of a
     * name can be in the dictionary. A finite verb or a short participle (спит) cannot.
     */
    private static boolean isNominal(String tag) {
        return tag.startsWith("NN") || tag.startsWith("ADJ") || tag.startsWith("PT:");
    }

    private static TokenReading guessed(RussianLightStemmer.Stem s) {
        return new TokenReading(s.stem(), s.flags() | TokenReading.GUESSED, "", s.ending());
    }

    /**
     * A foreign name in -ой/-ей/-ай/-уй declines like a noun in -й (Макилрой: Макилроя, Макилрою, Макилроем), but the
     * stemmer cuts its nominative as an adjective (макилр + ой) and its cases after the vowel (макилро + я): the cases
     * are read with the vowel cut too, so the two meet.
     */
    private static TokenReading nounInJ(RussianLightStemmer.Stem s) {
        String st = s.stem();
        if (!J_CASE_ENDINGS.contains(s.ending()) || st.length() < 3 || "оеау".indexOf(st.charAt(st.length() - 1)) < 0) {
            return null;
        }
        return guessed(new RussianLightStemmer.Stem(st.substring(0, st.length() - 1), s.flags(),
                st.charAt(st.length() - 1) + s.ending()));
    }

    private static final java.util.Set<String> J_CASE_ENDINGS = java.util.Set.of("я", "ю", "ем", "е");

    @Override
    public boolean endingsAgree(TokenReading term, TokenReading text) {
        if (!term.has(TokenReading.GUESSED)) {
            // the dictionary knows the term's word, so it would know a real form of it: Асади is not a form of Асад
            return text.ending().isEmpty();
        }
        if (term.has(TokenReading.NAME) || text.has(TokenReading.NAME)) {
            return true; // surname-shaped stems: gender and number decide, in the matcher
        }
        return RussianLightStemmer.endingsAgree(term.key(), term.ending(), text.ending());
    }

    private static boolean isName(String tag) {
        return tag.contains(":Fam") || tag.contains(":Name") || tag.contains(":Patr");
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static int flagsOf(String tag) {
        if (!isName(tag)) {
            return 0;
        }
        int f = TokenReading.NAME;
        boolean any = false;
        if (tag.contains(":Masc")) {
            f |= TokenReading.MASCULINE;
            any = true;
        }
        if (tag.contains(":Fem")) {
            f |= TokenReading.FEMININE;
            any = true;
        }
        if (tag.contains(":PL")) {
            f |= TokenReading.PLURAL;
            any = true;
        }
        if (!any) { // indeclinable (Шойгу): any gender, any number
            f |= TokenReading.MASCULINE | TokenReading.FEMININE | TokenReading.PLURAL;
        }
        return f;
    }
}
