package org.triptych.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.triptych.align.AlignOptions;
import org.triptych.align.AlignmentScore;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * What {@code eval-align} does: aligns every folder under a directory that holds {@code en.txt}, {@code ar.txt},
 * {@code ru.txt} and {@code gold.json}, exactly as {@code align} would, and scores the links against the gold with
 * strict and lax precision, recall and F1 per pair and level. Paragraph level aligns the .txt articles; sentence level
 * the presegmented {@code <lang>.sent.txt} files when a folder has them (the gold's sentence indices refer to their
 * lines), else the sentences the splitter finds in the .txt files.
 */
public final class AlignmentEvaluation {

    /** One pair and level's score over every folder. */
    public record Score(long goldLinks, long predictedLinks, double strictPrecision, double strictRecall, double strictF1,
                        double laxPrecision, double laxRecall, double laxF1) {

        static Score of(AlignmentScore s) {
            return new Score(s.goldLinks(), s.predictedLinks(), s.strictPrecision(), s.strictRecall(), s.strictF1(),
                    s.laxPrecision(), s.laxRecall(), s.laxF1());
        }
    }

    private static final List<Language> PAIRS = List.of(Language.ARABIC, Language.RUSSIAN);

    private final ArticleReader reader = EngineWiring.importer();
    private final AlignOptions options;

    public AlignmentEvaluation() {
        this(AlignOptions.defaults());
    }

    /** Aligns with other options (an experiment or the benchmark varies weights this way). */
    public AlignmentEvaluation(AlignOptions options) {
        this.options = options;
    }

    /**
     * Scores per "en-xx/level" in a fixed order; empty when no folder qualifies.
     *
     * @param predictionsDir where each folder's prediction is written as {@code <folder>.json}, or null
     * @param perDocument    gets a line of strict F1 per folder
     * @param warnings       import warnings
     */
    public Map<String, Score> evaluate(Path goldDir, Path predictionsDir, Consumer<String> perDocument,
                                       Consumer<String> warnings) throws IOException {
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
            return Map.of();
        }
        Map<String, AlignmentScore> scores = new LinkedHashMap<>();
        for (Language p : PAIRS) {
            for (AlignmentLevel l : AlignmentLevel.values()) {
                scores.put(pair(p) + "/" + l.code(), new AlignmentScore());
            }
        }
        ObjectMapper json = new ObjectMapper();
        if (predictionsDir != null) {
            Files.createDirectories(predictionsDir);
        }
        for (Path dir : cases) {
            JsonNode gold = json.readTree(dir.resolve("gold.json").toFile());
            Map<String, Object> prediction = new LinkedHashMap<>();
            boolean presegmented = Stream.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)
                    .allMatch(l -> Files.isRegularFile(dir.resolve(l.code() + ".sent.txt")));
            AlignmentInputs enPara = read(dir, Language.ENGLISH, AlignmentLevel.PARAGRAPH, false, warnings);
            AlignmentInputs enSent = presegmented ? read(dir, Language.ENGLISH, AlignmentLevel.SENTENCE, true, warnings) : enPara;
            StringBuilder line = new StringBuilder(dir.getFileName().toString());
            for (Language p : PAIRS) {
                AlignmentInputs tgPara = read(dir, p, AlignmentLevel.PARAGRAPH, false, warnings);
                AlignmentInputs tgSent = presegmented ? read(dir, p, AlignmentLevel.SENTENCE, true, warnings) : tgPara;
                Map<String, Object> pair = new LinkedHashMap<>();
                for (AlignmentLevel l : AlignmentLevel.values()) {
                    List<Bead> beads = l == AlignmentLevel.PARAGRAPH
                            ? AlignmentInputs.align(enPara, tgPara, l, options)
                            : AlignmentInputs.align(enSent, tgSent, l, options);
                    List<List<List<Integer>>> predicted = beadsAsLists(beads);
                    pair.put(l.code(), predicted);
                    AlignmentScore one = new AlignmentScore();
                    List<List<List<Integer>>> g = goldLinks(gold.path(pair(p)).path(l.code()));
                    one.add(g, predicted);
                    scores.get(pair(p) + "/" + l.code()).add(g, predicted);
                    line.append(String.format(Locale.ROOT, "  %s/%s %.3f", p.code(), l.code().substring(0, 4), one.strictF1()));
                }
                prediction.put(pair(p), pair);
            }
            perDocument.accept(line.toString());
            if (predictionsDir != null) {
                json.writeValue(predictionsDir.resolve(dir.getFileName() + ".json").toFile(), prediction);
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        scores.forEach((k, v) -> out.put(k, Score.of(v)));
        return out;
    }

    private AlignmentInputs read(Path dir, Language l, AlignmentLevel level, boolean presegmented, Consumer<String> warnings)
            throws IOException {
        String name = l.code() + (presegmented ? ".sent.txt" : ".txt");
        return AlignmentInputs.read(dir.resolve(name), l, level, presegmented, reader, warnings);
    }

    private static String pair(Language target) {
        return Language.ENGLISH.code() + "-" + target.code();
    }

    static List<List<List<Integer>>> beadsAsLists(List<Bead> beads) {
        List<List<List<Integer>>> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            out.add(List.of(b.english(), b.target()));
        }
        return out;
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
