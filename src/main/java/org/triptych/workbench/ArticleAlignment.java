package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.triptych.align.AlignOptions;
import org.triptych.align.PreparedEnglish;
import org.triptych.align.ScriptCheck;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * What {@code align} does: reads the English version and the targets (any importable format, or one unit per line
 * when presegmented), aligns each pair at a level with the glossary's concepts as evidence, and gives the links and
 * the rows every export writes. The pairs are independent, so they run side by side.
 */
public final class ArticleAlignment {

    /** The links of each target against English (in the order given), and the texts they link. */
    public static final class Result {
        private final AlignmentLevel level;
        private final AlignmentInputs english;
        private final Map<Language, AlignmentInputs> targets;
        private final Map<Language, List<Bead>> links;

        Result(AlignmentLevel level, AlignmentInputs english, Map<Language, AlignmentInputs> targets,
               Map<Language, List<Bead>> links) {
            this.level = level;
            this.english = english;
            this.targets = targets;
            this.links = links;
        }

        public AlignmentLevel level() {
            return level;
        }

        /** Per target, in the order given, its beads (document order). */
        public Map<Language, List<Bead>> links() {
            return links;
        }

        /** The rows of all targets against English, as every export writes them. */
        public ExportRows rows() {
            return rows(List.copyOf(links.keySet()));
        }

        /** The rows of English and one target: one file per pair. */
        public ExportRows pairRows(Language target) {
            return rows(List.of(target));
        }

        private ExportRows rows(List<Language> which) {
            Map<Language, Integer> counts = new LinkedHashMap<>();
            List<Alignment> alignments = new ArrayList<>();
            Map<Language, List<String>> texts = new LinkedHashMap<>();
            texts.put(Language.ENGLISH, english.unitTexts(level));
            for (Language t : which) {
                counts.put(t, targets.get(t).unitCount(level));
                alignments.add(new Alignment(t, level, links.get(t)));
                texts.put(t, targets.get(t).unitTexts(level));
            }
            return ExportRows.of(LinkTable.of(level, english.unitCount(level), counts, alignments), texts);
        }
    }

    private final ArticleReader reader;

    public ArticleAlignment() {
        // The importer (and Tika behind it) is set up only when an article is read, not for presegmented lines.
        this((file, language, warnings) -> EngineWiring.importer().read(file, language, warnings));
    }

    ArticleAlignment(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * Reads and aligns. {@code notes} gets what a person should know (an import warning, a version with no text, a
     * version that looks like another language); a file that cannot be read is an {@link IOException} whose message
     * says which and why.
     */
    public Result align(Path english, Map<Language, Path> targets, AlignmentLevel level, boolean presegmented,
                        Path glossary, Consumer<String> notes) throws IOException {
        AlignOptions options = AlignOptions.defaults();
        if (glossary != null) {
            options = options.withTerms(EngineWiring.glossaryEvidence(glossary));
        }
        ExecutorService pool = newPool(targets.size() + 1);
        try {
            // The versions are read side by side (splitting an article into sentences takes about as long as
            // aligning it); each one's warnings wait for its turn, so the notes come in the order the files were
            // given, and the first file in that order that cannot be read is the one reported.
            Future<Read> englishRead = pool.submit(() -> Read.of(english, Language.ENGLISH, level, presegmented,
                    reader));
            Map<Language, Future<Read>> targetReads = new LinkedHashMap<>();
            for (Map.Entry<Language, Path> t : targets.entrySet()) {
                targetReads.put(t.getKey(), pool.submit(() -> Read.of(t.getValue(), t.getKey(), level, presegmented,
                        reader)));
            }
            AlignmentInputs en = result(englishRead).take(notes);
            Map<Language, AlignmentInputs> tg = new LinkedHashMap<>();
            for (Map.Entry<Language, Future<Read>> t : targetReads.entrySet()) {
                tg.put(t.getKey(), result(t.getValue()).take(notes));
            }
            // The pairs start at once; whether a version looks like another language is worked out meanwhile.
            Map<Language, Future<List<Bead>>> jobs = submitPairs(pool, en, tg, level, options);
            noteIfDoubtful(english, en, level, notes);
            for (Map.Entry<Language, AlignmentInputs> t : tg.entrySet()) {
                noteIfDoubtful(targets.get(t.getKey()), t.getValue(), level, notes);
            }
            Map<Language, List<Bead>> links = new LinkedHashMap<>();
            for (Map.Entry<Language, Future<List<Bead>>> j : jobs.entrySet()) {
                links.put(j.getKey(), result(j.getValue()));
            }
            return new Result(level, en, tg, links);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A version as read, and the import's warnings about it. */
    private record Read(AlignmentInputs inputs, List<String> warnings) {

        static Read of(Path file, Language language, AlignmentLevel level, boolean presegmented, ArticleReader reader)
                throws IOException {
            List<String> warnings = new ArrayList<>();
            return new Read(AlignmentInputs.read(file, language, level, presegmented, reader, warnings::add),
                    warnings);
        }

        AlignmentInputs take(Consumer<String> notes) {
            warnings.forEach(notes);
            return inputs;
        }
    }

    /** Aligns every target with English, the pairs side by side, the English signals found once for all. */
    static Map<Language, List<Bead>> alignPairs(AlignmentInputs english, Map<Language, AlignmentInputs> targets,
                                                AlignmentLevel level, AlignOptions options) throws IOException {
        ExecutorService pool = newPool(targets.size());
        try {
            Map<Language, List<Bead>> links = new LinkedHashMap<>();
            for (Map.Entry<Language, Future<List<Bead>>> j : submitPairs(pool, english, targets, level, options)
                    .entrySet()) {
                links.put(j.getKey(), result(j.getValue()));
            }
            return links;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Language, Future<List<Bead>>> submitPairs(ExecutorService pool, AlignmentInputs english,
                                                                 Map<Language, AlignmentInputs> targets,
                                                                 AlignmentLevel level, AlignOptions options) {
        // One English for all pairs: its signals are found once (the second pair waits for the first).
        PreparedEnglish prepared = english.prepare();
        Map<Language, Future<List<Bead>>> jobs = new LinkedHashMap<>();
        for (Map.Entry<Language, AlignmentInputs> t : targets.entrySet()) {
            jobs.put(t.getKey(), pool.submit(() -> AlignmentInputs.align(english, prepared, t.getValue(), level,
                    options)));
        }
        return jobs;
    }

    /** Threads of their own: the common fork-join pool has a single worker on a two-core machine. */
    private static ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "align");
            t.setDaemon(true);
            return t;
        });
    }

    /** What a job returned, or what it threw (a file that cannot be read stays an {@link IOException}). */
    private static <T> T result(Future<T> job) throws IOException {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c.getMessage(), c);
        }
    }

    private static void noteIfDoubtful(Path file, AlignmentInputs in, AlignmentLevel level, Consumer<String> notes) {
        String lang = in.language().code();
        if (in.unitCount(level) == 0) {
            notes.accept(file + " (" + lang + ") has no text; every unit of the other side is unlinked");
            return;
        }
        double share = ScriptCheck.expectedScriptShare(String.join(" ", in.unitTexts(level)), in.language());
        if (!Double.isNaN(share) && share < 0.5) {
            notes.accept(String.format(Locale.ROOT, "%s does not look like %s (only %.0f%% of its letters are in"
                    + " that language's script); its links are doubtful", file, lang, share * 100));
        }
    }

    /** "paragraph" or "sentence", as the commands take it. */
    public static AlignmentLevel parseLevel(String s) {
        return AlignmentInputs.parseLevel(s);
    }
}
