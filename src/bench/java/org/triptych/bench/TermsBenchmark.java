package org.triptych.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.triptych.io.glossary.CsvGlossaryWriter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.glossary.TbxWriter;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.TermMatcher;
import org.triptych.terms.TermQualityEvaluation;
import org.triptych.terms.TranslationChecker;
import org.triptych.text.RussianMorphology;

/**
 * Terminology benchmark: quality on the hand-written set, LanguageTool Russian load costs, loading a generated
 * 100,000-concept glossary (TBX v3 and CSV), building the matcher, checking a 10,000-word article triple, memory.
 * Run (after {@code mvn -o -q test-compile} and {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}):
 * {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.triptych.bench.TermsBenchmark}
 */
public final class TermsBenchmark {

    public static void main(String[] args) throws Exception {
        System.out.println("== Russian morphology load (cold, this JVM) ==");
        long t0 = System.nanoTime();
        RussianMorphology.shared().readings("Москве");
        System.out.printf(Locale.ROOT, "LanguageTool Russian dictionary (direct morfologik): %.0f ms%n", ms(t0));
        t0 = System.nanoTime();
        Object tagger = org.triptych.text.LanguageToolLanguages.forCode("ru").getTagger();
        System.out.printf(Locale.ROOT, "LanguageTool Russian getTagger(): %.0f ms (%s)%n", ms(t0), tagger.getClass().getSimpleName());
        List<String> words = List.of("Богданову", "Совета", "Безопасности", "Москве", "Египта", "Лавровым", "сказал");
        t0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 20_000; i++) {
            n += ((org.languagetool.tagging.Tagger) tagger).tag(List.of(words.get(i % words.size()))).size();
        }
        double viaTagger = ms(t0) * 1000 / 20_000;
        t0 = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            n += RussianMorphology.shared().readings(words.get(i % words.size())).size();
        }
        double direct = ms(t0) * 1000 / 200_000;
        System.out.printf(Locale.ROOT, "per word: tagger.tag %.1f us, direct dictionary lookup %.2f us (%d)%n",
                viaTagger, direct, n);

        System.out.println("\n== Quality on src/test/resources/terms/quality-cases.tsv ==");
        GlossaryLoad qg = TermQualityEvaluation.glossary();
        TranslationChecker qc = new TranslationChecker(qg.glossary());
        Map<Language, TermQualityEvaluation.Score> scores = TermQualityEvaluation.score(qc, TermQualityEvaluation.cases());
        System.out.println("| lang | cases | wrong renderings | detected | recall | correct renderings | false alarms | "
                + "false-alarm rate | precision | right kind |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (TermQualityEvaluation.Score s : scores.values()) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %d | %d | %.3f | %.3f | %d/%d |%n",
                    s.language(), s.occurrences(), s.wrong(), s.detected(), s.recall(), s.correct(), s.falseAlarms(),
                    s.falseAlarmRate(), s.precision(), s.rightKind(), s.detected());
            s.misses().forEach(m -> System.out.println("   missed: " + m));
            s.alarms().forEach(m -> System.out.println("   false alarm: " + m));
        }

        System.out.println("\n== Generated 100,000-concept glossary ==");
        Glossary big = generate(100_000, new Random(42));
        Path dir = Files.createTempDirectory("terms-bench");
        Path tbx = dir.resolve("big.tbx");
        Path csv = dir.resolve("big.csv");
        new TbxWriter().write(big, TbxWriter.Version.V3, tbx);
        new CsvGlossaryWriter().write(big, csv);
        System.out.printf(Locale.ROOT, "files: TBX %.1f MB, CSV %.1f MB%n", Files.size(tbx) / 1e6, Files.size(csv) / 1e6);
        System.out.println("(wall time, and in brackets this thread's CPU time: the machine may be shared)");
        for (int round = 1; round <= 3; round++) {
            t0 = System.nanoTime();
            long c0 = cpu();
            GlossaryLoad lt = GlossaryFiles.read(tbx);
            double tTbx = ms(t0);
            double cTbx = cpuMs(c0);
            t0 = System.nanoTime();
            c0 = cpu();
            GlossaryLoad lc = GlossaryFiles.read(csv);
            System.out.printf(Locale.ROOT, "round %d: load TBX %.0f ms [%.0f] (%d concepts), CSV %.0f ms [%.0f] (%d concepts)%n",
                    round, tTbx, cTbx, lt.glossary().size(), ms(t0), cpuMs(c0), lc.glossary().size());
        }
        long glossaryOnly = usedHeap();
        TermMatcher matcher = null;
        for (int round = 1; round <= 2; round++) {
            matcher = null;
            long before = usedHeap();
            t0 = System.nanoTime();
            long p0 = processCpu();
            matcher = TermMatcher.build(big);
            double tBuild = ms(t0);
            double pBuild = (processCpu() - p0) / 1e6;
            long after = usedHeap();
            System.out.printf(Locale.ROOT, "round %d: build matcher (3 languages, one thread each) %.0f ms wall, %.0f ms CPU "
                    + "all threads; matcher heap ~%d MB (glossary itself ~%d MB)%n", round, tBuild, pBuild,
                    (after - before) / 1_000_000, glossaryOnly / 1_000_000);
        }

        System.out.println("\n== Checking a 10,000-word article triple against it ==");
        TranslationChecker checker = new TranslationChecker(matcher);
        Map<Language, List<AlignedUnit>> units = article(big, 10_000, new Random(7));
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int round = 1; round <= 15; round++) {
            // a fresh checker each round: nothing cached from the previous round but the dictionary's word cache
            checker = new TranslationChecker(matcher);
            t0 = System.nanoTime();
            long c0 = cpu();
            int findings = 0;
            for (Map.Entry<Language, List<AlignedUnit>> e : units.entrySet()) {
                findings += checker.check(e.getKey(), e.getValue(), true).size();
            }
            walls.add(ms(t0));
            cpus.add(cpuMs(c0));
            if (round <= 2 || round == 15) {
                System.out.printf(Locale.ROOT, "round %d: %.1f ms [%.1f ms CPU], %d findings%n", round, walls.get(round - 1),
                        cpus.get(round - 1), findings);
            }
        }
        walls.sort(Double::compare);
        cpus.sort(Double::compare);
        System.out.printf(Locale.ROOT, "median of 15: %.1f ms wall, %.1f ms CPU%n", walls.get(7), cpus.get(7));
        System.out.printf(Locale.ROOT, "%nheap used now ~%d MB, max %d MB%n", usedHeap() / 1_000_000,
                Runtime.getRuntime().maxMemory() / 1_000_000);
        Files.deleteIfExists(tbx);
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
        System.out.println("peak heap (all pools) ~" + peak() / 1_000_000 + " MB");
    }

    private static final String[] LAT = {"ka", "ro", "mi", "sa", "ten", "vol", "dar", "lin", "bu", "ge", "zor", "han"};
    private static final String[] CYR = {"ка", "ро", "ми", "са", "тен", "вол", "дар", "лин", "бу", "ге", "зор", "хан"};
    private static final String[] ARA = {"كا", "رو", "مي", "سا", "تن", "فول", "دار", "لين", "بو", "غي", "زور", "هان"};

    /** Concepts with two-word names built from syllables, the same syllables in each script. */
    static Glossary generate(int size, Random r) {
        List<Concept> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int[] a = syllables(r, 2 + r.nextInt(2));
            int[] b = syllables(r, 2 + r.nextInt(2));
            Map<Language, List<Term>> terms = new LinkedHashMap<>();
            terms.put(Language.ENGLISH, List.of(Term.preferred(cap(word(LAT, a)) + " " + cap(word(LAT, b)))));
            terms.put(Language.ARABIC, List.of(Term.preferred(word(ARA, a) + " " + word(ARA, b))));
            List<Term> ru = new ArrayList<>();
            ru.add(Term.preferred(cap(word(CYR, a)) + " " + cap(word(CYR, b)) + "ов"));
            if (i % 10 == 0) {
                ru.add(Term.of(cap(word(CYR, a)) + " " + cap(word(CYR, b)) + "ев", TermStatus.DEPRECATED));
            }
            terms.put(Language.RUSSIAN, ru);
            out.add(new Concept("g" + i, i % 3 == 0 ? ConceptType.PERSON : ConceptType.ORGANISATION, "", terms));
        }
        return new Glossary("generated", out);
    }

    /** About {@code words} words per language in paragraphs of ~50 words, a glossary name every ~15 words. */
    static Map<Language, List<AlignedUnit>> article(Glossary g, int words, Random r) {
        String[] enFill = "the minister said on Monday that talks would continue despite objections from several delegations in the region".split(" ");
        String[] ruFill = "министр заявил в понедельник что переговоры продолжатся несмотря на возражения нескольких делегаций региона".split(" ");
        String[] arFill = "قال الوزير يوم الاثنين إن المحادثات ستستمر رغم اعتراضات عدة وفود في المنطقة".split(" ");
        Map<Language, List<AlignedUnit>> out = new LinkedHashMap<>();
        List<StringBuilder[]> paragraphs = new ArrayList<>();
        int count = 0;
        while (count < words) {
            StringBuilder en = new StringBuilder();
            StringBuilder ar = new StringBuilder();
            StringBuilder ru = new StringBuilder();
            for (int w = 0; w < 50; w++, count++) {
                if (w % 15 == 7) {
                    Concept c = g.concepts().get(r.nextInt(g.size()));
                    en.append(c.terms(Language.ENGLISH).get(0).text()).append(' ');
                    ar.append("و").append(c.terms(Language.ARABIC).get(0).text()).append(' ');
                    ru.append(c.terms(Language.RUSSIAN).get(0).text()).append("ым ");
                } else {
                    en.append(enFill[r.nextInt(enFill.length)]).append(' ');
                    ar.append(arFill[r.nextInt(arFill.length)]).append(' ');
                    ru.append(ruFill[r.nextInt(ruFill.length)]).append(' ');
                }
                if (w % 20 == 19) {
                    int num = r.nextInt(100_000);
                    en.append(String.format(Locale.US, "%,d", num)).append(' ');
                    ar.append(num).append(' ');
                    ru.append(num).append(' ');
                }
            }
            paragraphs.add(new StringBuilder[] {en, ar, ru});
        }
        List<AlignedUnit> ar = new ArrayList<>();
        List<AlignedUnit> ru = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            StringBuilder[] p = paragraphs.get(i);
            ar.add(AlignedUnit.line(i, p[0].toString(), p[1].toString()));
            ru.add(AlignedUnit.line(i, p[0].toString(), p[2].toString()));
        }
        out.put(Language.ARABIC, ar);
        out.put(Language.RUSSIAN, ru);
        return out;
    }

    private static int[] syllables(Random r, int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextInt(LAT.length);
        }
        return s;
    }

    private static String word(String[] alphabet, int[] s) {
        StringBuilder sb = new StringBuilder();
        for (int i : s) {
            sb.append(alphabet[i]);
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double cpuMs(long c0) {
        return (cpu() - c0) / 1e6;
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peak() {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private TermsBenchmark() {
    }
}
