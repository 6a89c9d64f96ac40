package org.triptych.io.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The person's preferences, one file in their settings folder ({@link PreferencesFile}). No API key has a place here:
 * {@code keySource} only says where keys come from (the environment or the OS key store, or typed for each run).
 *
 * @param mtProvider         the machine translation provider last used or chosen (deepl, libretranslate…)
 * @param mtEndpoint         its endpoint; "" for the provider's default
 * @param mtModel            the model, for OpenAI-compatible servers; "" for none
 * @param keySource          {@link #KEYS_FROM_SYSTEM} or {@link #KEYS_TYPED}
 * @param conceptGlossary    the glossary file new concepts go to when the project uses it; "" for the usual choice
 * @param fonts              per script (latin, cyrillic, arabic): the font family and size of the text columns
 * @param languageTool       per language code: spelling and grammar checked (true) or not
 * @param englishVariant     {@link #ENGLISH_AS_WRITTEN}, "en-US" or "en-GB"
 * @param autosaveSeconds    how often unsaved work is written to the autosave (seconds, 10 to 3600)
 */
public record Preferences(String mtProvider, String mtEndpoint, String mtModel, String keySource, String conceptGlossary,
                          Map<String, FontChoice> fonts, Map<String, Boolean> languageTool, String englishVariant,
                          int autosaveSeconds) {

    /** Keys from the environment ({@code TRIPTYCH_<PROVIDER>_KEY}) or the OS key store. */
    public static final String KEYS_FROM_SYSTEM = "environment or key store";
    /** A key typed for each run, held in memory for that run only. */
    public static final String KEYS_TYPED = "typed for each run";
    /** English checked in the variant the document spells in (colour or color). */
    public static final String ENGLISH_AS_WRITTEN = "as the document spells";

    /** A font family and size for one script's text. */
    public record FontChoice(String family, double size) {
        public FontChoice {
            Objects.requireNonNull(family, "family");
            if (!(size >= 8 && size <= 40)) {
                throw new IllegalArgumentException("A font size from 8 to 40, not " + size);
            }
        }
    }

    public Preferences {
        mtProvider = mtProvider == null || mtProvider.isBlank() ? "libretranslate" : mtProvider;
        mtEndpoint = mtEndpoint == null ? "" : mtEndpoint.strip();
        mtModel = mtModel == null ? "" : mtModel.strip();
        keySource = KEYS_TYPED.equals(keySource) ? KEYS_TYPED : KEYS_FROM_SYSTEM;
        conceptGlossary = conceptGlossary == null ? "" : conceptGlossary;
        Map<String, FontChoice> f = new LinkedHashMap<>(DEFAULT_FONTS);
        if (fonts != null) {
            f.putAll(fonts);
        }
        fonts = Map.copyOf(f);
        languageTool = languageTool == null ? Map.of() : Map.copyOf(languageTool);
        englishVariant = "en-US".equals(englishVariant) || "en-GB".equals(englishVariant) ? englishVariant : ENGLISH_AS_WRITTEN;
        autosaveSeconds = Math.max(10, Math.min(3600, autosaveSeconds <= 0 ? 60 : autosaveSeconds));
    }

    private static final Map<String, FontChoice> DEFAULT_FONTS = Map.of(
            "latin", new FontChoice("Noto Sans", 14), "cyrillic", new FontChoice("Noto Sans", 14),
            "arabic", new FontChoice("Noto Naskh Arabic", 16));

    /** What a person starts with: LibreTranslate, keys from the system, the fonts of the aligned view, autosave each minute. */
    public static Preferences defaults() {
        return new Preferences("libretranslate", "", "", KEYS_FROM_SYSTEM, "", DEFAULT_FONTS, Map.of(), ENGLISH_AS_WRITTEN, 60);
    }

    /** The font for a script ("latin", "cyrillic", "arabic"). */
    public FontChoice font(String script) {
        return fonts.getOrDefault(script, DEFAULT_FONTS.get("latin"));
    }

    /** Whether LanguageTool checks {@code languageCode} (on unless switched off). */
    public boolean checks(String languageCode) {
        return languageTool.getOrDefault(languageCode, true);
    }

    public Preferences withMt(String provider, String endpoint, String model) {
        return new Preferences(provider, endpoint, model, keySource, conceptGlossary, fonts, languageTool, englishVariant,
                autosaveSeconds);
    }
}
