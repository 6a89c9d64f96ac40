package org.triptych.ui;

import org.triptych.ui.AlignedViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;
import org.triptych.workbench.CancellingProgress;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.LinkCell;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.TaskRunner;
import org.triptych.model.LinkStatus;
import org.triptych.model.Project;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.DraftCache;

/** "Draft missing paragraphs" through the view model, against a LibreTranslate server speaking its wire format. */
class DraftCommandsTest {

    private static final Language AR = Language.ARABIC;
    private MockWebServer server;
    private final List<String> messages = new ArrayList<>();

    /** Runs work at once, like {@link TaskRunner#direct()}, and keeps the progress messages. */
    private final TaskRunner recording = TaskRunner.direct(new TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    });

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void draftsGoIntoTheEmptyCellsMarkedAsMachineOutputUntilConfirmed() throws Exception {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        List<Integer> missing = vm.missingParagraphs(AR);
        assertEquals(1, missing.size(), "the sample's Arabic leaves one English paragraph out");
        int english = missing.get(0);
        int arabicBefore = vm.article().version(AR).orElseThrow().paragraphs().size();
        int rowsBefore = vm.rows().size();
        String draft = "مسودة آلية: عرضت سلطنة عمان استضافة جولة ثانية من المحادثات.";
        server.enqueue(json(429, "{\"error\":\"Slowdown: 30 per 1 minute\"}").newBuilder().addHeader("Retry-After", "1").build());
        server.enqueue(json(200, "{\"translatedText\":[\"" + draft + "\"]}"));

        new DraftCommands(vm.session(), recording, new ApiKeys(Map.of(), null, null), DraftCache.none())
                .draftMissing(AR, new DraftCommands.Settings("libretranslate", server.url("/").toString(), "", null));

        RecordedRequest first = server.takeRequest();
        assertEquals("/translate", first.getUrl().encodedPath());
        String body = server.takeRequest().getBody().utf8();
        assertTrue(body.contains("\"source\":\"en\"") && body.contains("\"target\":\"ar\""), body);
        String englishText = vm.article().english().paragraphs().get(english).text();
        assertTrue(body.contains(englishText.substring(0, 30)), "the missing English paragraph is sent: " + body);
        assertFalse(body.contains("api_key"), "no key was given or set");
        assertTrue(messages.stream().anyMatch(m -> m != null && m.startsWith("Waiting") && m.contains("rate limit")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m != null && m.contains("1 of 1 segments")), messages.toString());

        assertEquals(arabicBefore + 1, vm.article().version(AR).orElseThrow().paragraphs().size());
        assertEquals(rowsBefore, vm.rows().size(), "the drafts fill cells; rows stay");
        assertTrue(vm.missingParagraphs(AR).isEmpty());
        LinkTable table = vm.table();
        int row = table.rowOfEnglish(english);
        LinkCell cell = table.rows().get(row).cells().get(table.column(AR));
        assertEquals(1, cell.units().size());
        int unit = cell.units().get(0);
        assertEquals(draft, vm.unitText(AR, unit));
        assertEquals(LinkStatus.REVIEW, table.rows().get(row).status(), "marked for review");
        assertTrue(vm.isMachineDraft(AR, unit, table.rows().get(row).status()), "shown as MT");
        // every other Arabic paragraph keeps its text and stays in order
        List<String> others = new ArrayList<>(vm.article().version(AR).orElseThrow().paragraphTexts());
        others.remove(unit);
        assertEquals(SampleArticle.load().version(AR).orElseThrow().paragraphTexts(), others);

        vm.confirm(row);
        assertFalse(vm.isMachineDraft(AR, unit, vm.table().rows().get(row).status()), "confirmed: accepted by a person");
        vm.undo();
        assertTrue(vm.isMachineDraft(AR, unit, vm.table().rows().get(row).status()));
        vm.undo();
        assertEquals(arabicBefore, vm.article().version(AR).orElseThrow().paragraphs().size(), "the insertion undoes");
        assertEquals(missing, vm.missingParagraphs(AR));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a call not aborted waits 10 minutes
    void cancellingAbortsTheCallAtOnceAndInsertsNothing() {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        int arabicBefore = vm.article().version(AR).orElseThrow().paragraphs().size();
        server.enqueue(json(200, "{\"translatedText\":[\"x\"]}").newBuilder().headersDelay(10, java.util.concurrent.TimeUnit.MINUTES).build());
        // the person presses Cancel while the provider is still answering
        TaskRunner cancelledSoon = CancellingProgress.runnerCancelledWhen(() -> server.getRequestCount() > 0);
        new DraftCommands(vm.session(), cancelledSoon, new ApiKeys(Map.of(), null, null), DraftCache.none())
                .draftMissing(AR, new DraftCommands.Settings("libretranslate", server.url("/").toString(), null, null));
        assertEquals(1, server.getRequestCount(), "the call was under way when it was cancelled");
        assertEquals("Drafting cancelled: nothing inserted", vm.noticeProperty().get());
        assertEquals(arabicBefore, vm.article().version(AR).orElseThrow().paragraphs().size());
        assertFalse(vm.canUndoProperty().get(), "no edit was made");
    }

    @Test
    void aGlossaryTheProviderRefusesDraftsWithoutItSaysSoOnceAndTheDraftIsStillChecked() throws Exception {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()).withGlossaries(List.of(SampleArticle.glossaryFile().toString())));
        List<String> notices = new ArrayList<>();
        vm.noticeProperty().addListener((o, a, b) -> notices.add(b));
        // DeepL's /v2/glossaries answered 404 (what the translator saw: the whole draft failed with "HTTP 404")
        server.enqueue(json(404, "{\"message\":\"Not found\"}"));
        server.enqueue(json(200, "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"مسودة مع هالفورسون\"}]}"));
        new DraftCommands(vm.session(), recording, new ApiKeys(Map.of(), null, null), DraftCache.none())
                .draftMissing(AR, new DraftCommands.Settings("deepl", server.url("/").toString(), "", "test-key"));
        assertEquals("/v2/glossaries", server.takeRequest().getUrl().encodedPath());
        RecordedRequest translate = server.takeRequest();
        assertEquals("/v2/translate", translate.getUrl().encodedPath());
        assertFalse(translate.getBody().utf8().contains("glossary_id"), "drafted without the glossary");
        assertTrue(vm.missingParagraphs(AR).isEmpty(), "the draft went in: " + notices);
        assertEquals(1, notices.stream().filter(n -> n.contains("did not accept the glossary")).count(),
                "said once: " + notices);
        assertTrue(notices.stream().noneMatch(n -> n.contains("HTTP 404")), notices.toString());
    }
}
