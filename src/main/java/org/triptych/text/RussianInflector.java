package org.triptych.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.Synthesizer;

/**
 * Puts a replacement term in the case and number of a form found in text, so a suggestion for a deprecated
 * {@code Совбеза} reads {@code Совета Безопасности}, not the nominative. Uses LanguageTool's Russian synthesizer
 * (loaded on first use, about 0.2 s); words it does not know take the found form's ending over the light stem.
 * Only the words up to the first noun of the phrase inflect; what follows (a genitive complement) stays.
 */
final class RussianInflector {

    private static final System.Logger LOG = System.getLogger(RussianInflector.class.getName());
    private static final Pattern CASE = Pattern.compile(":(Sin|PL):(Nom|R|D|V|T|P)(?::|$)");
    private static final Pattern ADJ_CASE = Pattern.compile("^ADJ:Posit:(Masc|Fem|Neut|PL):(Nom|R|D|V|T|P)");
    private static volatile Synthesizer synthesizer;

    private final RussianMorphology morphology;

    public RussianInflector(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    /** {@code replacement} inflected like {@code found} (a form of a glossary term); the replacement itself if unsure. */
    public String inflectLike(String found, String replacement) {
        List<TermToken> foundWords = TermTokenizer.tokenize(found);
        if (foundWords.isEmpty()) {
            return replacement;
        }
        String[] grammar = grammarOf(foundWords);
        List<TermToken> words = TermTokenizer.tokenize(replacement);
        if (grammar == null || words.isEmpty()) {
            return endingTransfer(foundWords, replacement, words);
        }
        String number = grammar[0];
        String kase = grammar[1];
        if (kase.equals("Nom") && number.equals("Sin")) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        String nounGender = nounGender(words);
        boolean headDone = false;
        for (TermToken w : words) {
            out.append(replacement, pos, w.start());
            pos = w.end();
            if (headDone) {
                out.append(w.text());
                continue;
            }
            List<RussianMorphology.Reading> rs = morphology.readings(w.text());
            RussianMorphology.Reading noun = rs.stream().filter(r -> r.tag().startsWith("NN") && r.tag().contains(":Nom"))
                    .findFirst().orElse(null);
            RussianMorphology.Reading adj = rs.stream().filter(r -> r.tag().startsWith("ADJ") && r.tag().contains(":Nom"))
                    .findFirst().orElse(null);
            String form = null;
            if (noun != null) {
                form = synthesize(noun.lemma(), "NN:.*:" + number + ":" + kase);
                headDone = true;
            } else if (adj != null) {
                String g = number.equals("PL") ? "PL" : nounGender;
                form = synthesize(adj.lemma(), "ADJ:Posit:" + g + ":" + kase);
            } else if (rs.isEmpty()) {
                form = null;
                headDone = true;
            }
            out.append(form == null ? w.text() : matchCase(w.text(), form));
        }
        out.append(replacement.substring(pos));
        return out.toString();
    }

    /** Number and case of the found form's noun; singular readings first, since names are mostly singular. */
    private String[] grammarOf(List<TermToken> foundWords) {
        for (TermToken w : foundWords) {
            String[] plural = null;
            for (RussianMorphology.Reading r : morphology.readings(w.text())) {
                if (r.tag().startsWith("NN")) {
                    Matcher m = CASE.matcher(r.tag());
                    if (m.find()) {
                        if (m.group(1).equals("Sin")) {
                            return new String[] {m.group(1), m.group(2)};
                        }
                        plural = plural == null ? new String[] {m.group(1), m.group(2)} : plural;
                    }
                }
            }
            if (plural != null) {
                return plural;
            }
        }
        for (TermToken w : foundWords) {
            for (RussianMorphology.Reading r : morphology.readings(w.text())) {
                Matcher m = ADJ_CASE.matcher(r.tag());
                if (m.find()) {
                    return new String[] {m.group(1).equals("PL") ? "PL" : "Sin", m.group(2)};
                }
            }
        }
        return null;
    }

    private String nounGender(List<TermToken> words) {
        for (TermToken w : words) {
            for (RussianMorphology.Reading r : morphology.readings(w.text())) {
                if (r.tag().startsWith("NN") && r.tag().contains(":Nom")) {
                    for (String g : new String[] {"Masc", "Fem", "Neut"}) {
                        if (r.tag().contains(":" + g)) {
                            return g;
                        }
                    }
                }
            }
        }
        return "Masc";
    }

    /** For words the dictionary lacks: Байдена → ending "а" over the stem of the last word of the replacement. */
    private static String endingTransfer(List<TermToken> foundWords, String replacement, List<TermToken> words) {
        if (words.isEmpty()) {
            return replacement;
        }
        String f = foundWords.get(foundWords.size() - 1).text().toLowerCase(Locale.ROOT).replace('ё', 'е');
        RussianLightStemmer.Stem fs = RussianLightStemmer.stem(f);
        String ending = f.substring(Math.min(fs.stem().length(), f.length()));
        if (ending.isEmpty()) {
            return replacement;
        }
        TermToken last = words.get(words.size() - 1);
        String lw = last.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
        RussianLightStemmer.Stem ls = RussianLightStemmer.stem(lw);
        if (!ls.stem().equals(lw)) {
            return replacement; // the replacement's own ending would have to change too: leave it to the person
        }
        return replacement.substring(0, last.end()) + ending + replacement.substring(last.end());
    }

    private static String matchCase(String model, String form) {
        if (!model.isEmpty() && Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }

    static String synthesize(String lemma, String tagRegex) {
        try {
            Synthesizer s = synthesizer();
            if (s == null) {
                return null;
            }
            String[] forms = s.synthesize(new AnalyzedToken(lemma, null, lemma), tagRegex, true);
            return forms.length == 0 ? null : forms[0];
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no synthesis for " + lemma + ": " + e);
            return null;
        }
    }

    private static Synthesizer synthesizer() {
        Synthesizer s = synthesizer;
        if (s == null) {
            synchronized (RussianInflector.class) {
                s = synthesizer;
                if (s == null) {
                    s = LanguageToolLanguages.forLanguage(org.triptych.model.Language.RUSSIAN).getSynthesizer();
                    synthesizer = s;
                }
            }
        }
        return s;
    }
}
