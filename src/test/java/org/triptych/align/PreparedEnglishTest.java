package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.triptych.align.Samples.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * One English version prepared once serves both targets: its signals are found once, even when the two pairs are
 * aligned at the same time, and the links are those of aligning each pair on its own.
 */
class PreparedEnglishTest {

    private final SentenceAligner aligner = new SentenceAligner();

    /** A glossary that finds nothing and counts how often it is asked about an English unit. */
    private static final class CountingGlossary implements TermEvidence {
        final AtomicInteger englishAsked = new AtomicInteger();

        @Override
        public List<String> conceptsIn(String text, Language language) {
            if (language.equals(Language.ENGLISH)) {
                englishAsked.incrementAndGet();
            }
            return List.of();
        }
    }

    @Test
    void englishSignalsAreFoundOnceForBothPairsAlignedAtOnce() throws Exception {
        CountingGlossary glossary = new CountingGlossary();
        AlignOptions options = AlignOptions.defaults().withTerms(glossary);
        PreparedEnglish english = PreparedEnglish.ofUnits(Samples.EN);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<List<Bead>> ar = pool.submit(() -> {
                go.await();
                return aligner.align(english, Samples.AR, null, Language.ARABIC, options);
            });
            Future<List<Bead>> ru = pool.submit(() -> {
                go.await();
                return aligner.align(english, Samples.RU, null, Language.RUSSIAN, options);
            });
            go.countDown();
            List<Bead> arLinks = ar.get(1, TimeUnit.MINUTES);
            List<Bead> ruLinks = ru.get(1, TimeUnit.MINUTES);
            assertEquals(Samples.EN.size(), glossary.englishAsked.get(), "each English unit looked at once");
            assertEquals(shape(aligner.align(Samples.EN, Samples.AR, Language.ARABIC, options)), shape(arLinks));
            assertEquals(shape(aligner.align(Samples.EN, Samples.RU, Language.RUSSIAN, options)), shape(ruLinks));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherGlossaryGetsItsOwnSignals() {
        PreparedEnglish english = PreparedEnglish.ofUnits(Samples.EN);
        CountingGlossary first = new CountingGlossary();
        CountingGlossary second = new CountingGlossary();
        aligner.align(english, Samples.RU, null, Language.RUSSIAN, AlignOptions.defaults().withTerms(first));
        aligner.align(english, Samples.RU, null, Language.RUSSIAN, AlignOptions.defaults().withTerms(second));
        assertEquals(Samples.EN.size(), first.englishAsked.get());
        assertEquals(Samples.EN.size(), second.englishAsked.get());
    }

    @Test
    void paragraphsPreparedOnceGiveTheLinksOfEachPairAlone() {
        PreparedEnglish english = PreparedEnglish.ofParagraphs(paragraphs(Samples.EN));
        sameAsAlone(english, paragraphs(Samples.AR), Language.ARABIC);
        sameAsAlone(english, paragraphs(Samples.RU), Language.RUSSIAN);
    }

    private static void sameAsAlone(PreparedEnglish english, List<List<String>> target, Language language) {
        ParagraphAligner aligner = new ParagraphAligner();
        ParagraphAlignment shared = aligner.align(english, target, language, AlignOptions.defaults());
        ParagraphAlignment alone = aligner.align(paragraphs(Samples.EN), target, language, AlignOptions.defaults());
        assertEquals(shape(alone.paragraphs()), shape(shared.paragraphs()));
        assertEquals(shape(alone.sentences()), shape(shared.sentences()));
    }

    @Test
    void unitsWithoutParagraphsAreRefusedByTheParagraphAligner() {
        assertThrows(IllegalArgumentException.class, () -> new ParagraphAligner().align(
                PreparedEnglish.ofUnits(Samples.EN), paragraphs(Samples.RU), Language.RUSSIAN, AlignOptions.defaults()));
        assertThrows(IllegalArgumentException.class, () -> PreparedEnglish.ofUnits(Samples.EN, new boolean[3]));
    }

    /** The sample as paragraphs of two sentences. */
    private static List<List<String>> paragraphs(List<String> units) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i += 2) {
            out.add(units.subList(i, Math.min(units.size(), i + 2)));
        }
        return out;
    }
}
