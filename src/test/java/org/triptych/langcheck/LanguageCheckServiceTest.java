package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/** The background service: cache, one-paragraph re-check after an edit, priority, cancellation, dictionary. */
class LanguageCheckServiceTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The council met on Monday to discuss the budget.",
            "Members argued about the new road for several hours.",
            "The mayor said the vote was postponed untill spring.",
            "Residents welcomed the delay, according to a local newspaper.",
            "The next meeting will take place in the town hall.",
            "Officials promised to publish the full report next week.");

    private final LanguageCheckService service = new LanguageCheckService();

    @AfterEach
    void close() {
        service.close();
    }

    /** Records deliveries in order. */
    static final class Recorder implements CheckListener {
        final List<Integer> units = Collections.synchronizedList(new ArrayList<>());
        volatile int lastDone = -1;

        @Override
        public void paragraphChecked(CheckSession session, int unit, List<Finding> findings) {
            units.add(unit);
        }

        @Override
        public void progress(CheckSession session, int done, int total) {
            lastDone = done;
        }
    }

    @Test
    void checksEachParagraphOnceAndAnEditRechecksOnlyThatParagraph() throws Exception {
        Recorder rec = new Recorder();
        CheckSession s = service.open(Language.ENGLISH, PARAGRAPHS, rec);
        List<Finding> all = s.whenDone().get(60, TimeUnit.SECONDS);
        assertEquals(PARAGRAPHS.size(), service.checksRun());
        assertEquals(new CheckProgress(6, 6), s.progress());
        assertEquals(6, rec.lastDone);
        Finding typo = all.stream().filter(f -> f.text().equals("untill")).findFirst().orElseThrow();
        assertEquals(2, typo.unit());
        assertEquals(PARAGRAPHS.get(2).indexOf("untill"), typo.start());

        s.edit(4, "The next meeting will take place in the twon hall.");
        List<Finding> after = s.whenDone().get(60, TimeUnit.SECONDS);
        assertEquals(PARAGRAPHS.size() + 1, service.checksRun(), "only the edited paragraph was re-checked");
        assertTrue(after.stream().anyMatch(f -> f.unit() == 4 && f.text().equals("twon")), after.toString());
        assertTrue(after.stream().anyMatch(f -> f.unit() == 2 && f.text().equals("untill")));

        // The same texts again (a re-opened document): all from the cache.
        CheckSession again = service.open(Language.ENGLISH, PARAGRAPHS, null);
        assertEquals(all, again.whenDone().get(60, TimeUnit.SECONDS));
        assertEquals(PARAGRAPHS.size() + 1, service.checksRun());
        assertTrue(service.cacheHits() >= PARAGRAPHS.size());
    }

    @Test
    void visibleParagraphsAreCheckedFirst() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add("Paragraph number " + i + " reports that the harbour reopened on Tuesday morning.");
        }
        Recorder rec = new Recorder();
        CheckSession s = service.open(Language.ENGLISH, texts, 8, 11, rec);
        s.whenDone().get(60, TimeUnit.SECONDS);
        assertEquals(List.of(8, 9, 10), rec.units.subList(0, 3), rec.units.toString());
        assertEquals(12, rec.units.size());
    }

    @Test
    void editsMakeQueuedWorkStaleAndCancelStopsTheRest() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Report " + i + ": the ferry service between the islands resumed after the storm passed.");
        }
        CountDownLatch first = new CountDownLatch(1);
        CheckListener listener = (session, unit, findings) -> first.countDown();
        CheckSession s = service.open(Language.ENGLISH, texts, listener);
        s.edit(39, "Report 39: the fery service resumed.");
        s.edit(39, "Report 39: the ferry service resumed after the stomr.");
        assertTrue(first.await(60, TimeUnit.SECONDS));
        s.cancel();
        assertTrue(s.isCancelled());
        assertThrows(CancellationException.class, () -> s.whenDone().join());
        Thread.sleep(300);
        long run = service.checksRun();
        assertTrue(run < 41, "cancelled work still ran: " + run);
        // nothing from a stale text was kept
        List<Finding> f39 = s.findings(39);
        if (f39 != null) {
            assertFalse(f39.stream().anyMatch(f -> f.text().equals("fery")), f39.toString());
        }
        Thread.sleep(300);
        assertEquals(run, service.checksRun(), "work continued after cancel");
    }

    @Test
    void aFailingListenerDoesNotStopTheWorker() throws Exception {
        CheckListener throwing = (session, unit, findings) -> {
            throw new IllegalStateException("listener bug");
        };
        CheckSession s = service.open(Language.ENGLISH, List.of("One sentense.", "Two sentences."), throwing);
        List<Finding> f = s.whenDone().get(60, TimeUnit.SECONDS);
        assertTrue(f.stream().anyMatch(x -> x.text().equals("sentense")), f.toString());
        assertEquals(List.of(), service.open(Language.ENGLISH, List.of("Fine."), null).whenDone().get(60, TimeUnit.SECONDS));
    }

    @Test
    void latestEditWins() throws Exception {
        CheckSession s = service.open(Language.ENGLISH, List.of("A quiet day."), null);
        s.edit(0, "The fery left early.");
        s.edit(0, "The ferry left erly.");
        List<Finding> f = s.whenDone().get(60, TimeUnit.SECONDS);
        assertTrue(f.stream().anyMatch(x -> x.text().equals("erly")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.text().equals("fery")), f.toString());
    }

    @Test
    void addingAWordToThePersonalDictionaryDropsItsFindingsWithoutRechecking(@TempDir Path dir) throws Exception {
        service.setPersonalDictionary(PersonalDictionary.open(dir.resolve("dictionary.txt")));
        CheckSession s = service.open(Language.ENGLISH, List.of("The spokesperson praised the new blorfing scheme."), null);
        assertTrue(s.whenDone().get(60, TimeUnit.SECONDS).stream().anyMatch(f -> f.text().equals("blorfing")));
        long run = service.checksRun();
        assertTrue(service.addWord("blorfing"));
        s.refilter();
        assertTrue(s.findings().stream().noneMatch(f -> f.text().equals("blorfing")), s.findings().toString());
        assertEquals(run, service.checksRun());
        assertTrue(PersonalDictionary.open(dir.resolve("dictionary.txt")).contains("blorfing"));
    }

    @Test
    void checkDocumentNumbersFindingsByParagraphForTheCli() {
        DocumentVersion v = new DocumentVersion(Language.RUSSIAN, "t.txt", List.of(
                Paragraph.unsegmented("Совет собрался в понедельник."),
                Paragraph.unsegmented("Голосование отложили до вестны.")));
        List<Finding> f = service.checkDocument(v);
        Finding typo = f.stream().filter(x -> x.text().equals("вестны")).findFirst().orElseThrow();
        assertEquals(1, typo.unit());
        assertEquals(Language.RUSSIAN, typo.language());
    }

    @Test
    void anUnknownVariantFailsWithAClearMessage() {
        service.setSettings(LanguageCheckSettings.tuned(Language.ENGLISH).withVariant("en-XX"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> service.checkAll(Language.ENGLISH, List.of("Text.")));
        assertTrue(e.getMessage().contains("en"), e.getMessage());
    }
}
