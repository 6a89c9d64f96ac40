package org.triptych.mt;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The providers by command-line name, and where their keys come from in the environment. */
public final class Providers {

    public static final List<String> NAMES = List.of("deepl", "libretranslate", "google", "microsoft", "openai");

    private Providers() {
    }

    /** Environment variable holding the key for a provider: {@code TRIPTYCH_DEEPL_KEY} etc. */
    public static String keyVariable(String name) {
        return "TRIPTYCH_" + normalise(name).toUpperCase(Locale.ROOT) + "_KEY";
    }

    /** Microsoft regional resources also need the region: {@code TRIPTYCH_MICROSOFT_REGION}. */
    public static final String MICROSOFT_REGION_VARIABLE = "TRIPTYCH_MICROSOFT_REGION";

    /** Whether the provider cannot work without a key (local LibreTranslate and LLM servers can). */
    public static boolean needsKey(String name) {
        return switch (normalise(name)) {
            case "libretranslate", "openai" -> false;
            default -> true;
        };
    }

    public static TranslationProvider create(String name, ProviderConfig config) {
        return switch (normalise(name)) {
            case "deepl" -> new DeepLProvider(config);
            case "libretranslate" -> new LibreTranslateProvider(config);
            case "google" -> new GoogleTranslateProvider(config);
            case "microsoft" -> new MicrosoftTranslatorProvider(config);
            case "openai" -> new OpenAiCompatibleProvider(config);
            default -> throw new MtException(MtException.Kind.CONFIGURATION, "Unknown provider '" + name
                    + "'; choose one of " + String.join(", ", NAMES) + ".");
        };
    }

    static String normalise(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "libre", "lt" -> "libretranslate";
            case "azure", "bing" -> "microsoft";
            case "llm", "openai-compatible", "ollama", "llama.cpp" -> "openai";
            default -> n;
        };
    }

    /** The region option for Microsoft from the environment, if set. */
    public static ProviderConfig withEnvironmentOptions(String name, ProviderConfig config, Map<String, String> env) {
        String region = env.get(MICROSOFT_REGION_VARIABLE);
        if (normalise(name).equals("microsoft") && region != null && !region.isBlank()) {
            return config.withOption("region", region.strip());
        }
        return config;
    }
}
