package org.triptych.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triptych.align.AlignOptions;
import org.triptych.align.AlignmentScore;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-align}: aligns every folder under a directory that holds {@code en.txt}, {@code ar.txt},
 * {@code ru.txt} and {@code gold.json}, exactly as {@code align} would, and prints strict and lax precision, recall
 * and F1 per pair and level. Paragraph level aligns the .txt articles; sentence level aligns the presegmented
 * {@code <lang>.sent.txt} files when a folder has them (the gold's sentence indices refer to their lines), else the
 * sentences the splitter finds in the .txt files.
 */
@Command(name = "eval-align", mixinStandardHelpOptions = true,
        description = "Score the aligner against gold links (folders with en.txt, ar.txt, ru.txt, gold.json).")
public final class EvalAlignCommand implements Callable<Integer> {

    private static final List<String> PAIRS = List.of("ar", "ru");

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold folders.")
    Path goldDir;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "Also write each folder's prediction as DIR/<folder>.json (same shape as gold.json).")
    Path predictionsDir;

    @Option(names = "--per-document", description = "Also print strict F1 per folder.")
    boolean perDocument;

    private final ArticleReader reader;
    private AlignOptions options = AlignOptions.defaults();

    public EvalAlignCommand() {
        this(EngineWiring.importer());
    }

    EvalAlignCommand(ArticleReader reader) {
        this.reader = reader;
    }

    /** Aligns with other options (an experiment or the benchmark varies weights this way). */
    public EvalAlignCommand withOptions(AlignOptions newOptions) {
        this.options = newOptions;
        return this;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Map<String, AlignmentScore> scores = evaluate(err, out);
            if (scores == null) {
                return 2;
            }
            out.printf(Locale.ROOT, "%-20s %6s %6s | %-23s | %-23s%n", "pair/level", "gold", "pred",
                    "strict P / R / F1", "lax P / R / F1");
            for (Map.Entry<String, AlignmentScore> e : scores.entrySet()) {
                AlignmentScore s = e.getValue();
                out.printf(Locale.ROOT, "%-20s %6d %6d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f%n", e.getKey(),
                        s.goldLinks(), s.predictedLinks(), s.strictPrecision(), s.strictRecall(), s.strictF1(),
                        s.laxPrecision(), s.laxRecall(), s.laxF1());
            }
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval-align: " + e.getMessage());
            return 2;
        }
    }

    /** Scores per "en-xx/level", in a fixed order; null when no folder qualified. */
    Map<String, AlignmentScore> evaluate(PrintWriter err, PrintWriter out) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IOException("Not a directory: " + goldDir);
        }
        List<Path> cases;
        try (Stream<Path> s = Files.walk(goldDir)) {
            cases = s.filter(Files::isDirectory)
                    .filter(d -> Stream.of("en.txt", "ar.txt", "ru.txt", "gold.json")
                            .allMatch(f -> Files.isRegularFile(d.resolve(f))))
                    .sorted().toList();
        }
        if (cases.isEmpty()) {
            err.println("eval-align: no folder under " + goldDir + " holds en.txt, ar.txt, ru.txt and gold.json");
            return null;
        }
        Map<String, AlignmentScore> scores = new LinkedHashMap<>();
        for (String p : PAIRS) {
            for (AlignmentLevel l : AlignmentLevel.values()) {
                scores.put("en-" + p + "/" + l.code(), new AlignmentScore());
            }
        }
        ObjectMapper json = new ObjectMapper();
        if (predictionsDir != null) {
            Files.createDirectories(predictionsDir);
        }
        java.util.function.Consumer<String> warn = w -> err.println("warning: " + w);
        for (Path dir : cases) {
            JsonNode gold = json.readTree(dir.resolve("gold.json").toFile());
            Map<String, Object> prediction = new LinkedHashMap<>();
            boolean presegmented = Stream.of("en", "ar", "ru")
                    .allMatch(l -> Files.isRegularFile(dir.resolve(l + ".sent.txt")));
            AlignmentInputs enPara = AlignmentInputs.read(dir.resolve("en.txt"), Language.ENGLISH,
                    AlignmentLevel.PARAGRAPH, false, reader, warn);
            AlignmentInputs enSent = presegmented ? AlignmentInputs.read(dir.resolve("en.sent.txt"), Language.ENGLISH,
                    AlignmentLevel.SENTENCE, true, reader, warn) : enPara;
            StringBuilder line = new StringBuilder(dir.getFileName().toString());
            for (String p : PAIRS) {
                Language lang = Language.of(p);
                AlignmentInputs tgPara = AlignmentInputs.read(dir.resolve(p + ".txt"), lang, AlignmentLevel.PARAGRAPH,
                        false, reader, warn);
                AlignmentInputs tgSent = presegmented ? AlignmentInputs.read(dir.resolve(p + ".sent.txt"), lang,
                        AlignmentLevel.SENTENCE, true, reader, warn) : tgPara;
                Map<String, Object> pair = new LinkedHashMap<>();
                for (AlignmentLevel l : AlignmentLevel.values()) {
                    List<Bead> beads = l == AlignmentLevel.PARAGRAPH
                            ? AlignmentInputs.align(enPara, tgPara, l, options)
                            : AlignmentInputs.align(enSent, tgSent, l, options);
                    List<List<List<Integer>>> predicted = AlignCommand.beadsAsLists(beads);
                    pair.put(l.code(), predicted);
                    AlignmentScore one = new AlignmentScore();
                    List<List<List<Integer>>> g = goldLinks(gold.path("en-" + p).path(l.code()));
                    one.add(g, predicted);
                    scores.get("en-" + p + "/" + l.code()).add(g, predicted);
                    line.append(String.format(Locale.ROOT, "  %s/%s %.3f", p, l.code().substring(0, 4), one.strictF1()));
                }
                prediction.put("en-" + p, pair);
            }
            if (perDocument) {
                out.println(line);
            }
            if (predictionsDir != null) {
                json.writeValue(predictionsDir.resolve(dir.getFileName() + ".json").toFile(), prediction);
            }
        }
        return scores;
    }

    private static List<List<List<Integer>>> goldLinks(JsonNode beads) {
        List<List<List<Integer>>> out = new ArrayList<>();
        for (JsonNode b : beads) {
            List<Integer> e = new ArrayList<>();
            List<Integer> t = new ArrayList<>();
            b.get(0).forEach(x -> e.add(x.asInt()));
            b.get(1).forEach(x -> t.add(x.asInt()));
            out.add(List.of(e, t));
        }
        return out;
    }
}
