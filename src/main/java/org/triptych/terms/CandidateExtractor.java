package org.triptych.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.text.ArabicLetterNames;
import org.triptych.text.ArabicNameInitials;
import org.triptych.text.BaseForms;
import org.triptych.text.GluedWords;
import org.triptych.text.LanguageProfile;
import org.triptych.text.NameShapes;
import org.triptych.text.TermToken;
import org.triptych.text.TermTokenizer;

/**
 * Glossary candidates from aligned text: the names an English article writes (capitalised words, with the small
 * words inside names, titles left out), each paired with its rendering in the aligned unit of every other version
 * through transliteration (Trump = Трампа = لترامب), written as a glossary holds it (the Arabic without clitics, the
 * Russian in the nominative), typed by its words and surroundings (person, organisation, place), with a confidence,
 * a count and the units it occurs in. A surname alone counts for the full name it shortens, a demonym (Indonesian)
 * for its place, and names the glossary already holds are left out. Names translations translate (China | الصين |
 * Китай) come from the table of {@link KnownNames}, proposed only where the targets write the table's forms.
 */
public final class CandidateExtractor {

    /** A rendering needs more than this share of the occurrences where it was looked for (more than a third). */
    private static final double MIN_FOUND_SHARE = 0.34;
    /** A known name's table form needs this share: a third will do, the forms being the table's, not guessed. */
    private static final double MIN_KNOWN_SHARE = 1.0 / 3 - 1e-9;

    private final TermMatcher glossary;
    private final NameTransliteration names;
    private final KnownNames known;
    private final NameWords nameWords = NameWords.standard();
    private final NameShapes shapes = LanguageProfile.of(Language.ENGLISH).nameShapes();

    /** With the names Triptych knows to be translated ({@code known-names.tsv}). */
    public CandidateExtractor(TermMatcher glossary, NameTransliteration names) {
        this(glossary, names, KnownNames.standard());
    }

    CandidateExtractor(TermMatcher glossary, NameTransliteration names, KnownNames known) {
        this.glossary = glossary;
        this.names = names;
        this.known = known;
    }

    /** One article: each target's units, numbered by their first English paragraph. */
    public List<TermCandidate> extract(Map<Language, List<AlignedUnit>> article) {
        return extract(List.of(article));
    }

    /**
     * Several articles (a folder): names recurring across them gather their evidence; units are numbered on from
     * one article to the next (the second article's first paragraph follows the first article's last).
     */
    public List<TermCandidate> extract(List<Map<Language, List<AlignedUnit>>> articles) {
        Map<String, Gathered> all = new LinkedHashMap<>();
        List<Language> targets = new ArrayList<>();
        int offset = 0;
        for (Map<Language, List<AlignedUnit>> article : articles) {
            for (Language l : article.keySet()) {
                if (!targets.contains(l)) {
                    targets.add(l);
                }
            }
            offset = gather(article, offset, all);
        }
        List<TermCandidate> out = new ArrayList<>();
        for (Gathered g : all.values()) {
            TermCandidate c = g.candidate(targets);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(TermCandidate::confidence).reversed()
                .thenComparing(Comparator.comparingInt(TermCandidate::count).reversed())
                .thenComparing(TermCandidate::en));
        return out;
    }

    // ---------------------------------------------------------------- one article

    /** A name in an English paragraph: its words, the content ones (not connectors), and what stood before it. */
    private record Run(String text, List<String> words, List<String> content, boolean titled, boolean afterPlaceWord) {
    }

    /** Everything gathered about one English name. */
    private final class Gathered {
        String en;
        /** the English forms of a known name the articles write → how often */
        final Map<String, Integer> englishForms = new LinkedHashMap<>();
        final List<String> content;
        final TreeSet<Integer> units = new TreeSet<>();
        int count;
        boolean titled;
        boolean placeLike;
        boolean derivedSeen;
        /** language → rendering as a glossary would hold it → how often; full transliterations weigh more */
        final Map<Language, Map<String, Double>> renderings = new LinkedHashMap<>();
        final Map<Language, int[]> looked = new HashMap<>(); // {looked for, found, fully}
        /** language → one-word renderings written more often away from the name than beside it */
        final Map<Language, Set<String>> common = new HashMap<>();
        /** language → the target texts of the units the name occurs in (by any of its forms) */
        final Map<Language, Set<String>> unitTexts = new HashMap<>();
        /** language → rendering → the closest its words came to writing the name's (ties go to the closer) */
        final Map<Language, Map<String, Integer>> strengths = new HashMap<>();
        /** language → forms found only by a weak (two-class) match → in how many units */
        final Map<Language, Map<String, Integer>> weak = new HashMap<>();
        /** the known translated name this is (United States), or null */
        Concept knownAs;
        /** language → the known name's form the target wrote → how often; its own name weighs more than a derived word */
        final Map<Language, Map<String, Double>> knownRenderings = new LinkedHashMap<>();
        final Map<Language, int[]> knownLooked = new HashMap<>(); // {looked for, found, found as the name itself}
        /**
         * A person's surname as every occurrence renders it, for the name whose versions write only the surname
         * (ترامب for Donald Trump): proposed where the full name finds no rendering and the English too writes the
         * surname alone somewhere, so the three forms of the pair name the same thing.
         */
        Gathered surname;
        /** Whether the English writes this name alone for a longer one it stands for (Tellis for Quinton Tellis). */
        boolean aloneInEnglish;

        /** Whether the English writes the name with its own "The" (The Clarion Ledger, The Hill): a title, not a person. */
        final boolean withArticle;

        Gathered(Run r) {
            this.en = r.text();
            this.content = r.content();
            this.withArticle = r.words().size() > r.content().size() && r.words().get(0).equals(TITLE_ARTICLE);
        }

        TermCandidate candidate(List<Language> targets) {
            if (knownAs != null) {
                // a name the table knows takes its forms from the table: a transliteration of it is a spelling
                // variant at best, a common word at worst (London: المواطنين). Where the text writes a table form
                // only in another spelling (مسيسيبي, لوندن: a long vowel's letter left out or added), the name is
                // there, and the table's form is proposed: the glossary holds the standard spelling
                TermCandidate fromTable = knownCandidate(targets);
                if (fromTable != null) {
                    return fromTable;
                }
                TermCandidate spelt = transliteratedCandidate(targets);
                if (spelt == null) {
                    return null;
                }
                Map<Language, String> forms = new LinkedHashMap<>();
                for (Language l : targets) {
                    String form = l.equals(Language.ARABIC) ? spelt.ar() : l.equals(Language.RUSSIAN) ? spelt.ru() : null;
                    java.util.Optional<Term> table = form == null ? java.util.Optional.empty() : knownAs.terms(l).stream()
                            .filter(t -> !t.derived() && KnownNames.sameSpelling(t.text(), form)).findFirst();
                    if (table.isEmpty()) {
                        return null;
                    }
                    forms.put(l, table.get().text());
                }
                return new TermCandidate(spelt.en(), forms.get(Language.ARABIC), forms.get(Language.RUSSIAN),
                        knownAs.type(), spelt.confidence(), spelt.count(), spelt.units());
            }
            TermCandidate whole = transliteratedCandidate(targets);
            if (whole != null || surname == null || !surname.aloneInEnglish || type() != ConceptType.PERSON) {
                return whole;
            }
            TermCandidate bySurname = surname.transliteratedCandidate(targets);
            return bySurname == null ? null : new TermCandidate(bySurname.en(), bySurname.ar(), bySurname.ru(),
                    ConceptType.PERSON, bySurname.confidence(), count, List.copyOf(units));
        }

        /** The surname's own gathering, made on first use. */
        Gathered surname(Run last) {
            if (surname == null) {
                surname = new Gathered(last);
            }
            return surname;
        }

        /** Takes in what another article gathered about the same name. */
        void absorb(Gathered x) {
            count += x.count;
            units.addAll(x.units);
            titled |= x.titled;
            placeLike |= x.placeLike;
            derivedSeen |= x.derivedSeen;
            aloneInEnglish |= x.aloneInEnglish;
            x.englishForms.forEach((f, k) -> englishForms.merge(f, k, Integer::sum));
            if (!englishForms.isEmpty()) {
                en = englishForms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            x.common.forEach((l, fs) -> common.computeIfAbsent(l, k -> new java.util.HashSet<>()).addAll(fs));
            x.renderings.forEach((l, m) -> m.forEach((f, w) -> renderings
                    .computeIfAbsent(l, k -> new LinkedHashMap<>()).merge(f, w, Double::sum)));
            x.weak.forEach((l, m) -> m.forEach((f, k) -> weak
                    .computeIfAbsent(l, q -> new HashMap<>()).merge(f, k, Integer::sum)));
            x.strengths.forEach((l, m) -> m.forEach((f, k) -> strengths
                    .computeIfAbsent(l, q -> new HashMap<>()).merge(f, k, Math::max)));
            addCounts(looked, x.looked);
            x.knownRenderings.forEach((l, m) -> m.forEach((f, w) -> knownRenderings
                    .computeIfAbsent(l, k -> new LinkedHashMap<>()).merge(f, w, Double::sum)));
            addCounts(knownLooked, x.knownLooked);
            if (x.surname != null) {
                if (surname == null) {
                    surname = x.surname;
                } else {
                    surname.absorb(x.surname);
                }
            }
        }

        private static void addCounts(Map<Language, int[]> into, Map<Language, int[]> from) {
            from.forEach((l, n) -> {
                int[] m = into.computeIfAbsent(l, k -> new int[3]);
                for (int i = 0; i < 3; i++) {
                    m[i] += n[i];
                }
            });
        }

        /** The candidate the transliterations found in the units make, or null where they are not enough. */
        TermCandidate transliteratedCandidate(List<Language> targets) {
            Map<Language, String> best = new LinkedHashMap<>();
            double found = 0;
            double fully = 0;
            for (Language l : targets) {
                int[] n = looked.getOrDefault(l, new int[3]);
                Map<String, Double> rs = new LinkedHashMap<>(renderings.getOrDefault(l, Map.of()));
                // a form only a two-class match found (Kim: حكم) counts where it recurs, or where it is the one word
                // of this version that could be the name and every other version renders the name fully (YouTube:
                // يوتيوب beside YouTube in the Russian)
                boolean vouched = rs.size() == 1 && (renderedFullyElsewhere(l, targets) || soleEverywhere(targets))
                        && rs.keySet().iterator().next().length() >= VOUCHED_LETTERS;
                weak.getOrDefault(l, Map.of()).forEach((f, units) -> {
                    if (units < 2 && rs.getOrDefault(f, 0.0) <= 1.0 && !vouched) {
                        rs.remove(f);
                    }
                });
                if (n[0] == 0 || rs.isEmpty() || n[1] < MIN_FOUND_SHARE * n[0]) {
                    return null; // every version given must render it
                }
                List<Map.Entry<String, Double>> ranked = new ArrayList<>(rs.entrySet());
                // as likely, the shorter of one name's two case forms (Округ Колумбия, not округа Колумбия: the
                // longer's base form was guessed wrong)
                ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(x -> x.getKey().length()));
                if (ranked.size() > 1 && ranked.get(1).getValue() >= ranked.get(0).getValue() - 1e-9
                        && !KnownNames.sameSpelling(ranked.get(0).getKey(), ranked.get(1).getKey())
                        && !caseFormOf(ranked.get(1).getKey(), ranked.get(0).getKey())) {
                    // two renderings as likely (Северная Корея, Южная Корея): unsure, propose nothing, unless one
                    // writes the name more closely (Наполи, not Неаполе, for Napoli); two spellings of one name
                    // (غراهام, جراهام) are no doubt: the first the text wrote is proposed
                    Map.Entry<String, Double> closest = closestOfTied(l, ranked);
                    if (closest == null) {
                        return null;
                    }
                    ranked = List.of(closest);
                }
                String pick = ranked.get(0).getKey();
                if (ranked.size() > 1 && ranked.get(1).getValue() >= ranked.get(0).getValue() - 1e-9
                        && !caseFormOf(ranked.get(1).getKey(), pick)
                        && ranked.get(1).getKey().length() > pick.length()) {
                    pick = ranked.get(1).getKey(); // of one name's two spellings the one with its vowels (وودز, not ودز)
                }
                if (common.getOrDefault(l, Set.of()).contains(pick)) {
                    return null; // the likeliest rendering is a common word: propose nothing rather than the next
                }
                best.put(l, pick);
                found += n[1] / (double) n[0];
                fully += n[2] / (double) n[0];
            }
            int k = Math.max(1, targets.size());
            double confidence = 0.45 * found / k + 0.45 * fully / k + 0.1 * Math.min(1, count / 3.0);
            return new TermCandidate(en, best.get(Language.ARABIC), best.get(Language.RUSSIAN), type(),
                    Math.round(confidence * 100) / 100.0, count, List.copyOf(units));
        }

        /**
         * Letters a once-found two-class word needs for another version to vouch for it: short words are the
         * language's own (قال for Google, where the translator left the name out), a transliterated name is longer.
         */
        private static final int VOUCHED_LETTERS = 4;

        /** Of the renderings tied for the most weight, the one that writes the name most closely; null if none does. */
        private Map.Entry<String, Double> closestOfTied(Language l, List<Map.Entry<String, Double>> ranked) {
            Map<String, Integer> strength = strengths.getOrDefault(l, Map.of());
            Map.Entry<String, Double> best = null;
            int bestStrength = -1;
            boolean shared = false;
            for (Map.Entry<String, Double> e : ranked) {
                if (e.getValue() < ranked.get(0).getValue() - 1e-9) {
                    break;
                }
                int k = strength.getOrDefault(e.getKey(), 0);
                if (k > bestStrength) {
                    best = e;
                    bestStrength = k;
                    shared = false;
                } else if (k == bestStrength) {
                    shared = true;
                }
            }
            return shared ? null : best;
        }

        /** Whether {@code longer} is {@code shorter} with case endings on its words (округа Колумбия, Округ Колумбия). */
        private static boolean caseFormOf(String longer, String shorter) {
            String[] l = longer.toLowerCase(Locale.ROOT).replace('ё', 'е').split(" ");
            String[] s = shorter.toLowerCase(Locale.ROOT).replace('ё', 'е').split(" ");
            if (l.length != s.length || longer.length() == shorter.length()) {
                return false;
            }
            for (int i = 0; i < l.length; i++) {
                if (!l[i].startsWith(s[i]) || !(l[i].equals(s[i]) || CASE_ENDINGS.contains(l[i].substring(s[i].length())))) {
                    return false; // Джонсон is not Джонс with an ending
                }
            }
            return true;
        }

        private static final Set<String> CASE_ENDINGS = Set.of("а", "я", "у", "ю", "е", "ом", "ем", "ём", "ой", "ей",
                "ы", "и", "ам", "ям", "ами", "ями", "ах", "ях", "ого", "его", "ому", "ему", "ым", "им", "ую");

        /**
         * Whether every version found exactly one word that may write the name, each in the one unit that names it
         * (Nias: نياس, Ниас): two scripts agreeing on the only candidate in each is evidence a chance match lacks.
         */
        boolean soleEverywhere(List<Language> targets) {
            if (targets.size() < 2 || count != 1) {
                return false;
            }
            for (Language l : targets) {
                if (renderings.getOrDefault(l, Map.of()).size() != 1) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every version but {@code language} renders the name in full in each unit it was looked for in. */
        boolean renderedFullyElsewhere(Language language, List<Language> targets) {
            for (Language other : targets) {
                if (other.equals(language)) {
                    continue;
                }
                int[] n = looked.getOrDefault(other, new int[3]);
                if (n[0] == 0 || n[2] < n[0] || !weak.getOrDefault(other, Map.of()).isEmpty()) {
                    return false;
                }
            }
            return targets.size() > 1;
        }

        /**
         * A known translated name, proposed with the forms the targets write (США where the Russian says США,
         * Соединенные Штаты where it says that) when each target writes one in enough of the name's units; the forms
         * are the table's, so no common-word or weak-match doubt applies to them.
         */
        TermCandidate knownCandidate(List<Language> targets) {
            Map<Language, String> best = new LinkedHashMap<>();
            double found = 0;
            double fully = 0;
            for (Language l : targets) {
                int[] n = knownLooked.getOrDefault(l, new int[3]);
                Map<String, Double> rs = knownRenderings.getOrDefault(l, Map.of());
                if (n[0] == 0 || rs.isEmpty() || n[1] < MIN_KNOWN_SHARE * n[0]) {
                    return null;
                }
                String pick = null;
                double most = 0;
                for (Term t : knownAs.terms(l)) { // ties go to the table's order: its usual form first
                    double w = rs.getOrDefault(t.text(), 0.0);
                    if (w > most) {
                        most = w;
                        pick = t.text();
                    }
                }
                if (pick == null) {
                    return null;
                }
                best.put(l, pick);
                found += n[1] / (double) n[0];
                fully += n[2] / (double) n[0];
            }
            int k = Math.max(1, targets.size());
            double confidence = 0.45 * found / k + 0.45 * fully / k + 0.1 * Math.min(1, count / 3.0);
            return new TermCandidate(en, best.get(Language.ARABIC), best.get(Language.RUSSIAN), knownAs.type(),
                    Math.round(confidence * 100) / 100.0, count, List.copyOf(units));
        }

        ConceptType type() {
            for (String w : content) {
                if (shapes.isOrganisationWord(w)) {
                    return ConceptType.ORGANISATION;
                }
            }
            for (String w : content) {
                // a place word (City) or one a translation translates (West Virginia, North Korea)
                if (shapes.isTranslated(w)) {
                    return ConceptType.PLACE;
                }
            }
            if (derivedSeen || placeLike) {
                return ConceptType.PLACE;
            }
            if (withArticle) {
                return ConceptType.ORGANISATION; // a newspaper, a channel, a band: no person is The anyone
            }
            if (titled || (content.size() >= 2 && content.size() <= 4)) {
                return ConceptType.PERSON;
            }
            // one word with nothing to tell: in news a name that every version writes alone is most often a place
            return ConceptType.PLACE;
        }
    }

    /** Gathers one article's names into {@code all}; returns the unit offset for the next article. */
    private int gather(Map<Language, List<AlignedUnit>> article, int offset, Map<String, Gathered> all) {
        Map<Integer, String> english = new java.util.TreeMap<>();
        Map<Language, Map<Integer, String>> beside = new LinkedHashMap<>();
        for (Map.Entry<Language, List<AlignedUnit>> t : article.entrySet()) {
            Map<Integer, String> tg = new HashMap<>();
            for (AlignedUnit u : t.getValue()) {
                String[] parts = u.english().split("\n", -1);
                for (int i = 0; i < u.englishIndices().size(); i++) {
                    int p = u.englishIndices().get(i);
                    if (i < parts.length && !parts[i].isBlank()) {
                        english.putIfAbsent(p, parts[i]);
                    }
                    tg.put(p, u.target());
                }
            }
            beside.put(t.getKey(), tg);
        }
        String allEnglish = String.join("\n", english.values());
        Map<Integer, List<Run>> runs = new LinkedHashMap<>();
        Map<String, Run> byText = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> p : english.entrySet()) {
            List<Run> rs = runs(p.getValue(), allEnglish);
            runs.put(p.getKey(), rs);
            for (Run r : rs) {
                byText.putIfAbsent(r.text(), r);
            }
        }
        Map<String, String> into = mergeTargets(byText.keySet());
        Map<Language, Map<String, Integer>> wordUnits = new HashMap<>();
        Map<String, Gathered> local = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Run>> p : runs.entrySet()) {
            for (Run r : p.getValue()) {
                String key = into.getOrDefault(r.text(), r.text());
                if (key == null || inGlossary(key)) {
                    continue;
                }
                Concept knownAs = known.named(key).orElse(null);
                if (knownAs != null && knownInGlossary(knownAs)) {
                    continue; // the glossary holds it under another English name (US for United States)
                }
                // every English form of a known name gathers into one (US, U.S., United States), named as the table does
                String gatherKey = knownAs == null ? key : "known:" + knownAs.id();
                Gathered g = local.computeIfAbsent(gatherKey, k -> new Gathered(byText.get(key)));
                if (knownAs != null) {
                    // proposed in the English form the article writes most (ISIS, not Islamic State; first on a tie)
                    g.englishForms.merge(key, 1, Integer::sum);
                    g.en = g.englishForms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                }
                g.knownAs = knownAs;
                g.count++;
                g.units.add(offset + p.getKey());
                g.titled |= r.titled();
                // "from Tellis" says nothing of Quinton Tellis: only the name itself after a place's word is a place
                g.placeLike |= r.afterPlaceWord() && r.content().size() == 1 && key.equals(r.text());
                g.derivedSeen |= !key.equals(r.text()) && !byText.get(key).content().isEmpty()
                        && r.content().size() == byText.get(key).content().size();
                for (Map.Entry<Language, Map<Integer, String>> t : beside.entrySet()) {
                    String text = t.getValue().get(p.getKey());
                    if (text != null) {
                        g.unitTexts.computeIfAbsent(t.getKey(), k -> new java.util.HashSet<>()).add(text);
                    }
                }
                Run last = knownAs == null ? surnameOf(byText.get(key), r, byText) : null;
                if (last != null) {
                    Gathered alone = g.surname(last);
                    alone.aloneInEnglish |= r == last;
                    alone.count++;
                    alone.units.add(offset + p.getKey());
                    alone.unitTexts.putAll(g.unitTexts);
                    renderInto(alone, last, beside, p.getKey(), wordUnits);
                }
                if (!key.equals(r.text())) {
                    continue; // a surname alone or a demonym: its rendering is not the full name's
                }
                if (knownAs != null) {
                    lookUpKnown(g, beside, p.getKey());
                }
                renderInto(g, r, beside, p.getKey(), wordUnits);
            }
        }
        List<Gathered> withSurnames = new ArrayList<>(local.values());
        local.values().stream().filter(g -> g.surname != null).forEach(g -> withSurnames.add(g.surname));
        dropWordsOfOtherUnits(withSurnames, beside);
        for (Map.Entry<String, Gathered> e : local.entrySet()) {
            Gathered g = all.get(e.getKey());
            if (g == null) {
                all.put(e.getKey(), e.getValue());
            } else {
                g.absorb(e.getValue());
            }
        }
        return offset + (english.isEmpty() ? 0 : ((java.util.TreeMap<Integer, String>) english).lastKey() + 1);
    }

    /** Looks for the rendering of name {@code r} in each target unit beside English paragraph {@code paragraph}. */
    private void renderInto(Gathered g, Run r, Map<Language, Map<Integer, String>> beside, int paragraph,
                            Map<Language, Map<String, Integer>> wordUnits) {
        for (Map.Entry<Language, Map<Integer, String>> t : beside.entrySet()) {
            String text = t.getValue().get(paragraph);
            int[] n = g.looked.computeIfAbsent(t.getKey(), k -> new int[3]);
            if (text == null || text.isBlank()) {
                continue;
            }
            n[0]++;
            List<Rendering> found = render(r, text, t.getKey(),
                    wordUnits.computeIfAbsent(t.getKey(), l -> unitsOfWords(t.getValue().values())));
            if (!found.isEmpty()) {
                n[1]++;
                n[2] += found.get(0).full() ? 1 : 0;
                for (Rendering x : found) {
                    g.renderings.computeIfAbsent(t.getKey(), k -> new LinkedHashMap<>())
                            .merge(x.form(), (x.full() ? 1.0 : 0.5) / found.size(), Double::sum);
                    g.strengths.computeIfAbsent(t.getKey(), k -> new HashMap<>())
                            .merge(x.form(), x.strength(), Math::max);
                    if (x.weak()) {
                        g.weak.computeIfAbsent(t.getKey(), k -> new HashMap<>()).merge(x.form(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    /**
     * The surname of a person's name, where occurrence {@code r} is the full name or the surname alone standing for
     * it; null for a name of one word, an organisation's or a place's, or another form (a demonym).
     */
    private Run surnameOf(Run full, Run r, Map<String, Run> byText) {
        if (full == null || full.content().size() < 2 || isOrganisationOrPlace(full.text())) {
            return null;
        }
        String last = full.content().get(full.content().size() - 1);
        if (r.text().equals(last)) {
            return r;
        }
        if (!r.text().equals(full.text())) {
            return null;
        }
        Run alone = byText.get(last);
        return alone != null ? alone : new Run(last, List.of(last), List.of(last), false, false);
    }

    /**
     * Tokens that are a word with a short function word glued after it, as Arabic taken from PDFs writes them
     * (دوغالذي: دوغ الذي, Dogg who): token → the word before it. The name is read from that word, and a token that
     * is a name with the function word glued to it is no longer refused as several words run together.
     */
    private static Map<Integer, String> withoutGluedFunctionWord(List<TermToken> tokens, java.util.Optional<GluedWords> glued) {
        if (glued.isEmpty()) {
            return Map.of();
        }
        Map<Integer, String> out = new HashMap<>();
        for (int j = 0; j < tokens.size(); j++) {
            String w = tokens.get(j).text();
            for (String f : glued.get().functionWords()) {
                if (f.length() >= 2 && w.length() >= f.length() + 3 && w.endsWith(f)) {
                    out.put(j, w.substring(0, w.length() - f.length()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * How a token is compared with English word {@code e}: without the function word glued after it ({@code cut},
     * from {@link #withoutGluedFunctionWord}) where that is the better transliteration (not أوكلاهو of أوكلاهوما), or
     * as good and the English ends in a consonant, so the letters cut off render none of it (فريمانفي); else whole.
     */
    private String asRead(String e, String token, String cut, Language language) {
        int cutStrength = cut == null ? 0 : names.strength(e, cut, language);
        if (cutStrength == 0) {
            return token;
        }
        int wholeStrength = names.strength(e, token, language);
        boolean consonantEnd = "aeiouy".indexOf(Character.toLowerCase(e.charAt(e.length() - 1))) < 0;
        return cutStrength > wholeStrength || cutStrength == wholeStrength && consonantEnd ? cut : token;
    }

    /** Whether the token is one of the language's short function words (في, من): never a word of a name. */
    private static boolean functionWord(java.util.Optional<GluedWords> glued, TermToken token) {
        return glued.isPresent() && glued.get().functionWords().contains(token.text());
    }

    /** Each word as written → in how many of the article's target units it stands. */
    private static Map<String, Integer> unitsOfWords(java.util.Collection<String> unitTexts) {
        Map<String, Integer> out = new HashMap<>();
        for (String text : new java.util.HashSet<>(unitTexts)) {
            TermTokenizer.tokenize(text).stream().map(TermToken::text).distinct().forEach(w -> out.merge(w, 1, Integer::sum));
        }
        return out;
    }

    /**
     * A one-word rendering the target writes in more of the article's units without the English name than with it
     * is a word of the language, not the name's rendering (قال said, فريق team, منطقة region), whatever its letters.
     */
    private static void dropWordsOfOtherUnits(java.util.Collection<Gathered> gathered,
                                              Map<Language, Map<Integer, String>> beside) {
        for (Map.Entry<Language, Map<Integer, String>> t : beside.entrySet()) {
            Language l = t.getKey();
            BaseForms forms = LanguageProfile.of(l).baseForms();
            Map<String, Set<String>> unitsOf = new HashMap<>();
            for (String text : new java.util.HashSet<>(t.getValue().values())) {
                for (TermToken tok : TermTokenizer.tokenize(text)) {
                    for (String f : forms.of(tok.text())) {
                        unitsOf.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(text);
                    }
                }
            }
            for (Gathered g : gathered) {
                Map<String, Double> rs = g.renderings.get(l);
                if (rs == null) {
                    continue;
                }
                Set<String> mine = g.unitTexts.getOrDefault(l, Set.of());
                for (String form : rs.keySet()) {
                    if (form.indexOf(' ') >= 0) {
                        continue;
                    }
                    int with = 0;
                    int without = 0;
                    for (String u : unitsOf.getOrDefault(form, Set.of())) {
                        if (mine.contains(u)) {
                            with++;
                        } else {
                            without++;
                        }
                    }
                    if (without > with) {
                        g.common.computeIfAbsent(l, k -> new java.util.HashSet<>()).add(form);
                    }
                }
            }
        }
    }

    /**
     * Which names stand for another: a surname alone for the one full name of two or more words it ends (several
     * people sharing it: for none), a demonym or adjective for its place (Indonesian for Indonesia).
     */
    private Map<String, String> mergeTargets(Set<String> texts) {
        Map<String, String> into = new HashMap<>();
        for (String t : texts) {
            if (t.indexOf(' ') >= 0 || known.named(t).isPresent()) {
                continue; // a name Triptych knows is no one's surname (Indonesia of Air Navigation Indonesia)
            }
            // a place's side is no given name (Manhattan of Lower Manhattan is the place itself)
            List<String> fulls = texts.stream().filter(f -> f.endsWith(" " + t) && !isOrganisationOrPlace(f)
                    && !SIDES.contains(f.substring(0, f.indexOf(' ')).toLowerCase(Locale.ROOT))).toList();
            if (fulls.size() == 1) {
                into.put(t, fulls.get(0));
            } else if (fulls.size() > 1) {
                into.put(t, null); // Vann: Bernard, Michael or James
            }
        }
        for (String base : texts) {
            for (String d : LanguageProfile.of(Language.ENGLISH).derivedForms().of(base)) {
                if (texts.contains(d) && !d.equals(base)) {
                    into.put(d, base);
                }
            }
        }
        return into;
    }

    private boolean isOrganisationOrPlace(String text) {
        for (String w : text.split(" ")) {
            if (shapes.isOrganisationWord(w) || shapes.isPlaceWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms of a known name each target unit beside English paragraph {@code paragraph} writes: the name itself
     * (Китае, للصين) or a word derived from it (китайский, الصينية), which shows the translator rendered it there
     * but weighs half.
     */
    private void lookUpKnown(Gathered g, Map<Language, Map<Integer, String>> beside, int paragraph) {
        for (Map.Entry<Language, Map<Integer, String>> t : beside.entrySet()) {
            String text = t.getValue().get(paragraph);
            if (text == null || text.isBlank()) {
                continue;
            }
            int[] n = g.knownLooked.computeIfAbsent(t.getKey(), k -> new int[3]);
            n[0]++;
            List<TermMatch> found = known.find(g.knownAs, t.getKey(), text);
            if (found.isEmpty()) {
                continue;
            }
            n[1]++;
            boolean itself = found.stream().anyMatch(m -> !m.derived());
            n[2] += itself ? 1 : 0;
            for (TermMatch m : found) {
                // a related form (лейбористы) shows the name; the glossary gets the name (Лейбористская партия)
                String form = m.term().derived() ? KnownNames.entryForm(g.knownAs, t.getKey()) : m.term().text();
                g.knownRenderings.computeIfAbsent(t.getKey(), k -> new LinkedHashMap<>())
                        .merge(form, m.derived() ? 0.5 : 1.0, Double::sum);
            }
        }
    }

    /** Whether the glossaries given hold a known name by any of its English forms. */
    private boolean knownInGlossary(Concept knownAs) {
        for (Term t : knownAs.terms(Language.ENGLISH)) {
            if (inGlossary(t.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean inGlossary(String english) {
        for (TermMatch m : glossary.find(Language.ENGLISH, english)) {
            if (!m.possible() && m.end() - m.start() >= english.length() - 1) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- names in English

    /** The names of one English paragraph, titles and leading small words cut off. */
    private List<Run> runs(String text, String article) {
        List<TermToken> tokens = dottedAcronyms(text, TermTokenizer.tokenize(text));
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            // extend over capitalised words and, between them, connectors; only a space or a hyphen between
            while (j + 1 < tokens.size() && joined(text, tokens.get(j), tokens.get(j + 1))
                    && (capitalised(tokens.get(j + 1)) || hyphenedPart(text, tokens.get(j), tokens.get(j + 1))
                    || middleInitial(text, tokens, j + 1, article)
                    || (shapes.isConnector(tokens.get(j + 1).text())
                    && j + 2 < tokens.size() && capitalised(tokens.get(j + 2))
                    && joined(text, tokens.get(j + 1), tokens.get(j + 2))))) {
                j++;
            }
            split(text, tokens, i, j, article, out);
            i = j + 1;
        }
        return out;
    }

    /**
     * The English article a title keeps (The Sunday Telegraph, The Hill): capitalised inside a sentence, before a
     * capitalised word. At a sentence's start it cannot be told from the sentence's own "The".
     */
    private static final String TITLE_ARTICLE = "The";

    /** How a target writes a title's article where it keeps it: Arabic ذا (ذا هيل), a Latin copy's The. */
    private static final Set<String> ARTICLE_WRITTEN = Set.of("ذا", "The");

    private static boolean titleArticle(String text, List<TermToken> tokens, int a, int b) {
        return a < b && tokens.get(a).text().equals(TITLE_ARTICLE) && !sentenceStart(text, tokens.get(a))
                && capitalised(tokens.get(a + 1));
    }

    /** The first token of a rendering starting at {@code lo}: the article before it where the name has one. */
    private static int withArticle(Run r, String text, List<TermToken> tokens, int lo) {
        boolean titled = r.words().size() > r.content().size() && r.words().get(0).equals(TITLE_ARTICLE);
        if (titled && lo > 0 && ARTICLE_WRITTEN.contains(tokens.get(lo - 1).text()) && together(text, tokens, lo - 1, lo)) {
            return lo - 1;
        }
        return lo;
    }

    /** Capital letters each followed by a full stop (U.S., U.N.) as one word, written so: a name a table may know. */
    private static List<TermToken> dottedAcronyms(String text, List<TermToken> tokens) {
        List<TermToken> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && dottedLetter(text, tokens.get(j))
                    && (j == i || tokens.get(j).start() == tokens.get(j - 1).end() + 1)) {
                j++;
            }
            if (j - i >= 2) {
                int start = tokens.get(i).start();
                int end = tokens.get(j - 1).end() + 1;
                out.add(new TermToken(start, end, text.substring(start, end)));
                i = j;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean dottedLetter(String text, TermToken t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && t.end() < text.length()
                && text.charAt(t.end()) == '.';
    }

    /** A run of capitalised words cut at titles (U.S. President Donald Trump: Donald Trump). */
    private void split(String text, List<TermToken> tokens, int from, int to, String article, List<Run> out) {
        int start = from;
        boolean titled = false;
        for (int k = from; k <= to + 1; k++) {
            // a title word after a name's small word is the name's (Department of Justice, Ministry of Defence), and
            // so is one before an organisation's word (Defense Department, Health Ministry)
            boolean cut = k > to || shapes.isTitle(tokens.get(k).text())
                    && !(k > from && shapes.isConnector(tokens.get(k - 1).text()))
                    && !(k < to && shapes.isOrganisationWord(tokens.get(k + 1).text()))
                    && !(k + 1 == to && PEERAGE.contains(tokens.get(k).text()));
            if (!cut) {
                continue;
            }
            int a = start;
            int b = k - 1;
            while (a <= b && (shapes.isConnector(tokens.get(a).text()) || shapes.isNotName(tokens.get(a).text()))
                    && !titleArticle(text, tokens, a, b)) {
                a++;
            }
            while (b >= a && (shapes.isConnector(tokens.get(b).text()) || (b > a && shapes.isAfterName(tokens.get(b).text())))) {
                b--;
            }
            // a sentence's first word before a name is a word of the sentence (Getting Washington, Analyst Paul
            // Rowlett): a verb form, or a word the article writes in lower case elsewhere
            if (b > a && sentenceStart(text, tokens.get(a)) && commonAtStart(tokens.get(a).text(), article)) {
                if (capitalised(tokens.get(a + 1))) {
                    a++;
                } else if (b > a + 1 && shapes.isConnector(tokens.get(a + 1).text()) && capitalised(tokens.get(a + 2))) {
                    a += 2; // Scheduled for Wesbanco Arena
                }
            }
            if (a <= b) {
                Run r = run(text, tokens, a, b, titled, article);
                if (r != null) {
                    out.add(r);
                    if (b > a) {
                        subNames(text, tokens, a, b, article, out);
                    }
                }
            }
            titled = k <= to;
            start = k + 1;
        }
    }

    /**
     * The names inside a longer one, each a name of its own too: a name Triptych knows (Indonesia in Air Navigation
     * Indonesia, Scotland in NHS Scotland), the place a side of it is named after (Manhattan in Lower Manhattan,
     * Sumatra in West Sumatra), the place before an administrative word (Nias in Nias Island, Qinghai in Qinghai
     * Province); only in a name of two words for the last two.
     */
    private void subNames(String text, List<TermToken> tokens, int a, int b, String article, List<Run> out) {
        Set<String> seen = new java.util.HashSet<>();
        out.forEach(r -> seen.add(r.text()));
        Concept whole = known.named(text.substring(tokens.get(a).start(), tokens.get(b).end())).orElse(null);
        for (int i = a; i <= b; i++) {
            // after "of" a name is the longer name's own part (England in Bank of England)
            if (i > a && shapes.isConnector(tokens.get(i - 1).text())) {
                continue;
            }
            for (int j = b; j >= i; j--) {
                if (i == a && j == b || i == j && shapes.isTranslated(tokens.get(i).text())) {
                    continue;
                }
                String span = text.substring(tokens.get(i).start(), tokens.get(j).end());
                Concept inside = known.named(span).orElse(null);
                if (inside != null && inside != whole && seen.add(span)) {
                    Run r = run(text, tokens, i, j, false, article);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        if (b != a + 1) {
            return; // West Side Highway is not West and Side Highway
        }
        if (SIDES.contains(tokens.get(a).text().toLowerCase(Locale.ROOT)) && capitalised(tokens.get(b))
                && !shapes.isTranslated(tokens.get(b).text())) {
            addSub(text, tokens, b, b, article, out, seen); // not Park of Central Park, not States of United States
        }
        // an island or a province is its place's name with the kind of place added; a city, a park or a bridge is
        // another thing than the name it bears (Kansas City, Stamford Bridge)
        if (ADMINISTRATIVE.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) {
            addSub(text, tokens, a, a, article, out, seen);
        }
    }

    /** Words that name a part of a place (Lower Manhattan, West Sumatra): the place is named on its own too. */
    private static final Set<String> SIDES = Set.of("north", "south", "east", "west", "central", "northern", "southern",
            "eastern", "western", "upper", "lower", "greater", "inner", "outer");

    private static final Set<String> ADMINISTRATIVE = Set.of("island", "islands", "province", "county", "region",
            "district", "prefecture", "governorate");

    private void addSub(String text, List<TermToken> tokens, int a, int b, String article, List<Run> out, Set<String> seen) {
        String span = text.substring(tokens.get(a).start(), tokens.get(b).end());
        if (seen.add(span)) {
            Run r = run(text, tokens, a, b, false, article);
            if (r != null) {
                out.add(r);
            }
        }
    }

    private Run run(String text, List<TermToken> tokens, int a, int b, boolean titled, String article) {
        List<String> words = new ArrayList<>();
        List<String> content = new ArrayList<>();
        for (int k = a; k <= b; k++) {
            String w = tokens.get(k).text();
            words.add(w);
            if (!shapes.isConnector(w) && !(k == a && w.equals(TITLE_ARTICLE))) {
                content.add(w);
            }
        }
        String surface = text.substring(tokens.get(a).start(), tokens.get(b).end());
        if (a == 0 && b == 0 && dateline(text, tokens.get(0))) {
            // MUSCAT, Nov 28 (Reuters): a dateline's city in capitals is a name, not an acronym
            surface = surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT);
            words = List.of(surface);
            content = List.of(surface);
        }
        if (content.isEmpty() || content.stream().allMatch(shapes::isNotName)) {
            return null;
        }
        if (content.size() == 1) {
            String w = content.get(0);
            // Americans, Kurdish, American: a people or an adjective, proposed with its place when that is named
            if ((shapes.looksLikeDemonym(w) || isTableDemonym(w)) && known.named(w).isEmpty()) {
                return null; // unless the name itself is one Triptych knows (Republicans: the Republican Party)
            }
            // a common word capitalised at a sentence's start (Three-times, Earlier): written in lower case elsewhere,
            // or a verb form there (According), unless it is a name Triptych knows (Wyoming, Beijing)
            if (w.length() < 2 || containsLowerCase(article, w)
                    || sentenceStart(text, tokens.get(a)) && commonAtStart(w, article) && known.named(w).isEmpty()) {
                return null;
            }
        }
        boolean afterPlaceWord = a > 0 && shapes.isPlaceBefore(tokens.get(a - 1).text());
        return new Run(surface, words, content, titled, afterPlaceWord);
    }

    /** A paragraph's first word in capitals before a comma (LONDON, ...): a news dateline's city. */
    private static boolean dateline(String text, TermToken first) {
        String w = first.text();
        return w.length() >= 4 && isAcronym(w) && w.chars().allMatch(Character::isLetter)
                && text.substring(0, first.start()).isBlank() && first.end() < text.length()
                && text.charAt(first.end()) == ',';
    }

    /** A demonym the English table gives for some place (American, British, Welsh). */
    private static boolean isTableDemonym(String word) {
        return DEMONYMS.contains(word);
    }

    private static final Set<String> DEMONYMS = tableDemonyms();

    private static Set<String> tableDemonyms() {
        Set<String> out = new java.util.HashSet<>();
        for (String place : List.of("United States", "United Kingdom", "Britain", "England", "Scotland", "Wales",
                "Ireland", "France", "Spain", "Germany", "China", "Japan", "Turkey", "Greece", "Netherlands", "Poland",
                "Europe", "Soviet Union", "Israel", "Iraq", "Pakistan", "Saudi Arabia", "Yemen")) {
            out.addAll(LanguageProfile.of(Language.ENGLISH).derivedForms().of(place));
        }
        return out;
    }

    /** Whether the token opens a paragraph or a sentence (after . ! ? : and any quotes or brackets). */
    private static boolean sentenceStart(String text, TermToken token) {
        for (int i = token.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'“‘«(".indexOf(c) >= 0) {
                continue;
            }
            return ".!?:".indexOf(c) >= 0;
        }
        return true;
    }

    /** A capitalised first word that is no name: a verb form in -ing or -ed, or one the article writes in lower case. */
    private static boolean commonAtStart(String word, String article) {
        String w = word.toLowerCase(Locale.ROOT);
        return (w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed"))) || containsLowerCase(article, word);
    }

    private static boolean containsLowerCase(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word)) {
            return false;
        }
        for (TermToken t : TermTokenizer.tokenize(text)) {
            if (t.text().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(TermToken t) {
        String s = t.text();
        return s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && (Character.isLetter(s.charAt(1)) || s.charAt(1) == '.');
    }

    /** Kim Jong-un, Byeong-seug: a lower-case part joined by a hyphen to a capitalised one. */
    private static boolean hyphenedPart(String text, TermToken a, TermToken b) {
        return text.substring(a.end(), b.start()).equals("-") && Character.isUpperCase(a.text().charAt(0))
                && Character.isLetter(b.text().charAt(0));
    }

    private static boolean joined(String text, TermToken a, TermToken b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals("-") || gap.equals("\u00A0")
                || gap.equals(". ") && (ABBREVIATED_PLACE_WORDS.contains(a.text()) // St. Louis, Mt. Everest
                || a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0))); // George W. Bush
    }

    /**
     * Whether token {@code k} is a middle initial: one capital letter, a full stop, then the name goes on with a word
     * that is no sentence's first (George W. Bush; not Plan B. Then).
     */
    private static boolean middleInitial(String text, List<TermToken> tokens, int k, String article) {
        TermToken t = tokens.get(k);
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && k + 1 < tokens.size()
                && text.startsWith(". ", t.end()) && tokens.get(k + 1).start() == t.end() + 2
                && capitalised(tokens.get(k + 1)) && !commonAtStart(tokens.get(k + 1).text(), article);
    }

    /** An initial as a version writes it: one capital letter, or Russian Дж (J), Ш (Sh) and the like. */
    private static boolean initial(String token) {
        return !token.isEmpty() && token.length() <= 2 && Character.isUpperCase(token.charAt(0))
                && (token.length() == 1 || Character.isLowerCase(token.charAt(1)));
    }

    /** Words of a place's name American news abbreviates with a full stop: Saint, Mount, Fort. */
    private static final Set<String> ABBREVIATED_PLACE_WORDS = Set.of("St", "Mt", "Ft");

    // ---------------------------------------------------------------- renderings

    /** A rendering found in one unit, as a glossary would hold it; full: every word transliterated. */
    /** A rendering found in one unit; {@code strength}: how closely its words write the name's (NameTransliteration). */
    private record Rendering(String form, boolean full, boolean weak, int strength) {
        Rendering(String form, boolean full, boolean weak) {
            this(form, full, weak, 0);
        }
    }

    /** Consonant classes a one-word match needs to count alone; a weaker one must recur in another unit. */
    private static final int STRONG_CLASSES = 3;

    /**
     * The renderings of a name in one target unit: for a one-word name every word that transliterates it (each a
     * share of the vote, so the one that recurs over the units wins); for a longer name the nearest window in which
     * its words find their transliterations, where one word may be one translations translate (West, University):
     * the window then takes the word beside it, before or after as the language orders a name's modifier.
     */
    private List<Rendering> render(Run r, String text, Language language, Map<String, Integer> wordUnits) {
        List<Rendering> found = transliterated(r, text, language, wordUnits);
        // a guessed word beside the transliterated ones (West Virginia's West) gives way to one found by its meaning
        if ((found.isEmpty() || !found.get(0).full()) && r.content().size() >= 2) {
            List<Rendering> composed = composed(r, text, TermTokenizer.tokenize(text), language);
            if (!composed.isEmpty()) {
                return composed;
            }
        }
        return found;
    }

    /**
     * A name some of whose words the target translates (Europa League: دوري أوروبا, Лига Европы; Scottish
     * Government: الحكومة الأسكتلندية, Правительство Шотландии; Hurricane Rosa: إعصار روزا): each English word found
     * by its transliteration, as a name Triptych knows or one derived from it, or by its translation
     * ({@link NameWords}), all within a window of the words' number and one more, in any order (a translation
     * reorders); at least one word must be a name, not a translated word, so an ordinary phrase is never proposed.
     */
    private List<Rendering> composed(Run r, String text, List<TermToken> tokens, Language language) {
        int n = r.content().size();
        java.util.Optional<GluedWords> glued = LanguageProfile.of(language).gluedWords();
        List<Map<Integer, String>> at = new ArrayList<>(); // per English word: token → the form written there
        Map<Integer, String> entries = new HashMap<>(); // a translated word's dictionary form (парк for парка)
        Map<Integer, Integer> spans = new HashMap<>(); // an acronym spelt out letter by letter: its words
        Map<Integer, String> gluedAfter = withoutGluedFunctionWord(tokens, glued);
        Map<Integer, String> unglued = new HashMap<>(); // a name's word read without a function word glued after it
        boolean named = false;
        boolean meant = false; // some word found by its meaning (a translation reorders)
        for (String e : r.content()) {
            Map<Integer, String> js = new LinkedHashMap<>();
            Concept knownName = known.namedOrDerivedFrom(e).orElse(null);
            for (int j = 0; j < tokens.size(); j++) {
                String w = tokens.get(j).text();
                java.util.Optional<String> translated = nameWords.translation(e, w, language);
                if (translated.isPresent()) {
                    js.put(j, translated.get());
                    String entry = nameWords.entryForm(e, w, language);
                    if (!entry.equals(w)) {
                        entries.put(j, entry);
                    }
                    meant = true;
                    continue;
                }
                if (knownName != null) {
                    List<TermMatch> ms = known.find(knownName, language, w);
                    if (!ms.isEmpty()) {
                        js.put(j, w.substring(Math.min(w.length(), ms.get(0).prefix().length())));
                        named = true;
                        meant = true;
                        continue;
                    }
                }
                if (isAcronym(e)) {
                    if (w.equals(e)) {
                        js.put(j, w); // the acronym as the English writes it (CBC in a Russian text)
                        named = true;
                    } else if (!LanguageProfile.of(language).hasLetterCase()) {
                        List<Rendering> spelt = spelledOut(e, text, tokens.subList(j, Math.min(tokens.size(),
                                j + e.length() + 1)));
                        if (!spelt.isEmpty() && ArabicLetterNames.names(e.charAt(0), w)) {
                            js.put(j, spelt.get(0).form()); // سي بي سي: its letters, one word each
                            spans.put(j, e.length());
                            named = true;
                        }
                    }
                } else {
                    // transliterated (a translated word too: Arabic writes News of a channel's name as نيوز), read
                    // without a function word glued after it where that is the better reading (حدائق إينفيريويفي)
                    String read = asRead(e, w, gluedAfter.get(j), language);
                    if (paired(e, read, 2, LanguageProfile.of(language).hasLetterCase(), glued, language)) {
                        js.put(j, null);
                        if (!read.equals(w)) {
                            unglued.put(j, read);
                        }
                        named |= !shapes.isTranslated(e);
                    }
                }
            }
            if (js.isEmpty()) {
                return List.of();
            }
            at.add(js);
        }
        if (!named) {
            return List.of();
        }
        int bestLo = -1;
        int bestHi = Integer.MAX_VALUE / 2;
        int[] bestPick = null;
        for (Map<Integer, String> js : at) {
            for (int anchor : js.keySet()) {
                int[] pick = new int[n];
                int lo = anchor;
                int hi = anchor;
                Set<Integer> used = new java.util.HashSet<>();
                boolean ok = true;
                int extra = 0;
                for (int k = 0; k < n && ok; k++) {
                    int p = -1;
                    for (int j : at.get(k).keySet()) {
                        if (!used.contains(j) && (p < 0 || Math.abs(j - anchor) < Math.abs(p - anchor))) {
                            p = j;
                        }
                    }
                    ok = p >= 0;
                    if (ok) {
                        used.add(p);
                        pick[k] = p;
                        lo = Math.min(lo, p);
                        hi = Math.max(hi, p + spans.getOrDefault(p, 1) - 1);
                        extra += spans.getOrDefault(p, 1) - 1;
                    }
                }
                // without a word found by its meaning it is a transliterated name: its words keep their order
                // (المرشح باتريك is not Patrick Morrisey)
                if (ok && (meant || inEnglishOrder(pick)) && hi - lo + 1 <= n + 1 + extra && together(text, tokens, lo, hi)
                        && hi - lo < bestHi - bestLo) {
                    bestLo = lo;
                    bestHi = hi;
                    bestPick = pick;
                }
            }
        }
        if (bestPick == null) {
            return List.of();
        }
        String[] english = new String[tokens.size()];
        Map<Integer, String> written = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String form = at.get(k).get(bestPick[k]);
            if (form == null) {
                english[bestPick[k]] = r.content().get(k);
                if (unglued.containsKey(bestPick[k])) {
                    written.put(bestPick[k], unglued.get(bestPick[k]));
                }
            } else if (spans.containsKey(bestPick[k])) {
                continue; // the letters as written
            } else if (bestPick[k] == bestLo) {
                written.put(bestPick[k], form); // inside the name a preposition is the name's (الاتحاد الأمريكي للحريات)
            }
        }
        return List.of(new Rendering(baseForm(text, tokens, bestLo, bestHi, english, written, entries, language), true,
                false));
    }

    private List<Rendering> transliterated(Run r, String text, Language language, Map<String, Integer> wordUnits) {
        List<TermToken> tokens = TermTokenizer.tokenize(text);
        int n = r.content().size();
        boolean cased = LanguageProfile.of(language).hasLetterCase();
        java.util.Optional<GluedWords> glued = LanguageProfile.of(language).gluedWords();
        Map<Integer, String> gluedAfter = withoutGluedFunctionWord(tokens, glued);
        Map<Integer, String> unglued = new HashMap<>(); // the tokens read without a glued function word
        Map<Integer, String> split = new HashMap<>(); // a word's first syllable → the word its syllables write
        List<List<Integer>> at = new ArrayList<>();
        boolean any = false;
        for (String e : r.content()) {
            List<Integer> js = new ArrayList<>();
            boolean acronym = isAcronym(e);
            for (int j = 0; j < tokens.size(); j++) {
                String w = acronym ? tokens.get(j).text() : asRead(e, tokens.get(j).text(), gluedAfter.get(j), language);
                if (!w.equals(tokens.get(j).text())) {
                    unglued.put(j, w);
                }
                if (acronym ? w.equalsIgnoreCase(e) : paired(e, w, n == 1 ? 2 : 1, cased, glued, language)) {
                    js.add(j);
                }
            }
            if (n >= 2 && !acronym && !cased) {
                syllables(e, text, tokens, language, js, split);
            }
            any |= !js.isEmpty();
            at.add(js);
        }
        Map<Integer, String> readAs = new HashMap<>(unglued); // what each picked token is compared as
        readAs.putAll(split);
        if (!any && n == 1 && isAcronym(r.content().get(0)) && !cased) {
            return spelledOut(r.content().get(0), text, tokens);
        }
        if (n == 2 && glued.isPresent()) {
            List<Rendering> inOne = gluedPair(r.content(), tokens, language);
            if (!inOne.isEmpty()) {
                return inOne;
            }
        }
        if (!any) {
            return List.of();
        }
        if (n == 1) {
            List<Rendering> out = new ArrayList<>();
            for (int j : at.get(0)) {
                String[] english = new String[tokens.size()];
                english[j] = r.content().get(0);
                // the English word itself, as Russian often keeps a brand (YouTube, Apple), is no chance match
                String w = unglued.getOrDefault(j, tokens.get(j).text());
                boolean weak = !isAcronym(r.content().get(0)) && !w.equals(r.content().get(0))
                        && names.strength(r.content().get(0), w, language) < STRONG_CLASSES;
                int from = withArticle(r, text, tokens, j);
                out.add(new Rendering(text.substring(tokens.get(from).start(), tokens.get(j).start())
                        + baseForm(text, tokens, j, j, english, unglued, Map.of(), language), !weak, weak,
                        isAcronym(r.content().get(0)) ? STRONG_CLASSES
                                : names.strength(r.content().get(0), w, language)));
            }
            return out;
        }
        int bestCount = 0;
        int bestLo = 0;
        int bestHi = 0;
        int bestClasses = 0;
        int[] bestPick = null;
        for (List<Integer> js : at) {
            for (int anchor : js) {
                int[] pick = new int[n];
                int count = 0;
                int lo = Integer.MAX_VALUE;
                int hi = -1;
                for (int k = 0; k < n; k++) {
                    pick[k] = -1;
                    for (int j : at.get(k)) {
                        if (Math.abs(j - anchor) <= n && together(text, tokens, Math.min(j, anchor), Math.max(j, anchor))
                                && (pick[k] < 0 || Math.abs(j - anchor) < Math.abs(pick[k] - anchor))) {
                            pick[k] = j;
                        }
                    }
                    if (pick[k] >= 0) {
                        count++;
                        lo = Math.min(lo, pick[k]);
                        hi = Math.max(hi, pick[k] + (split.containsKey(pick[k]) ? 1 : 0));
                    }
                }
                if (!inEnglishOrder(pick)) {
                    continue; // المرشح باتريك for Patrick Morrisey: a transliterated name keeps its words' order
                }
                // as many words found: the window whose words follow the name more closely (أليفا for Alleva, not
                // ووجه for Joe), then the narrower
                int classes = classesOf(r, pick, tokens, readAs, language);
                if (count > bestCount || (count == bestCount && (classes > bestClasses
                        || classes == bestClasses && hi - lo < bestHi - bestLo))) {
                    bestCount = count;
                    bestLo = lo;
                    bestHi = hi;
                    bestClasses = classes;
                    bestPick = pick;
                }
            }
        }
        if (bestPick == null) {
            return List.of();
        }
        int classes = bestClasses;
        if (classes < STRONG_CLASSES) {
            return List.of(); // New York: York alone has Eric's two classes (إريك), too little to build on
        }
        boolean full = bestCount == n;
        int lo = bestLo;
        int hi = bestHi;
        Set<Integer> middles = new java.util.HashSet<>();
        int guessed = -1; // the word taken beside the others for a translated one (West of West Virginia), and it
        String guessedWord = null;
        if (!full && framedMiddle(bestPick, lo, hi)) {
            // a middle name no skeleton follows (Lee in Deborra-Lee Furness: لي) between two that matched, each
            // missing word one word of the window: the name is there whole
            full = true;
            int gap = lo;
            for (int k = 0; k < n; k++) {
                if (bestPick[k] < 0) {
                    while (contains(bestPick, gap)) {
                        gap++;
                    }
                    bestPick[k] = gap;
                    middles.add(gap); // kept as written: inside a name no letter is a clitic (لاسي)
                }
            }
        }
        if (!full) {
            int missing = -1;
            for (int k = 0; k < n; k++) {
                if (bestPick[k] < 0) {
                    if (missing >= 0 || !(shapes.isTranslated(r.content().get(k)) || k == 0)) {
                        return List.of(); // more than one word, or a name's own word, without its transliteration
                    }
                    missing = k;
                }
            }
            if (!shapes.isTranslated(r.content().get(missing))) {
                // a given name no skeleton follows (Hugh, Joe: mostly vowels; Sutopo misspelt سبوتو) before the
                // rest of the name that matched well: the word just before it, if it can be a name there
                // (capitalised; in Arabic, written nowhere else in the article, which a common word such as قال
                // would be)
                int j = bestPick[1] - 1;
                if (j < 0 || !together(text, tokens, j, j + 1) || classes < STRONG_CLASSES
                        || hi - j + 1 > n + 1 + syllableWords(bestPick, split)
                        || (cased ? !Character.isUpperCase(tokens.get(j).text().charAt(0))
                        : wordUnits.getOrDefault(tokens.get(j).text(), 0) > 1
                        || !ArabicNameInitials.mayBegin(r.content().get(0), tokens.get(j).text()))) {
                    return List.of();
                }
                String[] english = new String[tokens.size()];
                english[j] = r.content().get(0);
                for (int k = 1; k < n; k++) {
                    english[bestPick[k]] = r.content().get(k);
                }
                return List.of(new Rendering(baseForm(text, tokens, j, hi, english, language), false, false, classes));
            }
            boolean before = false;
            for (int k = missing + 1; k < n; k++) {
                before |= bestPick[k] >= 0;
            }
            // English "West Virginia": the missing word comes first; Russian keeps the order, Arabic reverses it
            boolean left = before != LanguageProfile.of(language).writesHeadFirst();
            if (left && lo > 0 && together(text, tokens, lo - 1, lo) && !functionWord(glued, tokens.get(lo - 1))) {
                lo--;
                guessed = lo;
            } else if (!left && hi + 1 < tokens.size() && together(text, tokens, hi, hi + 1)
                    && !functionWord(glued, tokens.get(hi + 1))) {
                hi++;
                guessed = hi;
            } else {
                return List.of();
            }
            guessedWord = r.content().get(missing);
        }
        if (hi - lo + 1 > n + 1 + syllableWords(bestPick, split)) {
            return List.of(); // words between the name's words: not one name
        }
        // the English word each target word renders, for choosing its base form
        String[] english = new String[tokens.size()];
        for (int k = 0; k < n; k++) {
            if (bestPick[k] >= 0 && !middles.contains(bestPick[k])) {
                english[bestPick[k]] = r.content().get(k);
            }
        }
        if (guessed >= 0) {
            english[guessed] = guessedWord; // its entry form is the translated word's (парка beside Park: парк)
        }
        int from = withArticle(r, text, tokens, lo);
        return List.of(new Rendering(text.substring(tokens.get(from).start(), tokens.get(lo).start())
                + baseForm(text, tokens, lo, hi, english, unglued, Map.of(), language), full, false, classes));
    }

    /**
     * Whether a target word may write the English name word: it transliterates it; in a script with capitals it has
     * one (Трамп; a lower-case word is a common one); it is not several words run together, as Arabic taken from
     * PDFs writes them (هارينغتونيهاجم: longer than the English with an article and two clitics; لندنفي: a short
     * word glued after the name).
     */
    private boolean paired(String english, String word, int minClasses, boolean cased,
                           java.util.Optional<GluedWords> glued, Language language) {
        if (cased && !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (glued.isPresent() && word.length() > english.length() + 4) {
            return false;
        }
        int strength = names.strength(english, word, language);
        if (strength < minClasses) {
            return false;
        }
        if (glued.isPresent()) {
            // لندنفي: the name with a short word glued after it, when what stands before that word is the name as
            // well (فريمان is not فري with ان after it: the whole word follows more of the name)
            for (String f : glued.get().functionWords()) {
                if (word.length() > f.length() + 2 && word.endsWith(f)
                        && names.strength(english, word.substring(0, word.length() - f.length()), language)
                        >= Math.max(minClasses, strength)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * An English word in capitals (NTS, FBI): letters read one by one, which no consonant skeleton follows; only the
     * same letters written in the target pair with it (CNN in a Russian text).
     */
    static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An acronym that Arabic spells out letter by letter (CNN: سي إن إن, HBO: إتش بي أو): the words in a row that
     * name its letters, the first one perhaps behind a one-letter proclitic (وسي إن إن).
     */
    private static List<Rendering> spelledOut(String acronym, String text, List<TermToken> tokens) {
        int k = acronym.length();
        for (int j = 0; j + k <= tokens.size(); j++) {
            if (!together(text, tokens, j, j + k - 1)) {
                continue;
            }
            String first = tokens.get(j).text();
            if (!ArabicLetterNames.names(acronym.charAt(0), first)) {
                String bare = first.length() > 2 && "وفبل".indexOf(first.charAt(0)) >= 0 ? first.substring(1) : first;
                if (!ArabicLetterNames.names(acronym.charAt(0), bare)) {
                    continue;
                }
                first = bare;
            }
            boolean all = true;
            for (int i = 1; i < k && all; i++) {
                all = ArabicLetterNames.names(acronym.charAt(i), tokens.get(j + i).text());
            }
            // a letter name after the last would make it another acronym's spelling (سي إن إن إس)
            // (unless that word is a common one too: في, in, is also V)
            if (all && (j + k == tokens.size() || !together(text, tokens, j + k - 1, j + k)
                    || !ArabicLetterNames.isLetterName(tokens.get(j + k).text())
                    || functionWord(LanguageProfile.of(Language.ARABIC).gluedWords(), tokens.get(j + k)))) {
                StringBuilder sb = new StringBuilder(first);
                for (int i = 1; i < k; i++) {
                    sb.append(' ').append(tokens.get(j + i).text());
                }
                return List.of(new Rendering(sb.toString(), true, false));
            }
        }
        return List.of();
    }

    /**
     * A two-word name written as one word, as Arabic taken from PDFs loses its spaces (بولباريرا for Paul Barreira):
     * a cut of one token into two parts that transliterate the two English words in their order, together with
     * three consonant classes or more, each part with two. The rendering is written with the space put back.
     */
    /** Letters of the words that may be glued before a name written without its spaces (قال, في, قام). */
    private static final int GLUED_BEFORE = 4;

    private List<Rendering> gluedPair(List<String> english, List<TermToken> tokens, Language language) {
        for (TermToken t : tokens) {
            String w = t.text();
            if (w.length() < english.get(0).length() + english.get(1).length() - 4) {
                continue;
            }
            // the name may follow a short word glued before it too (قالبولباريرا: said Paul Barreira, never ال cut out
            // of قال); the cut whose parts share the most classes with the English wins, the first found on a tie:
            // the longest given name (تشارلز, not شارلز) and the earliest cut (the skeletons let a part run on:
            // شارلزسزي is still Charles)
            int best = 0;
            String pair = null;
            for (int from = 0; from <= Math.min(GLUED_BEFORE, w.length() - 4); from++) {
                for (int cut = from + 2; cut <= w.length() - 2; cut++) {
                    int a = names.strength(english.get(0), w.substring(from, cut), language);
                    int b = a < 2 ? 0 : names.strength(english.get(1), w.substring(cut), language);
                    if (a >= 2 && b >= 2 && a + b >= STRONG_CLASSES + 1 && a + b > best
                            && !(from > 0 && w.startsWith("ال", from))) {
                        best = a + b;
                        // a proclitic the cut kept (لبول of قالبول) goes as it goes from any first word
                        pair = LanguageProfile.of(language).baseForms().beside(w.substring(from, cut), english.get(0),
                                BaseForms.NamePart.GIVEN) + " " + w.substring(cut);
                    }
                }
            }
            if (pair != null) {
                return List.of(new Rendering(pair, true, false));
            }
        }
        return List.of();
    }

    /**
     * Whether every word not found lies between two that were, and the window [lo, hi] has exactly as many words
     * besides the found ones as are missing.
     */
    private static boolean framedMiddle(int[] pick, int lo, int hi) {
        int first = -1;
        int last = -1;
        int missing = 0;
        int found = 0;
        for (int k = 0; k < pick.length; k++) {
            if (pick[k] >= 0) {
                first = first < 0 ? k : first;
                last = k;
                found++;
            }
        }
        for (int k = 0; k < pick.length; k++) {
            if (pick[k] < 0) {
                if (k < first || k > last) {
                    return false;
                }
                missing++;
            }
        }
        return missing > 0 && found >= 2 && hi - lo + 1 == found + missing && inEnglishOrder(pick);
    }

    private static boolean contains(int[] pick, int j) {
        for (int p : pick) {
            if (p == j) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words found (−1: not found) stand in the English order. */
    private static boolean inEnglishOrder(int[] pick) {
        int last = -1;
        for (int p : pick) {
            if (p >= 0) {
                if (p <= last) {
                    return false;
                }
                last = p;
            }
        }
        return true;
    }

    /** Whether only spaces and hyphens stand between tokens {@code a} and {@code b} (no full stop or comma). */
    private static boolean together(String text, List<TermToken> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
            if (gap.equals(". ") && initial(tokens.get(k).text())) {
                continue; // Мерфи Дж. Пол: an initial's full stop is inside the name
            }
            for (int i = 0; i < gap.length(); i++) {
                char c = gap.charAt(i);
                if (!Character.isWhitespace(c) && c != '-' && c != '\u00A0') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The rendering as a glossary holds it: each word's entry form (see {@link BaseForms}) up to the phrase's first
     * common noun, what follows it (a genitive complement: Министерство обороны) as written; the first word of an
     * Arabic rendering without the clitics the English name does not explain.
     */
    private String baseForm(String text, List<TermToken> tokens, int lo, int hi, String[] english, Language language) {
        return baseForm(text, tokens, lo, hi, english, Map.of(), Map.of(), language);
    }

    /**
     * As above; {@code written} gives a token's form where it differs from the text (an Arabic proclitic off),
     * {@code entries} a translated word's dictionary form where the phrase's head is not past.
     */
    private String baseForm(String text, List<TermToken> tokens, int lo, int hi, String[] english,
                            Map<Integer, String> written, Map<Integer, String> entries, Language language) {
        BaseForms forms = LanguageProfile.of(language).baseForms();
        String[] out = new String[hi - lo + 1];
        int head = -1;
        for (int j = lo; j <= hi; j++) {
            String w = written.getOrDefault(j, tokens.get(j).text());
            if (english[j] != null && !isAcronym(english[j]) && w.length() >= 4 && isAcronym(w)) {
                w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT); // МАСКАТ of a dateline: Маскат
            }
            String form = w;
            if (head < 0) {
                boolean translated = english[j] != null && shapes.isTranslated(english[j]);
                String entry = translated ? nameWords.entryForm(english[j], w, language) : w;
                if (!entry.equals(w)) {
                    form = entry; // a word the name translates (парка beside Park: парк), not a name to decline
                } else if (translated) {
                    form = forms.isKnown(w) ? forms.of(w).get(0) : w; // газете beside Gazette: газета
                } else if (english[j] != null) {
                    BaseForms.NamePart part = hi == lo ? BaseForms.NamePart.ANY
                            : j == lo ? BaseForms.NamePart.GIVEN : j == hi ? BaseForms.NamePart.SURNAME
                            : BaseForms.NamePart.ANY;
                    form = forms.beside(w, english[j], part);
                } else if (entries.containsKey(j)) {
                    form = entries.get(j);
                } else if (forms.isKnown(w)) {
                    form = forms.of(w).get(0);
                }
                // what follows the phrase's first common noun stays as written; a word that can also be an
                // adjective before another word is that word's adjective (Центрального парка). A word that writes a
                // name is no common noun, whatever the dictionary says of its letters (Батон-Ружа, Ким Чен Ыном)
                boolean nameWord = english[j] != null && !shapes.isTranslated(english[j])
                        || nameMiddle(j, lo, hi, english);
                if (!nameWord && forms.isNoun(w) && !(j < hi && forms.isAdjective(w))) {
                    head = j;
                }
            }
            out[j - lo] = form;
        }
        // no common noun: the adjectives agree with the name they stand before (Западная Вирджиния)
        int agreeWith = head >= 0 ? head : hi;
        if (agreeWith > lo) {
            head = agreeWith;
            for (int j = lo; j < head; j++) {
                if (forms.isAdjective(tokens.get(j).text())) {
                    out[j - lo] = forms.agreeing(out[j - lo], out[head - lo]);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int j = lo; j <= hi; j++) {
            if (j > lo) {
                sb.append(text, tokens.get(j - 1).end(), tokens.get(j).start());
            }
            sb.append(out[j - lo]);
        }
        return sb.toString();
    }

    /**
     * Two short words that together transliterate one word of the name, as Arabic writes a Chinese given name
     * syllable by syllable (جين بينغ for Jinping): the first is recorded in {@code js}, and in {@code split} with the
     * word the two write together. Only words of {@value #SYLLABLE_LETTERS} letters or fewer, side by side, and only
     * a strong match: two common words together seldom write a name.
     */
    private void syllables(String english, String text, List<TermToken> tokens, Language language, List<Integer> js,
                           Map<Integer, String> split) {
        for (int j = 0; j + 1 < tokens.size(); j++) {
            String a = tokens.get(j).text();
            String b = tokens.get(j + 1).text();
            if (a.length() > SYLLABLE_LETTERS || b.length() > SYLLABLE_LETTERS || a.length() < 2 || b.length() < 2
                    || !together(text, tokens, j, j + 1)) {
                continue;
            }
            if (names.strength(english, a + b, language) >= STRONG_CLASSES + 1) {
                js.add(j);
                split.put(j, a + b);
            }
        }
    }

    /** Letters of a syllable Arabic writes as a word of its own in a Chinese name (جين, بينغ, تشيانغ has more). */
    private static final int SYLLABLE_LETTERS = 4;

    /** How many words the picked syllable pairs add to a name's window (one each). */
    private static int syllableWords(int[] pick, Map<Integer, String> split) {
        int extra = 0;
        for (int p : pick) {
            extra += p >= 0 && split.containsKey(p) ? 1 : 0;
        }
        return extra;
    }

    /** The consonant classes the picked target words share with the name's words, an acronym counting as strong. */
    private int classesOf(Run r, int[] pick, List<TermToken> tokens, Map<Integer, String> unglued, Language language) {
        int classes = 0;
        for (int k = 0; k < pick.length; k++) {
            if (pick[k] >= 0) {
                classes += isAcronym(r.content().get(k)) ? STRONG_CLASSES
                        : names.strength(r.content().get(k), unglued.getOrDefault(pick[k], tokens.get(pick[k]).text()),
                        language);
            }
        }
        return classes;
    }

    /** A peer's title before a single name is the name (Lord Adonis, Baroness Chakrabarti); before two, a title. */
    private static final Set<String> PEERAGE = Set.of("Lord", "Lady", "Baroness", "Baron");

    /** Whether word {@code j} stands between two words that write a name's own words (Чен in Ким Чен Ыном). */
    private boolean nameMiddle(int j, int lo, int hi, String[] english) {
        boolean before = false;
        boolean after = false;
        for (int i = lo; i < j; i++) {
            before |= english[i] != null && !shapes.isTranslated(english[i]);
        }
        for (int i = j + 1; i <= hi; i++) {
            after |= english[i] != null && !shapes.isTranslated(english[i]);
        }
        return english[j] == null && before && after;
    }

    /** For tests: the names an English text holds, as the extractor cuts them. */
    List<String> namesIn(String english) {
        List<String> out = new ArrayList<>();
        for (Run r : runs(english, english)) {
            out.add(r.text());
        }
        return out;
    }
}
