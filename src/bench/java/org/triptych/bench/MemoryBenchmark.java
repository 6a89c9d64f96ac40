package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.triptych.io.document.TmxReader;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.Language;
import org.triptych.mt.Draft;
import org.triptych.mt.MemoryProvider;
import org.triptych.mt.MtRequest;
import org.triptych.mt.MtResult;
import org.triptych.mt.TranslationMemory;

/**
 * Translation memory speed: writes a TMX of 100,000 sentence units (English, Arabic, Russian; words drawn from a
 * 20,000-word vocabulary with a Zipf-like skew, 6 to 40 words a sentence, numbers in one unit of three), then times
 * (1) reading it with {@link TmxReader} and building the {@link TranslationMemory} for en→ar and en→ru, and (2)
 * {@link MemoryProvider} answering a 500-paragraph article (3 sentences a paragraph; a quarter of the paragraphs
 * made of stored sentences, a quarter of stored sentences with a word or two or a number changed, a quarter mixed,
 * a quarter new) into Arabic and Russian, cold and then warm; and the same article's 1,500 sentences one by one.
 * Targets: load under 3 s, the article under 1 s. Arguments: units (100000), paragraphs (500).
 */
public final class MemoryBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int unitCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int paragraphCount = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Random random = new Random(42);
        String[] vocabulary = new String[20_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random, 3 + random.nextInt(8));
        }
        List<String> english = new ArrayList<>(unitCount);
        List<TmxWriter.Unit> units = new ArrayList<>(unitCount);
        for (int u = 0; u < unitCount; u++) {
            String en = sentence(random, vocabulary, u % 3 == 0);
            english.add(en);
            units.add(new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", en),
                    new TmxWriter.Variant("ar", "ترجمة " + en),
                    new TmxWriter.Variant("ru", "Перевод " + en))));
        }
        Path tmx = Files.createTempFile("triptych-memory", ".tmx");
        new TmxWriter("bench").write(tmx, "en", "sentence", units);
        System.out.printf("wrote %,d units, %.1f MB%n", unitCount, Files.size(tmx) / 1048576.0);

        TranslationMemory memory = null;
        // Thread CPU time beside wall time: on a shared 2-core machine other builds stretch the wall time.
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            long gc = gcMillis();
            memory = load(tmx);
            System.out.printf("load %s: %d ms wall, %d ms CPU, %d ms GC (%,d units held)%n", run == 0 ? "cold" : "warm",
                    (System.nanoTime() - t) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    gcMillis() - gc, memory.size());
        }

        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < paragraphCount; p++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                String stored = english.get(random.nextInt(english.size()));
                // a quarter of the paragraphs all stored, a quarter all edited, a quarter mixed, a quarter new
                int kind = p % 4 == 0 ? 0 : p % 4 == 1 ? 1 : p % 4 == 2 ? s : 2;
                String sentence = switch (kind) {
                    case 0 -> stored;
                    case 1 -> edit(random, vocabulary, stored);
                    default -> sentence(random, vocabulary, false);
                };
                b.append(b.length() == 0 ? "" : " ").append(sentence);
            }
            paragraphs.add(b.toString());
        }
        MemoryProvider provider = new MemoryProvider(memory, MemoryProvider.DEFAULT_MIN_SCORE, (u, f, s, t2, d) -> List.of());
        MtRequest request = MtRequest.of(Language.ENGLISH, List.of(Language.ARABIC, Language.RUSSIAN), paragraphs);
        List<String> sentences = paragraphs.stream().flatMap(p -> List.of(p.split("(?<=\\.) ")).stream()).toList();
        MtRequest bySentence = MtRequest.of(Language.ENGLISH, List.of(Language.ARABIC, Language.RUSSIAN), sentences);
        for (int run = 0; run < 4; run++) {
            long t = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            MtResult r = provider.translate(request);
            long paragraphMs = (System.nanoTime() - t) / 1_000_000;
            long paragraphCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            t = System.nanoTime();
            MtResult s = provider.translate(bySentence);
            long sentenceMs = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("%s: %d paragraphs into ar+ru in %d ms wall, %d ms CPU (%d answered); %d sentences in %d ms "
                            + "(%d exact, %d placeable, %d fuzzy, %d none)%n",
                    run == 0 ? "cold" : "warm", paragraphs.size(), paragraphMs, paragraphCpu, answered(r), sentences.size(), sentenceMs,
                    kind(s, "EXACT"), kind(s, "PLACEABLE"), kind(s, "FUZZY"),
                    s.drafts().stream().filter(d -> d.memory() == null).count());
        }
        Files.deleteIfExists(tmx);
    }

    private static TranslationMemory load(Path tmx) throws Exception {
        TranslationMemory.Builder b = TranslationMemory.builder();
        String origin = tmx.getFileName().toString();
        new TmxReader().read(tmx, u -> {
            String en = u.variants().get("en");
            if (en != null) {
                u.variants().forEach((lang, text) -> {
                    if (!lang.equals("en")) {
                        b.add(Language.ENGLISH, en, Language.of(lang), text, origin);
                    }
                });
            }
        });
        return b.build();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long answered(MtResult r) {
        return r.drafts().stream().filter(d -> d.memory() != null).count();
    }

    private static long kind(MtResult r, String kind) {
        return r.drafts().stream().map(Draft::memory).filter(m -> m != null && m.kind().name().equals(kind)).count();
    }

    private static String edit(Random random, String[] vocabulary, String sentence) {
        String body = sentence.substring(0, sentence.length() - 1);
        String[] words = body.split(" ");
        if (body.matches(".*\\d.*") && random.nextBoolean()) {
            return body.replaceFirst("\\d+", String.valueOf(1 + random.nextInt(999))) + ".";
        }
        for (int k = 0, n = 1 + random.nextInt(2); k < n; k++) {
            words[1 + random.nextInt(words.length - 1)] = vocabulary[random.nextInt(vocabulary.length)];
        }
        return String.join(" ", words) + ".";
    }

    private static String sentence(Random random, String[] vocabulary, boolean number) {
        int n = 6 + random.nextInt(35);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            // Zipf-like: small indexes (common words) far more often
            int index = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
            String w = vocabulary[Math.max(0, index)];
            b.append(k == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
            if (number && k == n / 2) {
                b.append(1 + random.nextInt(999)).append(' ');
            }
        }
        return b.toString().strip() + ".";
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
