package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TermMatcher;
import org.triptych.workbench.GlossaryCandidate;
import org.triptych.workbench.TermExtraction;

/**
 * Glossary candidates against a hand-made concept list: for each article of an align-dev style folder (read by path,
 * never copied), the concepts of a glossary written for those articles (kept outside the repository) whose English
 * the article writes; candidates are extracted with no glossary given, as for a new article.
 * <ul>
 *   <li>coverage: listed concepts proposed with the right Arabic and Russian (equal to one of the concept's terms
 *       after spelling normalisation: the Arabic without clitics, the Russian in the nominative);</li>
 *   <li>precision: of the proposed candidates whose English is a listed concept, those with both right;</li>
 * </ul>
 * and the time extraction takes per article after the first (start-up and dictionaries loaded).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.triptych.bench.CandidatesDevEvaluation
 *      ../shared/eval/align-dev GLOSSARY.csv [--show]</pre>
 */
public final class CandidatesDevEvaluation {

    private CandidatesDevEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Glossary glossary = GlossaryFiles.read(Path.of(args[1])).glossary();
        boolean show = List.of(args).contains("--show");
        TermMatcher matcher = TermMatcher.build(glossary);
        List<Path> articles;
        try (Stream<Path> s = Files.list(dir)) {
            articles = s.filter(p -> Files.exists(p.resolve("en.txt")))
                    .filter(p -> p.getFileName().toString().startsWith(System.getProperty("only", "")))
                    .sorted().toList();
        }
        int listed = 0;
        int covered = 0;
        int listedInAll = 0;
        int coveredInAll = 0;
        int proposedListed = 0;
        int right = 0;
        int proposed = 0;
        List<Double> ms = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path a : articles) {
            long t0 = System.nanoTime();
            List<GlossaryCandidate> cs = TermExtraction.fromFiles(a.resolve("en.txt"),
                    Map.of(Language.ARABIC, a.resolve("ar.txt"), Language.RUSSIAN, a.resolve("ru.txt")), List.of(),
                    false, new TermExtraction.Reports() {
                        @Override
                        public void glossaryProblem(String problem) {
                        }

                        @Override
                        public void note(String note) {
                        }
                    });
            ms.add((System.nanoTime() - t0) / 1e6);
            proposed += cs.size();
            Set<String> list = new LinkedHashSet<>();
            for (TermMatch m : matcher.find(Language.ENGLISH, Files.readString(a.resolve("en.txt")))) {
                if (!m.possible() && !m.derived() && !m.shortForm()) {
                    list.add(m.conceptId());
                }
            }
            listed += list.size();
            Set<String> inAll = new LinkedHashSet<>(list);
            for (Language l : List.of(Language.ARABIC, Language.RUSSIAN)) {
                Set<String> here = new LinkedHashSet<>();
                for (TermMatch m : matcher.find(l, Files.readString(a.resolve(l.code() + ".txt")))) {
                    if (!m.possible()) {
                        here.add(m.conceptId());
                    }
                }
                inAll.retainAll(here);
            }
            listedInAll += inAll.size();
            Map<String, GlossaryCandidate> byConcept = new LinkedHashMap<>();
            for (GlossaryCandidate c : cs) {
                String id = concept(matcher, c.en());
                if (id != null && list.contains(id)) {
                    proposedListed++;
                    Concept concept = glossary.concepts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    boolean ok = same(concept, Language.ARABIC, c.ar()) && same(concept, Language.RUSSIAN, c.ru());
                    right += ok ? 1 : 0;
                    if (ok) {
                        byConcept.putIfAbsent(id, c);
                        if (show) {
                            lines.add(a.getFileName() + " right " + c.en() + " | " + c.ar() + " | " + c.ru() + " "
                                    + c.confidence() + " " + c.count());
                        }
                    } else if (show) {
                        lines.add(a.getFileName() + " WRONG " + c.en() + " | " + c.ar() + " | " + c.ru() + "   (glossary: "
                                + concept.terms(Language.ARABIC).get(0).text() + " | "
                                + concept.terms(Language.RUSSIAN).get(0).text() + ") " + c.confidence() + " " + c.count());
                    }
                } else if (show) {
                    lines.add(a.getFileName() + " other " + c.en() + " | " + c.ar() + " | " + c.ru() + " " + c.type()
                            + " " + c.confidence());
                }
            }
            covered += byConcept.size();
            coveredInAll += (int) byConcept.keySet().stream().filter(inAll::contains).count();
            if (show) {
                for (String id : list) {
                    if (!byConcept.containsKey(id)) {
                        Concept concept = glossary.concepts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                        StringBuilder seen = new StringBuilder();
                        if (inAll.contains(id)) {
                            for (Language l : List.of(Language.ARABIC, Language.RUSSIAN)) {
                                Set<String> forms = new LinkedHashSet<>();
                                for (TermMatch m : matcher.find(l, Files.readString(a.resolve(l.code() + ".txt")))) {
                                    if (!m.possible() && m.conceptId().equals(id)) {
                                        forms.add(m.text() + (m.derived() ? "*" : ""));
                                    }
                                }
                                seen.append(" | ").append(forms);
                            }
                        }
                        lines.add(a.getFileName() + (inAll.contains(id) ? " MISSED-ALL " : " MISSED ")
                                + concept.label() + seen);
                    }
                }
            }
        }
        List<Double> later = new ArrayList<>(ms.subList(1, ms.size()));
        later.sort(Double::compare);
        System.out.printf(Locale.ROOT, "articles %d, listed concepts %d, covered with right ar+ru %d (%.1f%%)%n",
                articles.size(), listed, covered, 100.0 * covered / Math.max(1, listed));
        System.out.printf(Locale.ROOT, "of them written by all three versions (glossary matcher, derived forms included) %d,"
                + " covered %d (%.1f%%)%n", listedInAll, coveredInAll, 100.0 * coveredInAll / Math.max(1, listedInAll));
        System.out.printf(Locale.ROOT, "proposed %d candidates, %d with a listed English, %d right (precision %.1f%%)%n",
                proposed, proposedListed, right, 100.0 * right / Math.max(1, proposedListed));
        System.out.printf(Locale.ROOT, "time per article after the first: median %.0f ms, max %.0f ms (first %.0f ms)%n",
                later.get(later.size() / 2), later.get(later.size() - 1), ms.get(0));
        lines.forEach(System.out::println);
    }

    /** The listed concept a candidate's English names as a whole (the full name or its surname). */
    private static String concept(TermMatcher matcher, String english) {
        for (TermMatch m : matcher.find(Language.ENGLISH, english)) {
            if (!m.possible() && !m.derived() && m.start() == 0 && m.end() >= english.length() - 1) {
                return m.conceptId();
            }
        }
        return null;
    }

    private static boolean same(Concept c, Language l, String form) {
        if (form == null) {
            return false;
        }
        String f = fold(form);
        for (Term t : c.terms(l)) {
            if (fold(t.text()).equals(f)) {
                return true;
            }
        }
        return false;
    }

    /** Case, ё, Arabic harakat, tatweel and letter variants, hyphens and spaces folded. */
    static String fold(String s) {
        String x = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replace('-', ' ').replaceAll("\\s+", " ").strip();
        StringBuilder sb = new StringBuilder();
        for (char c : x.toCharArray()) {
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
                case 'ى' -> sb.append('ي');
                case 'ة' -> sb.append('ه');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
