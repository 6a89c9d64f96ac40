package org.triptych.workbench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportException;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.CancelHandle;
import org.triptych.mt.Draft;
import org.triptych.mt.DraftCache;
import org.triptych.mt.DraftChecker;
import org.triptych.mt.MemoryMatch;
import org.triptych.mt.MemoryProvider;
import org.triptych.mt.TranslationMemory;
import org.triptych.mt.MtException;
import org.triptych.mt.MtRequest;
import org.triptych.mt.MtResult;
import org.triptych.mt.ProgressListener;
import org.triptych.mt.ProviderConfig;
import org.triptych.mt.ProviderGlossary;
import org.triptych.mt.Providers;
import org.triptych.mt.Secret;
import org.triptych.mt.TranslationProvider;
import org.triptych.mt.Translator;

/**
 * What {@code draft} and {@code backtranslate} do: read the files first (a bad file is reported before any request is
 * spent), configure the provider with its key (environment, key store, or typed at a prompt; never written anywhere),
 * translate every paragraph with the draft cache and the glossary's terms checked on each draft, and hand back the
 * drafts per file.
 */
public final class FileTranslation {

    /**
     * The options of the two commands.
     *
     * @param files          files or web pages' addresses
     * @param memories       TMX translation memories asked first (empty: none); with provider {@code memory}, alone
     * @param matchThreshold the lowest memory match score taken (1 to 100)
     */
    public record Options(String provider, String endpoint, List<String> files, Path glossary, String model,
                          boolean fetchAgain, boolean noCache, Path cacheDir, Integer timeoutSeconds, int maxConcurrent,
                          List<Path> memories, int matchThreshold) {
        public Options {
            memories = memories == null ? List.of() : List.copyOf(memories);
        }

        /** Options without a translation memory. */
        public Options(String provider, String endpoint, List<String> files, Path glossary, String model,
                       boolean fetchAgain, boolean noCache, Path cacheDir, Integer timeoutSeconds, int maxConcurrent) {
            this(provider, endpoint, files, glossary, model, fetchAgain, noCache, cacheDir, timeoutSeconds, maxConcurrent,
                    List.of(), DEFAULT_MATCH_THRESHOLD);
        }
    }

    /** The name of the provider that answers from translation memories alone. */
    public static final String MEMORY = MemoryProvider.NAME;
    /** The memory match score taken by default (the common CAT-tool setting). */
    public static final int DEFAULT_MATCH_THRESHOLD = MemoryProvider.DEFAULT_MIN_SCORE;

    /**
     * A memory match behind a draft: its score (100 exact, 99 only numbers or names differ, else the share of words
     * that need no edit), its kind ("exact", "placeable", "fuzzy"), the source stored in the memory, and which memory.
     */
    public record Match(int score, String kind, String storedSource, String memory) {
    }

    /** One paragraph's draft in one language; {@code match} is set where a translation memory gave it. */
    public record Drafted(String text, boolean cached, List<Finding> findings, Match match) {
        public Drafted(String text, boolean cached, List<Finding> findings) {
            this(text, cached, findings, null);
        }
    }

    /**
     * The drafts, per target language, in file and paragraph order, with what the provider reported.
     *
     * @param memories the translation memories asked first, by file name (empty: none)
     */
    public record Outcome(String provider, String endpoint, int requests, int cacheHits, List<String> warnings,
                          List<List<String>> paragraphsPerFile, Map<Language, List<Drafted>> drafts, List<String> memories) {
    }

    /** Why nothing (more) was translated, with one sentence for a person. */
    public static final class Failure extends Exception {

        /** What a script is told by the exit code. */
        public enum Kind { BAD_INPUT, MT_FAILED, CANCELLED }

        private final Kind kind;

        Failure(Kind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private final WebVersions web = new WebVersions();

    private final DraftChecker checker;

    /** Drafts are checked against the glossary given with the options, if any. */
    public FileTranslation() {
        this(DraftChecker.NONE);
    }

    /** Drafts are checked by {@code checker} (tests); without one, against the glossary given with the options. */
    public FileTranslation(DraftChecker checker) {
        this.checker = checker;
    }

    /**
     * Translates.
     *
     * @param typedKey asks the person for the provider's key when neither the environment nor the key store has one
     *                 (returns null when none can be asked)
     * @param notes    what a person should know meanwhile (a file with no paragraphs, a wait for a rate limit)
     */
    public Outcome run(Options o, Language from, List<Language> targets, Map<String, String> env,
                       Function<String, String> typedKey, Consumer<String> notes) throws Failure {
        List<List<String>> perFile = new ArrayList<>();
        List<String> all = new ArrayList<>();
        ProviderGlossary glossary = ProviderGlossary.empty();
        DraftChecker check = checker;
        TranslationMemory memory = null;
        boolean memoryOnly = o.provider().strip().equalsIgnoreCase(MEMORY);
        try {
            if (memoryOnly && o.memories().isEmpty()) {
                throw new Failure(Failure.Kind.BAD_INPUT, "--provider memory answers from translation memories: give "
                        + "--memory FILE.tmx[,FILE.tmx]");
            }
            for (String f : o.files()) {
                List<String> paragraphs = WebVersions.isWebAddress(f) ? web.open(f, from).version().paragraphTexts()
                        : IMPORTER.importFile(VersionSources.path(f), from).version().paragraphTexts();
                if (paragraphs.isEmpty()) {
                    notes.accept("Note: " + f + " has no paragraphs.");
                }
                perFile.add(paragraphs);
                all.addAll(paragraphs);
            }
            if (o.glossary() != null) {
                GlossaryLoad load = GlossaryFiles.read(o.glossary());
                if (load.glossary().isEmpty()) {
                    throw new Failure(Failure.Kind.BAD_INPUT, load.problems().isEmpty()
                            ? o.glossary() + ": the glossary holds no concept" : load.problems().get(0).toString());
                }
                glossary = ProviderGlossary.preferredTerms(load.glossary(), from, targets);
                if (check == DraftChecker.NONE) {
                    check = new TermDraftChecker(load.glossary());
                }
            }
            if (!o.memories().isEmpty()) {
                memory = TranslationMemories.load(o.memories(), from, targets);
            }
        } catch (ImportException | IllegalArgumentException | java.io.IOException e) {
            throw new Failure(Failure.Kind.BAD_INPUT, e.getMessage());
        }
        List<String> memoryNames = o.memories().stream().map(p -> p.getFileName().toString()).toList();
        MemoryProvider fromMemory = memory == null ? null : new MemoryProvider(memory, o.matchThreshold(), check);
        if (memoryOnly) {
            MtResult result = fromMemory.translate(new MtRequest(from, targets, all, glossary, o.fetchAgain()));
            return new Outcome(MEMORY, "", 0, 0, result.warnings(), perFile, drafted(result, targets), memoryNames);
        }

        CancelHandle cancel = new CancelHandle();
        Thread onInterrupt = new Thread(cancel::cancel, "mt-cancel");
        try {
            Secret key = ApiKeys.fromSystem(env).find(o.provider()).orElse(null);
            if (key == null && Providers.needsKey(o.provider())) {
                String typed = typedKey.apply(o.provider());
                key = typed == null || typed.isEmpty() ? null : Secret.of(typed);
            }
            ProviderConfig config = ProviderConfig.of(o.endpoint(), key)
                    .withTimeout(Duration.ofSeconds(Math.max(1, o.timeoutSeconds() != null ? o.timeoutSeconds()
                            : o.provider().strip().equalsIgnoreCase("openai") ? 300 : 60)))
                    .withMaxConcurrent(Math.max(1, o.maxConcurrent()));
            if (o.model() != null) {
                config = config.withOption("model", o.model());
            }
            config = Providers.withEnvironmentOptions(o.provider(), config, env);
            TranslationProvider provider = Providers.create(o.provider(), config);
            DraftCache cache = o.noCache() ? DraftCache.none()
                    : o.cacheDir() != null ? DraftCache.at(o.cacheDir()) : DraftCache.inUserCacheDir(env);
            Translator.Builder builder = Translator.builder(provider).cache(cache).checker(check);
            if (fromMemory != null) {
                builder.memory(fromMemory);
            }
            Translator translator = builder.build();
            MtRequest request = new MtRequest(from, targets, all, glossary, o.fetchAgain());
            Runtime.getRuntime().addShutdownHook(onInterrupt); // Ctrl-C cancels in-flight calls, writes nothing more
            MtResult result = translator.translate(request, cancel, new ProgressListener() {
                @Override
                public void waiting(Duration wait, String reason) {
                    notes.accept("Waiting " + Math.max(1, wait.toSeconds()) + " s: " + reason);
                }
            });
            return new Outcome(provider.name(), provider.endpoint().toString(), result.requests(), result.cacheHits(),
                    result.warnings(), perFile, drafted(result, targets), memoryNames);
        } catch (MtException e) {
            throw new Failure(e.kind() == MtException.Kind.CANCELLED ? Failure.Kind.CANCELLED : Failure.Kind.MT_FAILED,
                    e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Failure(Failure.Kind.BAD_INPUT, e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // already shutting down, or never added
            }
        }
    }

    private static Map<Language, List<Drafted>> drafted(MtResult result, List<Language> targets) {
        Map<Language, List<Drafted>> drafts = new LinkedHashMap<>();
        for (Language to : targets) {
            List<Drafted> list = new ArrayList<>();
            for (Draft d : result.draftsFor(to)) {
                MemoryMatch m = d.memory();
                list.add(new Drafted(d.text(), d.fromCache(), d.findings(), m == null ? null
                        : new Match(m.score(), m.kind().name().toLowerCase(java.util.Locale.ROOT), m.storedSource(), m.origin())));
            }
            drafts.put(to, list);
        }
        return drafts;
    }
}
