package org.triptych.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code draft} and {@code backtranslate}. */
final class MtOptions {

    enum Format { json, txt }

    @Option(names = "--provider", required = true, paramLabel = "NAME",
            description = "deepl, libretranslate, google, microsoft or openai (any OpenAI-compatible server); memory: "
                    + "drafts from --memory alone, with no machine translation")
    String provider;

    @Option(names = "--memory", split = ",", paramLabel = "FILE.tmx[,FILE.tmx…]",
            description = "TMX translation memories asked first (the first listed wins where two hold one source): "
                    + "exact and fuzzy matches become drafts with their score; only what they cannot answer goes to "
                    + "the provider (with --provider memory, nothing does)")
    List<Path> memories = new java.util.ArrayList<>();

    @Option(names = "--match-threshold", defaultValue = "75", paramLabel = "PERCENT",
            description = "The lowest memory match score taken, 1 to 100 (default: ${DEFAULT-VALUE})")
    int matchThreshold;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Base URL (default: the provider's public service; LibreTranslate http://127.0.0.1:5000)."
                    + " Plain http only for localhost.")
    String endpoint;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL",
            description = "Files (.txt with paragraphs separated by blank lines, or any importable format) or web pages' addresses")
    List<String> files;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "CSV glossary: header of language codes (en,ar,ru), one concept per row")
    Path glossary;

    @Option(names = "--format", defaultValue = "txt", paramLabel = "json|txt", description = "Output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--model", paramLabel = "NAME", description = "Model for --provider openai (e.g. gpt-4o-mini, qwen2.5:7b)")
    String model;

    @Option(names = "--fetch-again", description = "Ask the provider even for texts in the cache (and refresh it)")
    boolean fetchAgain;

    @Option(names = "--no-cache", description = "Neither read nor write the draft cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Draft cache folder (default: $XDG_CACHE_HOME/triptych/mt or ~/.cache/triptych/mt)")
    Path cacheDir;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit per request (default: 300 for openai, whose models are slow; 60 otherwise)")
    Integer timeoutSeconds;

    @Option(names = "--max-concurrent", defaultValue = "4", paramLabel = "N", description = "Requests in flight at once (default: ${DEFAULT-VALUE})")
    int maxConcurrent;
}
