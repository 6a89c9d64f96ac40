package org.triptych.workbench;

import org.triptych.ui.AlignedViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.CancelHandle;
import org.triptych.mt.Draft;
import org.triptych.mt.DraftCache;
import org.triptych.mt.MtException;
import org.triptych.mt.MemoryProvider;
import org.triptych.mt.MtResult;
import org.triptych.mt.ProgressListener;
import org.triptych.mt.ProviderConfig;
import org.triptych.mt.Providers;
import org.triptych.mt.Secret;
import org.triptych.mt.Translator;
import org.triptych.mt.VersionDrafts;
import org.triptych.text.SentenceSegmenter;

/**
 * The MT actions of the workbench: "Draft missing paragraphs of a version" sends the English paragraphs whose link
 * has an empty cell in that version to a provider (with the project's glossaries as the provider's glossary and the
 * terminology checks on each draft), on the task runner with progress (segments done of total, waits for a rate
 * limit) and cancel, and puts the drafts into the empty cells as unreviewed machine output.
 */
public final class DraftCommands {

    /**
     * What the dialog asks. {@code key} is what the person typed (kept in memory only, never shown by
     * {@link #toString()}) or null to take it from the environment or the key store. {@code memories} are TMX files
     * asked before the provider (decision 0403); with provider {@value FileTranslation#MEMORY} they answer alone.
     */
    public record Settings(String provider, String endpoint, String model, String key, List<String> memories) {

        public Settings {
            memories = memories == null ? List.of() : List.copyOf(memories);
        }

        /** Settings without a translation memory. */
        public Settings(String provider, String endpoint, String model, String key) {
            this(provider, endpoint, model, key, List.of());
        }

        @Override
        public String toString() {
            return "Settings[provider=" + provider + ", endpoint=" + endpoint + ", model=" + model + ", key="
                    + (key == null ? "none" : "typed") + ", memories=" + memories + "]";
        }
    }

    /** Where a back-translation goes: shown beside its version for the session (the window's lighter column). */
    @FunctionalInterface
    public interface BackTranslationSink {
        void put(Language version, DocumentVersion translated, List<String> english);
    }

    private final Session model;
    private final TaskRunner tasks;
    private final ApiKeys keys;
    private final DraftCache cache;

    public DraftCommands(Session model, TaskRunner tasks, ApiKeys keys, DraftCache cache) {
        this.model = model;
        this.tasks = tasks;
        this.keys = keys;
        this.cache = cache;
    }

    /** As the application runs it: keys from the environment or secret-tool, drafts cached in the user's cache. */
    public static DraftCommands forApplication(Session model, TaskRunner tasks) {
        Map<String, String> env = System.getenv();
        return new DraftCommands(model, tasks, ApiKeys.fromSystem(env), DraftCache.inUserCacheDir(env));
    }

    /** The providers a person can choose, by name; the last, {@code memory}, drafts from translation memories alone. */
    public static List<String> providerNames() {
        List<String> names = new ArrayList<>(Providers.NAMES);
        names.add(FileTranslation.MEMORY);
        return List.copyOf(names);
    }

    /** The environment variable a provider's key is read from (TRIPTYCH_DEEPL_KEY). */
    public static String keyVariable(String provider) {
        return Providers.keyVariable(provider);
    }

    /**
     * Whether the provider needs a key and its environment variable is unset (the dialog then asks; the key store is
     * still tried when drafting). Only the environment is looked at: this runs on the FX thread.
     */
    public static boolean needsTypedKey(String provider) {
        if (FileTranslation.MEMORY.equals(provider)) {
            return false;
        }
        String v = System.getenv(Providers.keyVariable(provider));
        return Providers.needsKey(provider) && (v == null || v.isBlank());
    }

    public TaskRunner.Running draftMissing(Language target, Settings settings) {
        return draftParagraphs(target, model.missingParagraphs(target), settings);
    }

    /** (a) The missing paragraph(s) of one row only: the same path as {@link #draftMissing} with one row. */
    public TaskRunner.Running draftRow(AlignmentLevel level, int row, Language target, Settings settings) {
        List<Integer> missing = model.missingParagraphsOfRow(level, row, target);
        if (missing.isEmpty()) {
            model.notice("This row's " + target.displayName() + " cell is not empty: nothing to draft");
            return () -> { };
        }
        return draftParagraphs(target, missing, settings);
    }

    private TaskRunner.Running draftParagraphs(Language target, List<Integer> missing, Settings settings) {
        if (missing.isEmpty()) {
            model.notice("No empty " + target.displayName() + " cells to draft");
            return () -> { };
        }
        DocumentVersion english = model.article().english();
        return runMt("Drafting " + target.displayName(), Language.ENGLISH, target, missing.size(), settings,
                g -> VersionDrafts.paragraphs(english, missing, target, g), result -> {
                    // sentences for the new paragraphs are found here, off the FX thread
                    SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(target);
                    Map<Integer, Paragraph> out = new LinkedHashMap<>();
                    for (Map.Entry<Integer, Draft> e : VersionDrafts.byParagraph(result, target, missing).entrySet()) {
                        String text = e.getValue().text();
                        if (text.isBlank()) {
                            continue; // nothing answered it (a memory alone): the cell stays empty
                        }
                        out.put(e.getKey(), new Paragraph(text, english.paragraphs().get(e.getKey()).kind(), segmenter.split(text)));
                    }
                    return out;
                }, drafts -> model.insertDrafts(target, drafts), "Drafting cancelled: nothing inserted", "Drafting failed: ");
    }

    /**
     * (c) Drafts every English paragraph into {@code target} and puts them in place of that version, one undoable
     * edit with 1-1 links for review. Refused (with the reason as the notice) when the version has text a person
     * edited in the workbench and {@code editsConfirmed} is false: the caller asks first.
     */
    public TaskRunner.Running draftWholeVersion(Language target, Settings settings, boolean editsConfirmed) {
        if (!editsConfirmed && model.personEditCount(target) > 0) {
            model.notice(wholeVersionWarning(target));
            return () -> { };
        }
        DocumentVersion english = model.article().english();
        if (english.isEmpty()) {
            model.notice("There is no English text to draft from");
            return () -> { };
        }
        int n = english.paragraphs().size();
        return runMt("Drafting all of " + target.displayName(), Language.ENGLISH, target, n, settings,
                g -> VersionDrafts.wholeVersion(english, target, g), result -> {
                    SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(target);
                    List<Draft> drafts = result.draftsFor(target);
                    if (drafts.size() != n) {
                        throw new IllegalStateException(drafts.size() + " drafts for " + n + " paragraphs");
                    }
                    long unanswered = drafts.stream().filter(d -> d.text().isBlank()).count();
                    if (unanswered > 0) {
                        throw new IllegalStateException("the translation memories answer " + (n - unanswered) + " of " + n
                                + " paragraphs; choose a machine provider too (the memories are asked first)");
                    }
                    List<Paragraph> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        String text = drafts.get(i).text();
                        out.add(new Paragraph(text, english.paragraphs().get(i).kind(), segmenter.split(text)));
                    }
                    return out;
                }, drafts -> model.replaceVersionWithDrafts(target, english, drafts),
                "Drafting cancelled: the version is unchanged", "Drafting failed: ");
    }

    /** What the person is asked before (c) throws away their edits. */
    public String wholeVersionWarning(Language target) {
        return "The " + target.displayName() + " version has " + model.personEditCount(target)
                + " paragraph edit(s) made here: drafting the whole version replaces them (Undo brings them back)";
    }

    /**
     * (d) Translates {@code version} back into English, paragraph by paragraph, into {@code into} (kept for the
     * session, never saved with the project).
     */
    public TaskRunner.Running backTranslate(Language version, Settings settings, BackTranslationSink into) {
        DocumentVersion v = model.article().version(version).orElse(null);
        if (v == null || v.isEmpty()) {
            model.notice("No " + version.displayName() + " text to translate back");
            return () -> { };
        }
        return runMt("Back-translating " + version.displayName(), version, Language.ENGLISH, v.paragraphs().size(), settings,
                g -> VersionDrafts.backTranslation(v, g), result -> result.textsFor(Language.ENGLISH),
                texts -> into.put(version, v, texts),
                "Back-translation cancelled: nothing shown", "Back-translation failed: ");
    }

    /** A result read on the worker (may be null), carried to the owner thread with the provider's warnings. */
    private record Read<R>(R value) {
    }

    /** Turns the provider's result into what the FX thread applies; runs on the worker. */
    private interface ResultReader<R> {
        R read(MtResult result) throws Exception;
    }

    /**
     * One MT job on the task runner: provider from the settings, the project's glossaries as the provider glossary
     * and the term checker, progress (segments done of total, rate-limit waits) and cancel that aborts the call.
     */
    private <R> TaskRunner.Running runMt(String title, Language from, Language target, int segments, Settings settings,
                                         java.util.function.Function<org.triptych.mt.ProviderGlossary, org.triptych.mt.MtRequest> request,
                                         ResultReader<R> reader, java.util.function.Consumer<R> apply,
                                         String cancelledNotice, String failedPrefix) {
        List<String> glossaries = List.copyOf(model.glossaries());
        boolean memoryOnly = FileTranslation.MEMORY.equals(settings.provider());
        if (memoryOnly && settings.memories().isEmpty()) {
            model.notice("The memory provider drafts from translation memories: add a TMX file to the list first");
            return () -> { };
        }
        return tasks.run(title, progress -> {
            Glossary glossary = glossary(glossaries);
            TermDraftChecker checker = new TermDraftChecker(glossary);
            MemoryProvider memory = null;
            if (!settings.memories().isEmpty()) {
                progress.update(-1, 1, "Reading the translation memories…");
                memory = new MemoryProvider(TranslationMemories.load(settings.memories().stream().map(java.nio.file.Path::of)
                        .toList(), from, List.of(target)), FileTranslation.DEFAULT_MATCH_THRESHOLD, checker);
            }
            org.triptych.mt.ProviderGlossary mtGlossary = org.triptych.mt.ProviderGlossary.preferredTerms(glossary, from, List.of(target));
            if (memoryOnly) {
                MtResult fromMemory = memory.translate(request.apply(mtGlossary));
                return java.util.Map.entry(new Read<>(reader.read(fromMemory)), fromMemory.warnings());
            }
            Secret key = settings.key() != null ? Secret.of(settings.key()) : keys.find(settings.provider()).orElse(null);
            String endpoint = settings.endpoint() == null || settings.endpoint().isBlank() ? null : settings.endpoint().strip();
            ProviderConfig config = ProviderConfig.of(endpoint, key);
            if (settings.model() != null && !settings.model().isBlank()) {
                config = config.withOption("model", settings.model().strip());
            }
            config = Providers.withEnvironmentOptions(settings.provider(), config, System.getenv());
            Translator.Builder builder = Translator.builder(Providers.create(settings.provider(), config)).cache(cache)
                    .checker(checker);
            if (memory != null) {
                builder.memory(memory);
            }
            Translator translator = builder.build();
            CancelHandle cancel = new CancelHandle();
            Thread watcher = cancelWatcher(progress, cancel);
            MtResult result;
            try {
                progress.update(0, segments, title + ": " + segments + " paragraphs…");
                result = translator.translate(request.apply(mtGlossary), cancel, new ProgressListener() {
                    @Override
                    public void progress(int done, int total) {
                        progress.update(done, total, title + ": " + done + " of " + total + " segments");
                    }

                    @Override
                    public void waiting(Duration wait, String reason) {
                        progress.update(-1, 1, "Waiting " + Math.max(1, wait.toSeconds()) + " s for the rate limit: " + reason);
                    }
                });
            } catch (MtException e) {
                if (e.kind() == MtException.Kind.CANCELLED || progress.isCancelled()) {
                    throw new CancellationException(cancelledNotice);
                }
                throw e;
            } finally {
                watcher.interrupt();
            }
            if (progress.isCancelled()) {
                throw new CancellationException(cancelledNotice);
            }
            return java.util.Map.entry(new Read<>(reader.read(result)), result.warnings());
        }, (java.util.Map.Entry<Read<R>, List<String>> done) -> {
            apply.accept(done.getKey().value());
            if (!done.getValue().isEmpty()) {
                // said once, after the drafts are in: a glossary the provider refused, drafts checked against it
                model.notice(String.join(" ", done.getValue()));
            }
        }, e -> model.notice(e instanceof CancellationException ? cancelledNotice
                : failedPrefix + e.getMessage()));
    }

    /** CancelHandle wakes in-flight calls and backoff waits; the task runner's cancel is a flag, so it is watched. */
    private static Thread cancelWatcher(TaskRunner.Progress progress, CancelHandle cancel) {
        Thread t = new Thread(() -> {
            try {
                while (!progress.isCancelled()) {
                    Thread.sleep(100);
                }
                cancel.cancel();
            } catch (InterruptedException e) {
                // drafting finished
            }
        }, "mt-cancel-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Glossary glossary(List<String> paths) {
        return ProjectGlossaries.merged(paths);
    }
}
