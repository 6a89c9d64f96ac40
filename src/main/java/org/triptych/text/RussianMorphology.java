package org.triptych.text;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.languagetool.JLanguageTool;
import org.languagetool.tagging.BaseTagger;

/**
 * Russian lemmas and grammatical tags from LanguageTool's Russian dictionary (the one its tagger uses), looked up
 * directly: going through {@code Russian().getTagger().tag(...)} measured about 41 µs a word, a direct
 * morfologik lookup about 1.5 µs, which is what keeps a 10,000-word check under 100 ms. Loaded once, lazily.
 */
public final class RussianMorphology {

    /** A dictionary reading: lemma (lower case, ё folded) and LanguageTool's tag, e.g. {@code NN:Fam:Masc:Sin:R}. */
    public record Reading(String lemma, String tag) {
    }

    private static final System.Logger LOG = System.getLogger(RussianMorphology.class.getName());
    private static final String DICTIONARY = "/ru/russian.dict";
    private static volatile RussianMorphology shared;

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    private RussianMorphology(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookup = dictionary == null ? null : ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The process-wide instance; the dictionary (about 0.6 s to load) is read on first use. */
    public static RussianMorphology shared() {
        RussianMorphology m = shared;
        if (m == null) {
            synchronized (RussianMorphology.class) {
                m = shared;
                if (m == null) {
                    m = new RussianMorphology(load());
                    shared = m;
                }
            }
        }
        return m;
    }

    /** Without the dictionary: every word is unknown, so matching falls back to {@link RussianLightStemmer}. */
    public static RussianMorphology withoutDictionary() {
        return new RussianMorphology(null);
    }

    private static Dictionary load() {
        try {
            URL url = JLanguageTool.getDataBroker().getFromResourceDirAsUrl(DICTIONARY);
            if (url == null) {
                // The path moved in another LanguageTool version: ask the Russian tagger where its dictionary is.
                String path = ((BaseTagger) LanguageToolLanguages.forLanguage(org.triptych.model.Language.RUSSIAN).getTagger()).getDictionaryPath();
                url = JLanguageTool.getDataBroker().getFromResourceDirAsUrl(path);
            }
            return Dictionary.read(url);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Russian dictionary not available, using the light stemmer only: " + e);
            return null;
        }
    }

    public boolean hasDictionary() {
        return dictionary != null;
    }

    /** Readings of a word (any case); empty when the dictionary does not know it. */
    public List<Reading> readings(String word) {
        if (lookup == null) {
            return List.of();
        }
        String lc = word.toLowerCase(java.util.Locale.ROOT);
        List<WordData> found = lookup.get().lookup(lc);
        if (found.isEmpty() && lc.indexOf('ё') >= 0) {
            found = lookup.get().lookup(lc.replace('ё', 'е'));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>(found.size());
        for (WordData d : found) {
            CharSequence stem = d.getStem();
            CharSequence tag = d.getTag();
            out.add(new Reading(stem == null ? lc : stem.toString().replace('ё', 'е'), tag == null ? "" : tag.toString()));
        }
        return out;
    }
}
