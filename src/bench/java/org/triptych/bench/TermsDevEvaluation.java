package org.triptych.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TranslationChecker;

/**
 * Terminology quality on real articles: false alarms on the professional translations and recall of injected errors,
 * over the gold paragraph links of an align-dev style folder (read by path, never copied) and a glossary written for
 * those articles (kept outside the repository: it lists their names).
 *
 * <p>An occurrence is a concept the English unit names that has terms in the target language. A false alarm is a
 * {@code missing}, {@code possible}, {@code deprecated} or {@code forbidden} finding on the clean translation. For
 * recall, every rendering the clean check accepted is broken in turn, by deleting the matched words or by swapping two
 * neighbouring letters in them, and the unit is checked again: detected when an alarm names the concept, or another
 * concept the English unit names with the very same words (a surname several glossary people share gets one finding).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.triptych.bench.TermsDevEvaluation
 *      ../shared/eval/align-dev GLOSSARY.csv [--show]</pre>
 */
public final class TermsDevEvaluation {

    private static final Set<String> ALARMS = Set.of("missing", "possible", "deprecated", "forbidden");

    private TermsDevEvaluation() {
    }

    private static final class Tally {
        int occurrences;
        int alarms;
        int extras;
        int injected;
        int detected;
        final List<String> alarmLines = new ArrayList<>();
        final List<String> missed = new ArrayList<>();
        final List<String> glued = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        GlossaryLoad load = GlossaryFiles.read(Path.of(args[1]));
        boolean show = List.of(args).contains("--show");
        load.problems().stream().filter(p -> p.severity() != org.triptych.model.Severity.INFO)
                .forEach(p -> System.err.println(p));
        Glossary glossary = load.glossary();
        long t0 = System.nanoTime();
        TranslationChecker checker = new TranslationChecker(glossary);
        System.out.printf(Locale.ROOT, "glossary: %d concepts, matcher built in %.0f ms%n", glossary.concepts().size(),
                (System.nanoTime() - t0) / 1e6);
        Map<Language, Tally> tallies = new LinkedHashMap<>();
        List<Path> articles;
        try (Stream<Path> s = Files.list(dir)) {
            articles = s.filter(p -> Files.exists(p.resolve("gold.json"))).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path a : articles) {
            JsonNode gold = json.readTree(a.resolve("gold.json").toFile());
            List<String> en = lines(a.resolve("en.para.txt"));
            for (Language l : List.of(Language.ARABIC, Language.RUSSIAN)) {
                List<String> tg = lines(a.resolve(l.code() + ".para.txt"));
                List<AlignedUnit> units = units(gold.get("en-" + l.code()).get("paragraph"), en, tg);
                evaluate(a.getFileName().toString(), l, units, checker, tallies.computeIfAbsent(l, k -> new Tally()));
            }
        }
        System.out.println("| lang | occurrences | false alarms | rate | extra (info) | injected | detected | recall |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Language, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d | %d | %.3f |%n", e.getKey().code(),
                    t.occurrences, t.alarms, t.alarms / (double) Math.max(1, t.occurrences), t.extras, t.injected,
                    t.detected, t.detected / (double) Math.max(1, t.injected));
        }
        if (show) {
            for (Map.Entry<Language, Tally> e : tallies.entrySet()) {
                System.out.println("\n## " + e.getKey().code() + " false alarms");
                e.getValue().alarmLines.forEach(System.out::println);
                System.out.println("\n## " + e.getKey().code() + " found glued (" + e.getValue().glued.size() + ")");
                e.getValue().glued.forEach(System.out::println);
                System.out.println("\n## " + e.getKey().code() + " injected errors not detected");
                e.getValue().missed.forEach(System.out::println);
            }
        }
    }

    private static void evaluate(String article, Language l, List<AlignedUnit> units, TranslationChecker checker,
                                 Tally t) {
        List<Finding> clean = checker.check(l, units, true);
        Set<String> alarmed = new LinkedHashSet<>();
        for (Finding f : clean) {
            if (ALARMS.contains(f.kind())) {
                t.alarms++;
                alarmed.add(f.unit() + ":" + f.concept());
                AlignedUnit u = units.stream().filter(x -> x.unit() == f.unit()).findFirst().orElseThrow();
                t.alarmLines.add(article + " " + f.kind() + " " + f.concept() + " unit " + f.unit() + ": "
                        + f.message() + "\n    EN: " + excerpt(u.english()) + "\n    TG: " + excerpt(u.target()));
            } else if (f.kind().equals("glued")) {
                t.glued.add(article + " unit " + f.unit() + ": " + f.text() + " = " + f.concept());
            } else if (f.kind().equals("extra")) {
                t.extras++;
                if (t.alarmLines.size() < 400) {
                    t.alarmLines.add(article + " (extra) " + f.concept() + " unit " + f.unit() + ": " + f.message());
                }
            }
        }
        for (AlignedUnit u : units) {
            if (u.english().isBlank()) {
                continue;
            }
            Set<String> concepts = new LinkedHashSet<>();
            Map<String, Set<String>> spansOf = new java.util.HashMap<>();
            for (TermMatch m : checker.matcher().find(Language.ENGLISH, u.english())) {
                if (!m.possible() && !m.concept().terms(l).isEmpty()) {
                    concepts.add(m.conceptId());
                    spansOf.computeIfAbsent(m.conceptId(), k -> new java.util.HashSet<>()).add(m.start() + ":" + m.end());
                }
            }
            t.occurrences += concepts.size();
            if (u.target().isBlank()) {
                continue;
            }
            List<TermMatch> tg = checker.matcher().find(l, u.target());
            for (String c : concepts) {
                if (alarmed.contains(u.unit() + ":" + c)) {
                    continue;
                }
                List<TermMatch> ms = tg.stream().filter(m -> m.conceptId().equals(c)).toList();
                if (ms.isEmpty()) {
                    continue;
                }
                for (boolean delete : new boolean[] {true, false}) {
                    String broken = broken(u.target(), ms, delete);
                    if (broken.equals(u.target())) {
                        continue;
                    }
                    t.injected++;
                    List<Finding> fs = checker.check(l, List.of(new AlignedUnit(u.unit(), u.englishIndices(),
                            u.targetIndices(), u.english(), broken)), false);
                    // an alarm naming the concept, or another the English names with the very same words (a
                    // surname several people of the glossary share: one mention, one finding)
                    if (fs.stream().anyMatch(f -> ALARMS.contains(f.kind()) && (c.equals(f.concept())
                            || f.concept() != null && spansOf.getOrDefault(c, Set.of()).equals(spansOf.get(f.concept()))))) {
                        t.detected++;
                    } else {
                        t.missed.add(article + " " + (delete ? "deleted " : "misspelt ") + c + " unit " + u.unit()
                                + ": " + excerpt(broken));
                    }
                }
            }
        }
    }

    /** The target with every match of the concept deleted, or with two neighbouring letters swapped in each. */
    private static String broken(String text, List<TermMatch> ms, boolean delete) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = ms.size() - 1; i >= 0; i--) {
            TermMatch m = ms.get(i);
            if (delete) {
                sb.replace(m.start(), m.end(), "");
            } else {
                String w = m.text();
                // the longest word of the match, letters swapped in its middle
                int best = -1;
                int bestLen = 0;
                int s = 0;
                for (int k = 0; k <= w.length(); k++) {
                    if (k == w.length() || !Character.isLetter(w.charAt(k))) {
                        if (k - s > bestLen) {
                            best = s;
                            bestLen = k - s;
                        }
                        s = k + 1;
                    }
                }
                if (bestLen >= 4) {
                    int p = m.start() + best + bestLen / 2 - 1;
                    char a = sb.charAt(p);
                    char b = sb.charAt(p + 1);
                    if (a != b) {
                        sb.setCharAt(p, b);
                        sb.setCharAt(p + 1, a);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<AlignedUnit> units(JsonNode beads, List<String> en, List<String> tg) {
        List<AlignedUnit> out = new ArrayList<>();
        int last = 0;
        for (JsonNode b : beads) {
            List<Integer> e = new ArrayList<>();
            b.get(0).forEach(x -> e.add(x.asInt()));
            List<Integer> t = new ArrayList<>();
            b.get(1).forEach(x -> t.add(x.asInt()));
            int unit = e.isEmpty() ? last : e.get(0);
            if (!e.isEmpty()) {
                last = e.get(e.size() - 1);
            }
            out.add(new AlignedUnit(unit, e, t, join(en, e), join(tg, t)));
        }
        return out;
    }

    private static String join(List<String> lines, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int i : idx) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        return sb.toString();
    }

    private static List<String> lines(Path p) throws java.io.IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    private static String excerpt(String s) {
        String x = s.replace('\n', ' ');
        return x.length() > 220 ? x.substring(0, 220) + "…" : x;
    }
}
