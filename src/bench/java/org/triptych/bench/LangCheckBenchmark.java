package org.triptych.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.triptych.langcheck.AcceptedTerms;
import org.triptych.langcheck.CheckListener;
import org.triptych.langcheck.CheckSession;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.langcheck.LanguageCheckSettings;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * Noise, typo recall, speed and memory of the language checks.
 *
 * <p>Quality: findings per 1,000 words on clean text (our own article in src/bench/resources/langcheck, and the
 * align-dev articles when {@code -Dtriptych.evalDir} points at them; they are read, never copied) and recall of
 * injected typos (two neighbouring letters swapped, fixed seed), with LanguageTool's defaults and with our tuning.
 * Speed: first screen, whole text and re-check after one edit per language from a cold start, then a 5,000-word
 * triple, and peak RSS with all three languages loaded. Arguments: {@code speed}, {@code quality} (default both;
 * run speed in a fresh JVM so loading is cold). On align-dev, "other versions" rows confirm names by the gold-aligned
 * paragraphs of the other two versions ({@code workbench.AlignedNameEvidence}); {@code -Dtriptych.devGlossary} adds
 * rows with a glossary written for those articles (kept outside the repository), {@code -Dtriptych.settings} keeps
 * only the rows named.
 */
public final class LangCheckBenchmark {

    /** {@code -Dtriptych.languages=en,ru} limits the run (Arabic is slow). */
    private static final List<Language> LANGUAGES = java.util.Arrays.stream(
            System.getProperty("triptych.languages", "en,ar,ru").split(",")).map(Language::of).toList();
    private static final int TYPOS_PER_PARAGRAPH = 3;
    private static final String HEADER = "| lang | words | setting | findings/1000 w | typos | recall | recall on words"
            + " not flagged before |\n|---|---|---|---|---|---|---|";

    private LangCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> modes = new HashSet<>(List.of(args.length == 0 ? new String[] {"speed", "quality"} : args));
        if (modes.contains("speed")) {
            speed();
        }
        if (modes.contains("quality")) {
            quality();
        }
        System.out.printf(Locale.ROOT, "%nPeak RSS (VmHWM): %d MB, heap used now: %d MB%n", peakRssMb(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.exit(0);
    }

    // ---------------------------------------------------------------- quality

    private static void quality() throws Exception {
        Map<Language, AcceptedTerms> glossary = glossaries();
        System.out.println("\n## Own article (src/bench/resources/langcheck), glossary of its 12 names");
        System.out.println(HEADER);
        Map<String, Map<String, Integer>> ruleCounts = new LinkedHashMap<>();
        for (Language lang : LANGUAGES) {
            List<String> paras = paragraphs(resource(lang.code() + ".txt"));
            measure(lang, List.of(paras), glossary.get(lang), null, 4, ruleCounts, "own");
        }
        String evalDir = System.getProperty("triptych.evalDir");
        if (evalDir != null) {
            int articles = Integer.getInteger("triptych.evalArticles", 12);
            // -Dtriptych.devGlossary: a glossary written for these articles, kept outside the repository
            String devGlossary = System.getProperty("triptych.devGlossary");
            AcceptedTerms dev = devGlossary == null ? null : org.triptych.workbench.GlossaryAcceptance.of(
                    org.triptych.io.glossary.GlossaryFiles.read(Path.of(devGlossary)).glossary());
            System.out.println("\n## align-dev (first " + articles + " articles, read from " + evalDir + ")"
                    + (dev == null ? ", no glossary" : ", and with the glossary " + devGlossary)
                    + "; \"other versions\": names confirmed by the gold-aligned paragraphs of the other two");
            System.out.println(HEADER);
            List<Path> dirs = articleDirs(Path.of(evalDir), articles);
            List<org.triptych.langcheck.NameEvidence> evidence = new ArrayList<>();
            for (Path dir : dirs) {
                evidence.add(goldEvidence(dir));
            }
            for (Language lang : LANGUAGES) {
                List<List<String>> docs = new ArrayList<>();
                for (Path dir : dirs) {
                    docs.add(paragraphs(Files.readString(dir.resolve(lang.code() + ".txt"))));
                }
                measure(lang, docs, dev, evidence, 1, ruleCounts, "dev");
            }
        }
        System.out.println("\n## Rule ids firing on clean text (count; most frequent first)");
        ruleCounts.forEach((k, v) -> {
            StringBuilder sb = new StringBuilder("- " + k + ": ");
            v.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(14)
                    .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
            System.out.println(sb);
        });
    }

    /** The article's three versions linked by the gold paragraph beads, as name evidence for each version. */
    private static org.triptych.langcheck.NameEvidence goldEvidence(Path dir) throws Exception {
        com.fasterxml.jackson.databind.JsonNode gold = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("gold.json").toFile());
        Map<Language, org.triptych.model.DocumentVersion> versions = new LinkedHashMap<>();
        for (String code : List.of("en", "ar", "ru")) {
            List<org.triptych.model.Paragraph> ps = new ArrayList<>();
            for (String p : paragraphs(Files.readString(dir.resolve(code + ".txt")))) {
                ps.add(org.triptych.model.Paragraph.unsegmented(p));
            }
            versions.put(Language.of(code), new org.triptych.model.DocumentVersion(Language.of(code), code, ps));
        }
        Map<Language, org.triptych.model.Alignment> links = new LinkedHashMap<>();
        for (String code : List.of("ar", "ru")) {
            List<org.triptych.model.Bead> beads = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode b : gold.get("en-" + code).get("paragraph")) {
                List<Integer> e = new ArrayList<>();
                b.get(0).forEach(x -> e.add(x.asInt()));
                List<Integer> t = new ArrayList<>();
                b.get(1).forEach(x -> t.add(x.asInt()));
                beads.add(org.triptych.model.Bead.of(e, t, 1.0));
            }
            links.put(Language.of(code), new org.triptych.model.Alignment(Language.of(code),
                    org.triptych.model.AlignmentLevel.PARAGRAPH, beads));
        }
        org.triptych.model.Article article = new org.triptych.model.Article(versions.get(Language.ENGLISH),
                List.of(versions.get(Language.ARABIC), versions.get(Language.RUSSIAN)));
        return org.triptych.workbench.AlignedNameEvidence.of(article, links);
    }

    private record Setting(String name, LanguageCheckSettings settings, AcceptedTerms glossary, boolean versions) {
    }

    private static void measure(Language lang, List<List<String>> docs, AcceptedTerms glossary,
                                List<org.triptych.langcheck.NameEvidence> evidence, int rounds,
                                Map<String, Map<String, Integer>> ruleCounts, String corpus) {
        int words = docs.stream().flatMap(List::stream).mapToInt(LangCheckBenchmark::wordCount).sum();
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting("LanguageTool defaults", LanguageCheckSettings.languageToolDefaults(lang),
                AcceptedTerms.none(), false));
        if (glossary != null) {
            settings.add(new Setting("LanguageTool defaults + glossary",
                    LanguageCheckSettings.languageToolDefaults(lang), glossary, false));
        }
        settings.add(new Setting("tuned rules only", LanguageCheckSettings.tuned(lang).withTolerateUnknownNames(false)
                .withIgnoreForeignScript(false).withVariant(LanguageCheckSettings.defaultVariant(lang)),
                AcceptedTerms.none(), false));
        settings.add(new Setting("tuned", LanguageCheckSettings.tuned(lang), AcceptedTerms.none(), false));
        if (evidence != null) {
            settings.add(new Setting("tuned + other versions", LanguageCheckSettings.tuned(lang), AcceptedTerms.none(),
                    true));
        }
        if (glossary != null) {
            settings.add(new Setting("tuned + glossary", LanguageCheckSettings.tuned(lang), glossary, false));
            if (evidence != null) {
                settings.add(new Setting("tuned + glossary + other versions", LanguageCheckSettings.tuned(lang),
                        glossary, true));
            }
        }
        // -Dtriptych.settings=tuned,tuned + other versions: only these rows
        String only = System.getProperty("triptych.settings");
        if (only != null) {
            List<String> keep = java.util.Arrays.stream(only.split(",")).map(String::strip).toList();
            settings.removeIf(x -> !keep.contains(x.name()));
        }
        // typoTexts[round][doc] and typos[round][doc]
        List<List<List<String>>> typoTexts = new ArrayList<>();
        List<List<List<Typo>>> typos = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Random random = new Random(42 + r);
            List<List<String>> texts = new ArrayList<>();
            List<List<Typo>> ts = new ArrayList<>();
            for (List<String> doc : docs) {
                List<Typo> t = new ArrayList<>();
                texts.add(injectTypos(lang, doc, random, t));
                ts.add(t);
            }
            typoTexts.add(texts);
            typos.add(ts);
        }
        for (Setting e : settings) {
            try (LanguageCheckService service = new LanguageCheckService()) {
                service.setSettings(e.settings());
                service.setGlossary(e.glossary());
                int cleanCount = 0;
                int found = 0;
                int total = 0;
                int foundFresh = 0;
                int totalFresh = 0;
                String name = e.name();
                boolean show = Boolean.getBoolean("triptych.showFindings") && name.startsWith("tuned")
                        && !name.equals("tuned rules only");
                for (int d = 0; d < docs.size(); d++) {
                    org.triptych.langcheck.NameEvidence names = e.versions() ? evidence.get(d)
                            : org.triptych.langcheck.NameEvidence.NONE;
                    List<Finding> clean = service.checkAll(lang, docs.get(d), names);
                    cleanCount += clean.size();
                    if (show) {
                        for (Finding f : clean) {
                            System.out.println("    " + name + " | " + f.ruleId() + " | " + f.text() + " | "
                                    + f.suggestions() + " | doc " + (d + 1));
                        }
                    }
                    if (name.equals("LanguageTool defaults") || name.equals("tuned")) {
                        Map<String, Integer> counts = ruleCounts.computeIfAbsent(
                                corpus + " " + lang.code() + " " + name, k -> new TreeMap<>());
                        for (Finding f : clean) {
                            counts.merge(f.ruleId(), 1, Integer::sum);
                        }
                    }
                    for (int r = 0; r < rounds; r++) {
                        List<Finding> f = service.checkAll(lang, typoTexts.get(r).get(d), names);
                        for (Typo t : typos.get(r).get(d)) {
                            boolean hit = overlaps(f, t);
                            if (!hit && show) {
                                String typoText = typoTexts.get(r).get(d).get(t.unit());
                                System.out.println("    missed typo | " + name + " | "
                                        + typoText.substring(t.start(), t.end()) + " | doc " + (d + 1));
                            }
                            total++;
                            found += hit ? 1 : 0;
                            // a word already flagged in the clean text says nothing about typo detection
                            if (!overlaps(clean, t)) {
                                totalFresh++;
                                foundFresh += hit ? 1 : 0;
                            }
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %d | %.1f%% | %.1f%% |%n", lang.code(),
                        words, name, 1000.0 * cleanCount / words, total, 100.0 * found / Math.max(1, total),
                        100.0 * foundFresh / Math.max(1, totalFresh));
            }
        }
    }

    private static boolean overlaps(List<Finding> findings, Typo t) {
        for (Finding x : findings) {
            if (x.unit() == t.unit() && x.start() < t.end() && t.start() < x.end()) {
                return true;
            }
        }
        return false;
    }

    record Typo(int unit, int start, int end) {
    }

    /** Swaps two different neighbouring letters inside up to three words (4+ letters, own script) per paragraph. */
    static List<String> injectTypos(Language lang, List<String> paras, Random random, List<Typo> out) {
        List<String> result = new ArrayList<>();
        Character.UnicodeScript script = switch (lang.code()) {
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "ru" -> Character.UnicodeScript.CYRILLIC;
            default -> Character.UnicodeScript.LATIN;
        };
        for (int u = 0; u < paras.size(); u++) {
            String p = paras.get(u);
            List<int[]> words = new ArrayList<>();
            int i = 0;
            while (i < p.length()) {
                if (!Character.isLetter(p.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < p.length() && Character.isLetter(p.charAt(i))) {
                    i++;
                }
                boolean own = Character.UnicodeScript.of(p.charAt(s)) == script;
                boolean hasPair = false;
                for (int k = s; k + 1 < i; k++) {
                    hasPair |= p.charAt(k) != p.charAt(k + 1);
                }
                if (i - s >= 4 && own && hasPair) {
                    words.add(new int[] {s, i});
                }
            }
            char[] chars = p.toCharArray();
            Set<Integer> used = new HashSet<>();
            for (int n = 0; n < TYPOS_PER_PARAGRAPH && used.size() < words.size(); n++) {
                int w;
                do {
                    w = random.nextInt(words.size());
                } while (used.contains(w));
                used.add(w);
                int[] span = words.get(w);
                int k;
                do {
                    k = span[0] + random.nextInt(span[1] - span[0] - 1);
                } while (chars[k] == chars[k + 1]);
                char c = chars[k];
                chars[k] = chars[k + 1];
                chars[k + 1] = c;
                out.add(new Typo(u, span[0], span[1]));
            }
            result.add(new String(chars));
        }
        return result;
    }

    // ---------------------------------------------------------------- speed

    private static void speed() throws Exception {
        System.out.println("## Speed, own article (~400 words, 10 paragraphs), cold start per language");
        System.out.println("| lang | load + first screen (10 paragraphs) | whole text | re-check after one edit | checks run |");
        System.out.println("|---|---|---|---|---|");
        for (Language lang : LANGUAGES) {
            List<String> paras = paragraphs(resource(lang.code() + ".txt"));
            try (LanguageCheckService service = new LanguageCheckService()) {
                Timing t = run(service, lang, paras);
                System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s | %.0f ms | %d |%n", lang.code(), t.firstScreen,
                        t.whole, t.recheckMs, service.checksRun());
            }
        }
        System.out.printf(Locale.ROOT, "RSS after loading all three: %d MB (peak %d MB)%n", rssMb(), peakRssMb());

        Map<Language, List<String>> triple = new LinkedHashMap<>();
        String source;
        String evalDir = System.getProperty("triptych.evalDir");
        if (evalDir != null) {
            source = "align-dev articles concatenated to 5,000 English words";
            List<Path> dirs = articleDirs(Path.of(evalDir), 36);
            int words = 0;
            for (Path d : dirs) {
                for (Language l : LANGUAGES) {
                    triple.computeIfAbsent(l, k -> new ArrayList<>())
                            .addAll(paragraphs(Files.readString(d.resolve(l.code() + ".txt"))));
                }
                words = triple.get(Language.ENGLISH).stream().mapToInt(LangCheckBenchmark::wordCount).sum();
                if (words >= 5000) {
                    break;
                }
            }
        } else {
            source = "own article repeated 12 times (each copy numbered, so nothing comes from the cache)";
            for (Language l : LANGUAGES) {
                List<String> base = paragraphs(resource(l.code() + ".txt"));
                List<String> big = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    for (String p : base) {
                        big.add((k + 1) + ". " + p);
                    }
                }
                triple.put(l, big);
            }
        }
        System.out.println("\n## 5,000-word triple (" + source + "), all three languages at once, languages loaded");
        System.out.println("| lang | words | paragraphs | first screen (10 paragraphs) | whole text | re-check after one edit |");
        System.out.println("|---|---|---|---|---|---|");
        try (LanguageCheckService service = new LanguageCheckService()) {
            Map<Language, Timing> timings = new LinkedHashMap<>();
            List<Thread> threads = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Language l : LANGUAGES) {
                Thread th = new Thread(() -> {
                    try {
                        Timing t = run(service, l, triple.get(l));
                        synchronized (timings) {
                            timings.put(l, t);
                        }
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join();
            }
            double all = (System.nanoTime() - t0) / 1e9;
            for (Language l : LANGUAGES) {
                Timing t = timings.get(l);
                List<String> p = triple.get(l);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f s | %.2f s | %.0f ms |%n", l.code(),
                        p.stream().mapToInt(LangCheckBenchmark::wordCount).sum(), p.size(), t.firstScreen, t.whole,
                        t.recheckMs);
            }
            System.out.printf(Locale.ROOT, "Whole triple: %.1f s wall; RSS now %d MB, peak %d MB%n", all, rssMb(),
                    peakRssMb());
        }
    }

    record Timing(double firstScreen, double whole, double recheckMs) {
    }

    private static Timing run(LanguageCheckService service, Language lang, List<String> paras) throws Exception {
        int screen = Math.min(10, paras.size());
        CountDownLatch firstScreen = new CountDownLatch(screen);
        Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CountDownLatch edited = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean editIssued = new java.util.concurrent.atomic.AtomicBoolean();
        int editUnit = Math.min(3, paras.size() - 1);
        // the edit: the paragraph's first word typed again at its end
        String editedText = paras.get(editUnit) + " " + paras.get(editUnit).split(" ")[0];
        CheckListener listener = (session, unit, findings) -> {
            if (unit < screen && seen.add(unit)) {
                firstScreen.countDown();
            }
            if (unit == editUnit && editIssued.get()) {
                edited.countDown();
            }
        };
        long t0 = System.nanoTime();
        CheckSession s = service.open(lang, paras, 0, screen, listener);
        firstScreen.await(10, TimeUnit.MINUTES);
        double first = (System.nanoTime() - t0) / 1e9;
        s.whenDone().get(30, TimeUnit.MINUTES);
        double whole = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        editIssued.set(true);
        s.edit(editUnit, editedText);
        edited.await(5, TimeUnit.MINUTES);
        double recheck = (System.nanoTime() - t1) / 1e6;
        return new Timing(first, whole, recheck);
    }

    // ---------------------------------------------------------------- data

    private static Map<Language, AcceptedTerms> glossaries() throws IOException {
        Map<Language, List<String>> terms = new LinkedHashMap<>();
        for (String line : resource("glossary.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            terms.computeIfAbsent(Language.ENGLISH, k -> new ArrayList<>()).add(cols[0]);
            terms.computeIfAbsent(Language.ARABIC, k -> new ArrayList<>()).add(cols[1]);
            terms.computeIfAbsent(Language.RUSSIAN, k -> new ArrayList<>()).add(cols[2]);
        }
        Map<Language, AcceptedTerms> out = new LinkedHashMap<>();
        terms.forEach((l, t) -> out.put(l, AcceptedTerms.of(t)));
        return out;
    }

    /** Our own benchmark texts, read from src/bench/resources/langcheck (run from the repository root). */
    private static String resource(String name) throws IOException {
        Path dir = Path.of(System.getProperty("triptych.benchResources", "src/bench/resources"), "langcheck");
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("Benchmark text " + file.toAbsolutePath() + " not found: run from the repository root"
                    + " or set -Dtriptych.benchResources");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Path> articleDirs(Path root, int limit) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().limit(limit).toList();
        }
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static long rssMb() {
        return statusKb("VmRSS:") >> 10;
    }

    private static long peakRssMb() {
        return statusKb("VmHWM:") >> 10;
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
