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
            return List.of(guessed(RussianLightStemmer.stem(exactKey(word))));
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
        return List.copyOf(out);
    }

    private static TokenReading guessed(RussianLightStemmer.Stem s) {
        return new TokenReading(s.stem(), s.flags() | TokenReading.GUESSED, "", s.ending());
    }

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
