package org.triptych.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Russian entry forms of a word found in text: the dictionary's lemmas (Гарвардского → Гарвардский, Кореи → Корея),
 * written in the found word's case; for a word no dictionary knows (most foreign names), the light stem alone and
 * with -а, and the word as found (Шакири and Помпео do not decline): Трампа → Трамп, Трампа; Розы → Роз, Роза.
 */
final class RussianBaseForms implements BaseForms {

    private final RussianMorphology morphology;

    RussianBaseForms(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public List<String> of(String word) {
        List<String> out = new ArrayList<>();
        for (RussianMorphology.Reading r : morphology.readings(word)) {
            if (r.tag().startsWith("NN") || r.tag().startsWith("ADJ")) {
                add(out, cased(word, r.lemma()));
            }
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        RussianLightStemmer.Stem s = RussianLightStemmer.stem(lower);
        if (out.isEmpty() && !s.ending().isEmpty() && s.stem().length() >= 2) {
            add(out, cased(word, s.stem()));
            add(out, cased(word, s.stem() + "а"));
        }
        add(out, word);
        return out;
    }

    /** A common noun: a name's reading (:Name, :Fam, :Patr) does not count, as names decline in apposition. */
    @Override
    public boolean isNoun(String word) {
        boolean noun = false;
        for (RussianMorphology.Reading r : morphology.readings(word)) {
            String t = r.tag();
            if (t.startsWith("NN")) {
                if (t.contains(":Name") || t.contains(":Fam") || t.contains(":Patr")) {
                    return false;
                }
                noun = true;
            }
        }
        return noun;
    }

    @Override
    public boolean isAdjective(String word) {
        for (RussianMorphology.Reading r : morphology.readings(word)) {
            if (r.tag().startsWith("ADJ")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String agreeing(String adjectiveEntryForm, String noun) {
        String gender = null;
        for (RussianMorphology.Reading r : morphology.readings(noun)) {
            if (r.tag().startsWith("NN")) {
                for (String g : new String[] {"Masc", "Fem", "Neut"}) {
                    if (r.tag().contains(":" + g)) {
                        gender = g;
                        break;
                    }
                }
            }
            if (gender != null) {
                break;
            }
        }
        if (gender == null || gender.equals("Masc")) {
            return adjectiveEntryForm;
        }
        String lemma = adjectiveEntryForm.toLowerCase(Locale.ROOT);
        String form = RussianInflector.synthesize(lemma, "ADJ:Posit:" + gender + ":Nom");
        return form == null ? adjectiveEntryForm : cased(adjectiveEntryForm, form);
    }

    @Override
    public boolean isKnown(String word) {
        return !morphology.readings(word).isEmpty();
    }

    /**
     * The nominative of a name beside its English: among the dictionary's noun lemmas the one whose ending fits the
     * English (Рида → Рид beside Reed, not the woman's name Рида; Оливера → Оливер), else a guess from the word's
     * ending: a consonant-final English name drops the case ending (Трампа → Трамп), a soft one keeps its sign
     * (Кромвеля → Кромвель, Макилроя → Макилрой), one in -a ends in -а, one in another vowel does not decline
     * (Шакири, Палу, Кавано).
     */
    @Override
    public String beside(String word, String englishName) {
        return beside(word, englishName, NamePart.ANY);
    }

    @Override
    public String beside(String word, String englishName, NamePart part) {
        if (englishName == null || englishName.isEmpty() || word.isEmpty()) {
            return word;
        }
        char e = englishEnding(englishName);
        boolean consonant = "aeiouy".indexOf(e) < 0;
        if (endsAsEnglish(word, e)) {
            return word; // Джанет, Элизабет, Пелли, Гранде: already the form the name has in every case or the first
        }
        if (word.toLowerCase(Locale.ROOT).endsWith("оу")) {
            return word; // Сноу, Харлоу: a name in -оу does not decline
        }
        List<String> nouns = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        String adjective = null;
        for (RussianMorphology.Reading r : morphology.readings(word)) {
            String t = r.tag();
            if (t.startsWith("NN")) {
                String l = cased(word, r.lemma());
                add(nouns, l);
                if ((part == NamePart.GIVEN && t.contains(":Name")) || (part == NamePart.SURNAME && t.contains(":Fam"))) {
                    add(preferred, l);
                }
            } else if (t.startsWith("ADJ") && adjective == null) {
                adjective = cased(word, r.lemma()); // Лондонской → Лондонский; the noun it goes with sets the gender
            }
        }
        if (preferred.size() == 1) {
            return preferred.get(0); // Рида as a surname is Рид; as a given name, Кристине is Кристина
        }
        for (String n : nouns) {
            char last = n.charAt(n.length() - 1);
            boolean fits = consonant ? VOWELS.indexOf(last) < 0 : e == 'a' ? last == 'а' || last == 'я'
                    : VOWELS.indexOf(last) >= 0;
            if (fits) {
                return n;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        char wl = lower.charAt(lower.length() - 1);
        if (!consonant && e != 'a' && VOWELS.indexOf(wl) >= 0) {
            return word; // Палу, Шакири: indeclinable beside a name ending in a vowel
        }
        if (nouns.size() == 1 && part == NamePart.ANY) {
            return nouns.get(0); // the dictionary knows the place: Англии → Англия beside England
        }
        if (nouns.isEmpty() && !consonant && sameVowel(englishName, wl)) {
            return word; // Гранде beside Grande, Пелли beside Pelley: the name ends so in every case
        }
        if (nouns.isEmpty() && adjective != null && !endsAsEnglish(adjective.substring(0, adjective.length() - 2), e)) {
            return adjective; // Лондонской → Лондонский; Спитом is Спит's instrumental, not the adjective спитой
        }
        if (wl == 'ь' || wl == 'й' || wl == 'о' || wl == 'э') {
            return word;
        }
        RussianLightStemmer.Stem s = RussianLightStemmer.stem(lower);
        if (s.ending().isEmpty() || s.stem().length() < 2) {
            return word;
        }
        String stem = s.stem();
        boolean afterVowel = VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
        if (e == 'a') {
            return cased(word, stem + (SOFT.contains(s.ending()) ? "я" : "а"));
        }
        if (!consonant) {
            return word;
        }
        if (SOFT.contains(s.ending()) && (s.flags() & TokenReading.NAME) == 0) {
            return cased(word, stem + (afterVowel ? "й" : "ь"));
        }
        return cased(word, stem);
    }

    /**
     * The sound an English name ends in, as far as its letters tell: Sarah ends in a, Singapore and Christine in a
     * consonant (a final e after a consonant is silent), Chelsea in a vowel that is no a.
     */
    private static char englishEnding(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int k = n.length() - 1;
        if (k > 0 && n.charAt(k) == 'h' && "aeiou".indexOf(n.charAt(k - 1)) >= 0) {
            k--; // Sarah, Hannah
        }
        char c = n.charAt(k);
        if (c == 'y' && k > 0 && (n.charAt(k - 1) == 'o' || n.charAt(k - 1) == 'a')) {
            return 'j'; // McIlroy, Murray: a glide Russian writes й, declined as a consonant (Макилроя → Макилрой)
        }
        if (c == 'a' && k > 0 && n.charAt(k - 1) == 'e') {
            return 'i'; // Chelsea
        }
        if (c == 'e' && k > 1 && "aeiouy".indexOf(n.charAt(k - 1)) < 0 && "aeiouy".indexOf(n.charAt(k - 2)) >= 0) {
            return n.charAt(k - 1); // a silent e: Singapore, Christine, Rose
        }
        if (c == 'e' && k > 1 && "aeiouy".indexOf(n.charAt(k - 1)) < 0 && n.charAt(k - 1) == n.charAt(k - 2)) {
            return n.charAt(k - 1); // silent after a doubled consonant too: Nashville, Jeanette
        }
        return c;
    }

    private static final String VOWELS = "аеёиоуыэюя";

    /** Russian letters that end a name whose English ends in the sound of a given letter. */
    private static final java.util.Map<Character, String> FINAL_LETTERS = java.util.Map.ofEntries(
            java.util.Map.entry('b', "б"), java.util.Map.entry('c', "кс"), java.util.Map.entry('d', "д"),
            java.util.Map.entry('f', "ф"), java.util.Map.entry('g', "г"), java.util.Map.entry('k', "к"),
            java.util.Map.entry('l', ""), java.util.Map.entry('m', "м"), java.util.Map.entry('n', "н"),
            java.util.Map.entry('p', "п"), java.util.Map.entry('r', "р"), java.util.Map.entry('s', "сз"),
            java.util.Map.entry('t', "т"), java.util.Map.entry('v', "в"), java.util.Map.entry('x', "с"),
            java.util.Map.entry('z', "зц"), java.util.Map.entry('e', "еэ"), java.util.Map.entry('i', "и"),
            java.util.Map.entry('y', "и"), java.util.Map.entry('o', "о"), java.util.Map.entry('u', "у"),
            java.util.Map.entry('h', "тхш"), java.util.Map.entry('j', "й")); // th, ch and kh, sh: Элизабет, Бах

    /**
     * Whether a word already ends as the English name sounds at its end (Джанет for Janet, Пелли for Pelley): no case
     * ending follows, so it is the nominative or a form that does not change (Трампа, Джонсом end otherwise). An L
     * is left to the rules below, as Russian writes it hard or soft (Кромвеля: Кромвель).
     */
    private static boolean endsAsEnglish(String word, char englishEnd) {
        String letters = FINAL_LETTERS.get(englishEnd);
        if (letters == null || letters.isEmpty()) {
            return false;
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        if (letters.indexOf(last) < 0) {
            return false;
        }
        // Рамом, Хакимом: the instrumental of a name that ends in м already, not the name itself (Том, Салем are)
        String lower = word.toLowerCase(Locale.ROOT);
        boolean instrumental = lower.length() >= 4 && (lower.endsWith("ом") || lower.endsWith("ем") || lower.endsWith("ём"))
                && letters.indexOf(lower.charAt(lower.length() - 3)) >= 0;
        return !instrumental;
    }

    /** Whether an English name's last letter is the vowel the Russian word ends in (e/е, i and y/и, o/о, u/у). */
    private static boolean sameVowel(String english, char russianLast) {
        char e = Character.toLowerCase(english.charAt(english.length() - 1));
        return switch (e) {
            case 'e' -> russianLast == 'е' || russianLast == 'э';
            case 'i', 'y' -> russianLast == 'и';
            case 'o' -> russianLast == 'о';
            case 'u' -> russianLast == 'у';
            default -> false;
        };
    }
    /** Case endings of the soft declension: the nominative ends in ь or й. */
    private static final java.util.Set<String> SOFT = java.util.Set.of("я", "ю", "ем", "ей", "ею");

    private static void add(List<String> out, String form) {
        if (!out.contains(form)) {
            out.add(form);
        }
    }

    private static String cased(String model, String form) {
        if (!model.isEmpty() && Character.isUpperCase(model.charAt(0)) && !form.isEmpty()) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }
}
