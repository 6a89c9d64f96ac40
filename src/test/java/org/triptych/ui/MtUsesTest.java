package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.LinkCell;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.CancellingProgress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Project;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.DraftCache;

/**
 * The workbench's other MT uses through the view model against a LibreTranslate-speaking server: one row's missing
 * paragraph, a whole version, a back-translation column, and cancel.
 */
class MtUsesTest {

    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private MockWebServer server;
    private final List<String> bodies = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers each text of {@code q} with "<target>#<n>:" + its first 20 characters, n counting texts in order. */
    private void echo() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                try {
                    String body = r.getBody().utf8();
                    synchronized (bodies) {
                        bodies.add(body);
                    }
                    JsonNode b = JSON.readTree(body);
                    List<String> out = new ArrayList<>();
                    for (JsonNode q : b.path("q")) {
                        String t = q.asText();
                        out.add(b.path("target").asText() + "#" + answered.getAndIncrement() + ":" + t.substring(0, Math.min(20, t.length())));
                    }
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                            .body("{\"translatedText\":" + JSON.writeValueAsString(out) + "}").build();
                } catch (Exception e) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
        });
    }

    private static String tag(String answer) {
        return answer.substring(answer.indexOf(':') + 1);
    }

    private AlignedViewModel sample() {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        return vm;
    }

    private DraftCommands commands(AlignedViewModel vm, TaskRunner tasks) {
        return new DraftCommands(vm.session(), tasks, new ApiKeys(Map.of(), null, null), DraftCache.none());
    }

    private DraftCommands.Settings libre() {
        return new DraftCommands.Settings("libretranslate", server.url("/").toString(), null, null);
    }

    @Test
    void oneRowsMissingParagraphIsDraftedIntoThatCellOnly() {
        AlignedViewModel vm = sample();
        echo();
        int english = vm.missingParagraphs(AR).get(0);
        int row = vm.table().rowOfEnglish(english);
        int other = row == 0 ? 1 : 0;
        DraftCommands drafts = commands(vm, TaskRunner.direct());

        drafts.draftRow(org.triptych.model.AlignmentLevel.PARAGRAPH, other, AR, libre());
        assertEquals(0, server.getRequestCount(), "a row whose Arabic cell has text sends nothing");
        assertTrue(vm.noticeProperty().get().contains("not empty"), vm.noticeProperty().get());

        drafts.draftRow(org.triptych.model.AlignmentLevel.PARAGRAPH, row, AR, libre());
        assertEquals(1, bodies.size());
        JsonNode sent = readTree(bodies.get(0));
        assertEquals(1, sent.path("q").size(), "only the row's paragraph: " + bodies.get(0));
        String englishText = vm.article().english().paragraphs().get(english).text();
        assertEquals(englishText, sent.path("q").get(0).asText());
        LinkTable t = vm.table();
        LinkCell cell = t.rows().get(row).cells().get(t.column(AR));
        assertEquals(1, cell.units().size());
        String drafted = vm.unitText(AR, cell.units().get(0));
        assertTrue(drafted.startsWith("ar#0:") && tag(drafted).equals(englishText.substring(0, 20)), drafted);
        assertEquals(LinkStatus.REVIEW, t.rows().get(row).status());
        assertTrue(vm.isMachineDraft(AR, cell.units().get(0), LinkStatus.REVIEW));
        assertTrue(vm.missingParagraphs(AR).isEmpty());
    }

    @Test
    void aWholeVersionIsReplacedByDraftsLinkedOneToOneAndUndoBringsTheOldBack() {
        AlignedViewModel vm = sample();
        echo();
        vm.editText(RU, 0, "Правка человека.");
        List<String> before = vm.article().version(RU).orElseThrow().paragraphTexts();
        DraftCommands drafts = commands(vm, TaskRunner.direct());

        drafts.draftWholeVersion(RU, libre(), false);
        assertEquals(0, server.getRequestCount(), "edited text is not thrown away without asking");
        assertTrue(vm.noticeProperty().get().contains("1 paragraph edit"), vm.noticeProperty().get());
        assertEquals(before, vm.article().version(RU).orElseThrow().paragraphTexts());

        drafts.draftWholeVersion(RU, libre(), true);
        List<String> english = vm.article().english().paragraphTexts();
        List<String> now = vm.article().version(RU).orElseThrow().paragraphTexts();
        assertEquals(english.size(), now.size());
        for (int i = 0; i < english.size(); i++) {
            assertTrue(now.get(i).startsWith("ru#") && tag(now.get(i)).equals(english.get(i).substring(0, Math.min(20, english.get(i).length()))),
                    i + ": " + now.get(i));
        }
        LinkTable t = vm.table();
        List<org.triptych.model.Bead> beads = t.alignment(RU).beads();
        assertEquals(english.size(), beads.size());
        for (int i = 0; i < beads.size(); i++) {
            assertEquals(List.of(i), beads.get(i).english());
            assertEquals(List.of(i), beads.get(i).target(), "1-1 link " + i);
            assertEquals(LinkStatus.REVIEW, beads.get(i).status());
        }
        // rows follow the Arabic links too (an Arabic 2-1 joins two English paragraphs); the Russian cell holds the same paragraphs
        for (int r = 0; r < t.rows().size(); r++) {
            LinkCell cell = t.rows().get(r).cells().get(t.column(RU));
            assertEquals(t.rows().get(r).english(), cell.units(), "row " + r);
            for (int u : cell.units()) {
                assertTrue(vm.isMachineDraft(RU, u, cell.status()), "MT-marked: row " + r);
            }
        }
        assertEquals(SampleArticle.load().version(AR).orElseThrow().paragraphTexts(),
                vm.article().version(AR).orElseThrow().paragraphTexts(), "Arabic untouched");
        assertFalse(vm.hasPersonEdits(RU));

        vm.undo();
        assertEquals(before, vm.article().version(RU).orElseThrow().paragraphTexts(), "one undo restores the old version");
        assertTrue(vm.hasPersonEdits(RU));
    }

    @Test
    void backTranslationGivesEachRowTheEnglishOfItsCell() {
        AlignedViewModel vm = sample();
        echo();
        BackTranslations back = new BackTranslations(vm);
        commands(vm, TaskRunner.direct()).backTranslate(RU, libre(), back::put);

        JsonNode sent = readTree(bodies.get(0));
        assertEquals("ru", sent.path("source").asText());
        assertEquals("en", sent.path("target").asText());
        assertTrue(back.shownProperty(RU).get());
        List<String> russian = vm.article().version(RU).orElseThrow().paragraphTexts();
        LinkTable t = vm.table();
        int withText = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            List<Integer> units = t.rows().get(r).cells().get(t.column(RU)).units();
            String shown = back.rowTexts(RU).get(r);
            if (units.isEmpty()) {
                assertEquals(null, shown, "row " + r + " has no Russian");
                continue;
            }
            withText++;
            String[] lines = shown.split("\n");
            assertEquals(units.size(), lines.length, "row " + r);
            for (int k = 0; k < units.size(); k++) {
                String ru = russian.get(units.get(k));
                assertTrue(lines[k].startsWith("en#") && tag(lines[k]).equals(ru.substring(0, Math.min(20, ru.length()))),
                        "row " + r + ": " + lines[k]);
            }
        }
        assertEquals(russian.size(), answered.get(), "each Russian paragraph translated once");
        assertTrue(withText > 0);

        // an edited paragraph has no back-translation until made again; the other rows keep theirs
        int row = t.rowOfTarget(RU, 0);
        vm.editText(RU, 0, "Новый текст.");
        assertFalse(back.rowTexts(RU).containsKey(row));
        assertEquals(withText - 1, back.rowTexts(RU).size());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a call not aborted waits 10 minutes
    void cancellingLeavesNothingBehind() {
        AlignedViewModel vm = sample();
        server.enqueue(new MockResponse.Builder().body("{\"translatedText\":[\"x\"]}")
                .headersDelay(10, java.util.concurrent.TimeUnit.MINUTES).build());
        server.enqueue(new MockResponse.Builder().body("{\"translatedText\":[\"x\"]}")
                .headersDelay(10, java.util.concurrent.TimeUnit.MINUTES).build());
        List<String> before = vm.article().version(RU).orElseThrow().paragraphTexts();
        BackTranslations back = new BackTranslations(vm);

        commands(vm, cancelledOnceAsked(1)).backTranslate(RU, libre(), back::put);
        assertEquals("Back-translation cancelled: nothing shown", vm.noticeProperty().get());
        assertTrue(back.rowTexts(RU).isEmpty());
        assertFalse(back.shownProperty(RU).get());

        commands(vm, cancelledOnceAsked(2)).draftWholeVersion(RU, libre(), true);
        assertEquals("Drafting cancelled: the version is unchanged", vm.noticeProperty().get());
        assertEquals(before, vm.article().version(RU).orElseThrow().paragraphTexts());
        assertFalse(vm.canUndoProperty().get(), "no edit was made");
        assertEquals(2, server.getRequestCount(), "each call was under way when it was cancelled");
    }

    /** A runner whose person presses Cancel once the provider has been asked {@code requests} times in all. */
    private TaskRunner cancelledOnceAsked(int requests) {
        return CancellingProgress.runnerCancelledWhen(() -> server.getRequestCount() >= requests);
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
