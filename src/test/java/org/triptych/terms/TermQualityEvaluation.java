package org.triptych.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triptych.io.glossary.CsvGlossaryReader;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;

/**
 * Scores the terminology check on the hand-written set in {@code src/test/resources/terms/quality-cases.tsv}: each
 * case is one English sentence naming a concept and one target sentence that renders it correctly ({@code ok},
 * inflected or with clitics), leaves it out or replaces it with a look-alike ({@code missing}), uses a deprecated
 * term ({@code deprecated}) or a form that may be another person ({@code possible}). A wrong rendering counts as
 * detected when the check reports a missing/deprecated/forbidden/possible finding for its concept; a correct one
 * counts as a false alarm when any such finding is raised in its unit. Shared by the quality test and the benchmark.
 */
public final class TermQualityEvaluation {

    private static final Set<String> ALARMS = Set.of("missing", "deprecated", "forbidden", "possible");

    public record Case(Language language, String label, String concept, String english, String target) {
    }

    /** Per-language figures; {@code misses} and {@code falseAlarms} list the cases behind the numbers. */
    public record Score(Language language, int wrong, int detected, int correct, int falseAlarms, int rightKind,
                        List<String> misses, List<String> alarms) {

        public double recall() {
            return wrong == 0 ? 1 : detected / (double) wrong;
        }

        public double precision() {
            return detected + falseAlarms == 0 ? 1 : detected / (double) (detected + falseAlarms);
        }

        public double falseAlarmRate() {
            return correct == 0 ? 0 : falseAlarms / (double) correct;
        }

        public int occurrences() {
            return wrong + correct;
        }
    }

    public static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : resource("/terms/quality-cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Case(Language.of(f[0]), f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    public static GlossaryLoad glossary() throws IOException {
        return new CsvGlossaryReader().read(resource("/terms/quality-glossary.csv"), "quality-glossary.csv");
    }

    public static Map<Language, Score> score(TranslationChecker checker, List<Case> cases) {
        Map<Language, List<Case>> byLang = new LinkedHashMap<>();
        cases.forEach(c -> byLang.computeIfAbsent(c.language(), l -> new ArrayList<>()).add(c));
        Map<Language, Score> out = new LinkedHashMap<>();
        for (Map.Entry<Language, List<Case>> e : byLang.entrySet()) {
            int wrong = 0;
            int detected = 0;
            int correct = 0;
            int alarms = 0;
            int rightKind = 0;
            List<String> misses = new ArrayList<>();
            List<String> falseAlarms = new ArrayList<>();
            for (Case c : e.getValue()) {
                List<Finding> fs = checker.check(c.language(), List.of(AlignedUnit.line(0, c.english(), c.target())), false);
                List<Finding> alarmsHere = fs.stream().filter(f -> ALARMS.contains(f.kind())).toList();
                if (c.label().equals("ok")) {
                    correct++;
                    if (!alarmsHere.isEmpty()) {
                        alarms++;
                        falseAlarms.add(c.target() + " -> " + alarmsHere.get(0).kind() + " " + alarmsHere.get(0).concept());
                    }
                } else {
                    wrong++;
                    List<Finding> mine = alarmsHere.stream().filter(f -> c.concept().equals(f.concept())).toList();
                    if (mine.isEmpty()) {
                        misses.add(c.label() + ": " + c.target());
                    } else {
                        detected++;
                        if (mine.stream().anyMatch(f -> f.kind().equals(c.label()))) {
                            rightKind++;
                        }
                    }
                }
            }
            out.put(e.getKey(), new Score(e.getKey(), wrong, detected, correct, alarms, rightKind, misses, falseAlarms));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TermQualityEvaluation.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TermQualityEvaluation() {
    }
}
