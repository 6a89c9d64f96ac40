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
import org.triptych.text.ScriptCheck;
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
        private final AlignmentInputs englishInputs;
        private final Map<Language, AlignmentInputs> targets;
        private final Map<Language, List<Bead>> links;
        private String englishSource = "";
        private Map<Language, String> discovered = Map.of();
        private final Map<Language, String> doubts;

        Result(AlignmentLevel level, AlignmentInputs english, Map<Language, AlignmentInputs> targets,
               Map<Language, List<Bead>> links, Map<Language, String> doubts) {
            this.level = level;
            this.englishInputs = english;
            this.targets = targets;
            this.links = links;
            this.doubts = doubts;
        }

        /** How many units (at this result's level) a version has; 0 for a language that was not given. */
        public int unitCount(Language language) {
            AlignmentInputs in = language.equals(Language.ENGLISH) ? englishInputs : targets.get(language);
            return in == null ? 0 : in.unitCount(level);
        }

        /**
         * Per version (English included) that has no text or does not look like its language, the sentence that says
         * so, as {@code notes} heard it: its links are doubtful.
         */
        public Map<Language, String> doubts() {
            return doubts;
        }

        public AlignmentLevel level() {
            return level;
        }

        /** The English version as named on the command line (a file or an address). */
        public String englishSource() {
            return englishSource;
        }

        /** The versions found through the English page's links, by language, with the address used. */
        public Map<Language, String> discovered() {
            return discovered;
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
            texts.put(Language.ENGLISH, englishInputs.unitTexts(level));
            for (Language t : which) {
                counts.put(t, targets.get(t).unitCount(level));
                alignments.add(new Alignment(t, level, links.get(t)));
                texts.put(t, targets.get(t).unitTexts(level));
            }
            return ExportRows.of(LinkTable.of(level, englishInputs.unitCount(level), counts, alignments), texts);
        }
    }

    private final ArticleReader reader;
    private final WebVersions web;
    private final boolean pairsSideBySide;

    public ArticleAlignment() {
        // The importer (and Tika behind it) is set up only when an article is read, not for presegmented lines.
        this((file, language, warnings) -> EngineWiring.importer().read(file, language, warnings), new WebVersions());
    }

    ArticleAlignment(ArticleReader reader) {
        this(reader, new WebVersions());
    }

    /**
     * @param pairsSideBySide each pair on its own thread; a batch says no, since it already keeps every core busy
     *                        with one article each and a thread per pair would only make them take turns
     */
    ArticleAlignment(ArticleReader reader, boolean pairsSideBySide) {
        this(reader, new WebVersions(), pairsSideBySide);
    }

    /** Files through {@code reader}, web addresses through {@code web}. */
    public ArticleAlignment(WebVersions web) {
        this(EngineWiring.importer(), web);
    }

    ArticleAlignment(ArticleReader reader, WebVersions web) {
        this(reader, web, true);
    }

    private ArticleAlignment(ArticleReader reader, WebVersions web, boolean pairsSideBySide) {
        this.reader = reader;
        this.web = web;
        this.pairsSideBySide = pairsSideBySide;
    }

    /**
     * Reads and aligns. {@code notes} gets what a person should know (an import warning, a version with no text, a
     * version that looks like another language); a file that cannot be read is an {@link IOException} whose message
     * says which and why.
     */
    public Result align(Path english, Map<Language, Path> targets, AlignmentLevel level, boolean presegmented,
                        Path glossary, Consumer<String> notes) throws IOException {
        Map<Language, String> named = new LinkedHashMap<>();
        targets.forEach((l, p) -> named.put(l, p.toString()));
        return align(english.toString(), named, List.of(), level, presegmented, glossary, notes);
    }

    /**
     * As {@link #align(Path, Map, AlignmentLevel, boolean, Path, Consumer)}, each version named by a file path or a
     * web address. With {@code discover} languages, the English page's own links name those versions where
     * {@code targets} does not: each address used is said to {@code notes} ("discovered ar: URL") and kept in
     * {@link Result#discovered()}; a language the page names no version for is said too and left out.
     */
    public Result align(String english, Map<Language, String> targets, List<Language> discover, AlignmentLevel level,
                        boolean presegmented, Path glossary, Consumer<String> notes) throws IOException {
        AlignOptions options = AlignOptions.defaults();
        if (glossary != null) {
            options = options.withTerms(EngineWiring.glossaryEvidence(glossary));
        }
        return align(english, targets, discover, level, presegmented, options, notes);
    }

    /** Files only, with the options made once (a batch shares one glossary's evidence across its articles). */
    Result align(Path english, Map<Language, Path> targets, AlignmentLevel level, boolean presegmented,
                 AlignOptions options, Consumer<String> notes) throws IOException {
        Map<Language, String> named = new LinkedHashMap<>();
        targets.forEach((l, p) -> named.put(l, p.toString()));
        return align(english.toString(), named, List.of(), level, presegmented, options, notes);
    }

    private Result align(String english, Map<Language, String> targets, List<Language> discover, AlignmentLevel level,
                         boolean presegmented, AlignOptions options, Consumer<String> notes) throws IOException {
        Map<Language, String> sources = new LinkedHashMap<>();
        Map<Language, String> discovered = new LinkedHashMap<>();
        AlignmentInputs en;
        if (!discover.isEmpty()) {
            if (!WebVersions.isWebAddress(english) || presegmented) {
                throw new IllegalArgumentException("--discover finds the other versions named on the English page: give "
                        + "--en a web address (http:// or https://), without --presegmented");
            }
            WebVersions.Read page = web.open(english, Language.ENGLISH);
            page.warnings().forEach(notes);
            en = AlignmentInputs.of(page.version());
            for (Language l : discover) {
                if (targets.containsKey(l)) {
                    sources.put(l, targets.get(l));
                } else if (page.alternates().containsKey(l)) {
                    String address = page.alternates().get(l);
                    sources.put(l, address);
                    discovered.put(l, address);
                    notes.accept("discovered " + l.code() + ": " + address);
                } else {
                    notes.accept("the English page names no " + org.triptych.text.LanguageProfile.of(l).englishName() + " version; en-" + l.code()
                            + " is left out");
                }
            }
            targets.forEach(sources::putIfAbsent);
            if (sources.isEmpty()) {
                throw new IOException(english + " names no other language version; give --ar or --ru yourself");
            }
        } else {
            en = read(english, Language.ENGLISH, level, presegmented, notes);
            sources.putAll(targets);
        }
        Map<Language, AlignmentInputs> tg = new LinkedHashMap<>();
        for (Map.Entry<Language, String> t : sources.entrySet()) {
            tg.put(t.getKey(), read(t.getValue(), t.getKey(), level, presegmented, notes));
        }
        Map<Language, String> doubts = new LinkedHashMap<>();
        doubt(english, en, level).ifPresent(d -> doubts.put(Language.ENGLISH, d));
        for (Map.Entry<Language, AlignmentInputs> t : tg.entrySet()) {
            doubt(sources.get(t.getKey()), t.getValue(), level).ifPresent(d -> doubts.put(t.getKey(), d));
        }
        doubts.values().forEach(notes);
        Result r = new Result(level, en, tg, alignPairs(en, tg, level, options), doubts);
        r.englishSource = english;
        r.discovered = discovered;
        return r;
    }

    /**
     * Writes the result as one XLIFF file per target beside {@code prefix} ({@code PREFIX.en-ar.xlf}), the terms of
     * {@code glossary} (may be null) found in each English unit as notes; returns the files written.
     */
    public static List<Path> writeXliff(Result result, Path prefix, org.triptych.io.xliff.XliffVersion version,
                                        Path glossary) throws IOException {
        org.triptych.model.Glossary g = glossary == null ? org.triptych.model.Glossary.empty("")
                : ProjectGlossaries.readFiles(List.of(glossary)).glossary();
        return XliffExport.write(result.rows(), prefix, version, result.englishSource(), g, XliffExport.RowFindings.NONE);
    }

    private AlignmentInputs read(String source, Language language, AlignmentLevel level, boolean presegmented,
                                 Consumer<String> notes) throws IOException {
        if (!WebVersions.isWebAddress(source)) {
            return AlignmentInputs.read(VersionSources.path(source), language, level, presegmented, reader, notes);
        }
        if (presegmented) {
            throw new IllegalArgumentException(source + " is a web address: --presegmented reads files with one unit per line");
        }
        WebVersions.Read page = web.open(source, language);
        page.warnings().forEach(notes);
        return AlignmentInputs.of(page.version());
    }

    Map<Language, List<Bead>> alignPairs(AlignmentInputs english, Map<Language, AlignmentInputs> targets,
                                                 AlignmentLevel level, AlignOptions options) {
        Map<Language, List<Bead>> links = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return links;
        }
        // One English for all pairs: its signals are found once (the second pair waits for the first).
        org.triptych.align.PreparedEnglish prepared = english.prepare();
        if (!pairsSideBySide) {
            for (Map.Entry<Language, AlignmentInputs> t : targets.entrySet()) {
                links.put(t.getKey(), AlignmentInputs.align(english, prepared, t.getValue(), level, options));
            }
            return links;
        }
        // their own threads: the common fork-join pool has a single worker on a two-core machine
        ExecutorService pool = Executors.newFixedThreadPool(targets.size(), r -> {
            Thread t = new Thread(r, "align-pair");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Language, Future<List<Bead>>> jobs = new LinkedHashMap<>();
            for (Map.Entry<Language, AlignmentInputs> t : targets.entrySet()) {
                jobs.put(t.getKey(), pool.submit(() -> AlignmentInputs.align(english, prepared, t.getValue(), level, options)));
            }
            for (Map.Entry<Language, Future<List<Bead>>> j : jobs.entrySet()) {
                links.put(j.getKey(), j.getValue().get());
            }
            return links;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c.getMessage(), c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.Optional<String> doubt(String file, AlignmentInputs in, AlignmentLevel level) {
        String lang = in.language().code();
        if (in.unitCount(level) == 0) {
            return java.util.Optional.of(file + " (" + lang + ") has no text; every unit of the other side is unlinked");
        }
        double share = ScriptCheck.expectedScriptShare(String.join(" ", in.unitTexts(level)), in.language());
        if (!Double.isNaN(share) && share < ScriptCheck.MOSTLY_FOREIGN) {
            return java.util.Optional.of(String.format(Locale.ROOT, "%s does not look like %s (only %.0f%% of its"
                    + " letters are in that language's script); its links are doubtful", file, lang, share * 100));
        }
        return java.util.Optional.empty();
    }

    /** "paragraph" or "sentence", as the commands take it. */
    public static AlignmentLevel parseLevel(String s) {
        return AlignmentInputs.parseLevel(s);
    }
}
