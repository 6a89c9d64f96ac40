package org.triptych.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.triptych.align.AlignOptions;
import org.triptych.align.PivotAlignment;
import org.triptych.align.PivotRow;
import org.triptych.text.ScriptCheck;
import org.triptych.align.TermEvidence;
import org.triptych.io.export.AlignmentCsvWriter;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code align}: aligns the Arabic and/or Russian version of an article with the English one and prints the links as
 * JSON ({@code {"en-ar": {"<level>": BEADS}, "en-ru": {...}}}, BEADS a list of {@code [[en indices],[target
 * indices]]}); optionally writes TMX and CSV. Diagnostics go to standard error only.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the Arabic and Russian versions of an article with the English one.")
public final class AlignCommand implements Callable<Integer> {

    static final String VERSION = "0.1.0";

    @Spec
    CommandSpec spec;

    @Option(names = "--en", required = true, paramLabel = "FILE", description = "The English version.")
    Path en;

    @Option(names = "--ar", paramLabel = "FILE", description = "The Arabic version (left out: no en-ar pair).")
    Path ar;

    @Option(names = "--ru", paramLabel = "FILE", description = "The Russian version (left out: no en-ru pair).")
    Path ru;

    @Option(names = "--level", required = true, paramLabel = "paragraph|sentence", description = "What to link.")
    String level;

    @Option(names = "--presegmented",
            description = "Inputs hold one unit per line (a sentence, or with --level paragraph a paragraph).")
    boolean presegmented;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary (TBX or CSV) whose terms are evidence.")
    Path glossary;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json", description = "Output format: json.")
    String format;

    @Option(names = "--tmx", paramLabel = "OUT.tmx", description = "Also write a TMX 1.4b file, one tu per English link.")
    Path tmx;

    @Option(names = "--pairwise", description = "With --tmx: one file per pair (OUT.en-ar.tmx, OUT.en-ru.tmx) instead.")
    boolean pairwise;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Also write the aligned rows as CSV.")
    Path csv;

    private final ArticleReader reader;
    private final GlossarySource glossaries;

    /** Where a glossary file becomes term evidence; the terminology engine plugs in here. */
    @FunctionalInterface
    interface GlossarySource {
        TermEvidence load(Path file) throws IOException;
    }

    public AlignCommand() {
        this(EngineWiring.importer(), EngineWiring::glossaryEvidence);
    }

    AlignCommand(ArticleReader reader, GlossarySource glossaries) {
        this.reader = reader;
        this.glossaries = glossaries;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (!"json".equalsIgnoreCase(format)) {
                throw new IllegalArgumentException("--format must be json, not '" + format + "'");
            }
            AlignmentLevel lvl = AlignmentInputs.parseLevel(level);
            AlignOptions options = AlignOptions.defaults();
            if (glossary != null) {
                if (glossaries == null) {
                    err.println("note: --glossary " + glossary + " is not used yet: no glossary reader is installed;"
                            + " aligning without term evidence");
                } else {
                    options = options.withTerms(glossaries.load(glossary));
                }
            }
            java.util.function.Consumer<String> warn = w -> err.println("warning: " + w);
            AlignmentInputs english = AlignmentInputs.read(en, Language.ENGLISH, lvl, presegmented, reader, warn);
            Map<String, AlignmentInputs> targets = new LinkedHashMap<>();
            if (ar != null) {
                targets.put("ar", AlignmentInputs.read(ar, Language.ARABIC, lvl, presegmented, reader, warn));
            }
            if (ru != null) {
                targets.put("ru", AlignmentInputs.read(ru, Language.RUSSIAN, lvl, presegmented, reader, warn));
            }
            warnIfEmpty(err, "en", en, english, lvl);
            for (Map.Entry<String, AlignmentInputs> t : targets.entrySet()) {
                warnIfEmpty(err, t.getKey(), t.getKey().equals("ar") ? ar : ru, t.getValue(), lvl);
            }
            Map<String, List<Bead>> links = alignPairs(english, targets, lvl, options);
            Map<String, Object> json = new LinkedHashMap<>();
            for (Map.Entry<String, List<Bead>> l : links.entrySet()) {
                json.put("en-" + l.getKey(), Map.of(lvl.code(), beadsAsLists(l.getValue())));
            }
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            if (tmx != null) {
                writeTmx(english, targets, links, lvl, err);
            }
            if (csv != null) {
                writeCsv(english, targets, links, lvl);
            }
            return 0;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("align: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Aligns every pair; the pairs are independent, so they run side by side on their own threads (the common
     * fork-join pool has a single worker on a two-core machine).
     */
    private static Map<String, List<Bead>> alignPairs(AlignmentInputs english, Map<String, AlignmentInputs> targets,
                                                      AlignmentLevel lvl, AlignOptions options) {
        Map<String, List<Bead>> links = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return links;
        }
        ExecutorService pool = Executors.newFixedThreadPool(targets.size(), r -> {
            Thread t = new Thread(r, "align-pair");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<List<Bead>>> jobs = new LinkedHashMap<>();
            for (Map.Entry<String, AlignmentInputs> t : targets.entrySet()) {
                jobs.put(t.getKey(), pool.submit(() -> AlignmentInputs.align(english, t.getValue(), lvl, options)));
            }
            for (Map.Entry<String, Future<List<Bead>>> j : jobs.entrySet()) {
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

    private static void warnIfEmpty(PrintWriter err, String lang, Path file, AlignmentInputs in, AlignmentLevel lvl) {
        if (in.unitCount(lvl) == 0) {
            err.println("warning: " + file + " (" + lang + ") has no text; every unit of the other side is unlinked");
            return;
        }
        double share = ScriptCheck.expectedScriptShare(String.join(" ", in.unitTexts(lvl)), Language.of(lang));
        if (!Double.isNaN(share) && share < 0.5) {
            err.printf(java.util.Locale.ROOT, "warning: %s does not look like %s (only %.0f%% of its letters are in"
                    + " that language's script); its links are doubtful%n", file, lang, share * 100);
        }
    }

    /** BEADS of the CLI contract: a list of [[english indices], [target indices]]. */
    static List<List<List<Integer>>> beadsAsLists(List<Bead> beads) {
        List<List<List<Integer>>> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            out.add(List.of(b.english(), b.target()));
        }
        return out;
    }

    private void writeTmx(AlignmentInputs english, Map<String, AlignmentInputs> targets, Map<String, List<Bead>> links,
                          AlignmentLevel lvl, PrintWriter err) throws IOException {
        TmxWriter writer = new TmxWriter(VERSION);
        if (pairwise) {
            for (String lang : links.keySet()) {
                Path file = siblingWithSuffix(tmx, ".en-" + lang + ".tmx");
                List<PivotRow> rows = PivotAlignment.rows(english.unitCount(lvl), Map.of(lang, links.get(lang)));
                writer.write(file, "en", lvl.code(), tmxUnits(english, targets, rows, lvl));
                err.println("wrote " + file);
            }
            return;
        }
        List<PivotRow> rows = PivotAlignment.rows(english.unitCount(lvl), links);
        writer.write(tmx, "en", lvl.code(), tmxUnits(english, targets, rows, lvl));
        err.println("wrote " + tmx);
    }

    private static Path siblingWithSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".tmx") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(base + suffix);
    }

    private static List<TmxWriter.Unit> tmxUnits(AlignmentInputs english, Map<String, AlignmentInputs> targets,
                                                 List<PivotRow> rows, AlignmentLevel lvl) {
        List<String> enTexts = english.unitTexts(lvl);
        Map<String, List<String>> tgTexts = new LinkedHashMap<>();
        targets.forEach((k, v) -> tgTexts.put(k, v.unitTexts(lvl)));
        List<TmxWriter.Unit> units = new ArrayList<>();
        for (PivotRow r : rows) {
            List<TmxWriter.Variant> vs = new ArrayList<>();
            if (!r.english().isEmpty()) {
                vs.add(new TmxWriter.Variant("en", join(enTexts, r.english())));
            }
            for (String lang : tgTexts.keySet()) {
                List<Integer> idx = r.target(lang);
                if (!idx.isEmpty()) {
                    vs.add(new TmxWriter.Variant(lang, join(tgTexts.get(lang), idx)));
                }
            }
            units.add(new TmxWriter.Unit(vs));
        }
        return units;
    }

    private void writeCsv(AlignmentInputs english, Map<String, AlignmentInputs> targets, Map<String, List<Bead>> links,
                          AlignmentLevel lvl) throws IOException {
        List<PivotRow> rows = PivotAlignment.rows(english.unitCount(lvl), links);
        List<String> langs = new ArrayList<>();
        langs.add("en");
        langs.addAll(targets.keySet());
        List<String> enTexts = english.unitTexts(lvl);
        List<AlignmentCsvWriter.Row> out = new ArrayList<>();
        for (PivotRow r : rows) {
            List<List<Integer>> units = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            units.add(r.english());
            texts.add(join(enTexts, r.english()));
            for (String lang : targets.keySet()) {
                units.add(r.target(lang));
                texts.add(join(targets.get(lang).unitTexts(lvl), r.target(lang)));
            }
            out.add(new AlignmentCsvWriter.Row(units, texts));
        }
        new AlignmentCsvWriter().write(csv, langs, out);
    }

    private static String join(List<String> texts, List<Integer> idx) {
        StringBuilder b = new StringBuilder();
        for (int i : idx) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(texts.get(i));
        }
        return b.toString();
    }
}
