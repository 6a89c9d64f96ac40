package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.DraftCache;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.SessionListener;
import org.triptych.workbench.TaskRunner;

/** The MT dialog's translation memories: the provider "memory" fills empty cells from a TMX, with no server at all. */
class MemoryDraftsTest {

    @TempDir
    Path dir;

    private static final Language AR = Language.ARABIC;

    private Path memory(String english, String arabic) throws Exception {
        Path f = dir.resolve("desk.tmx");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><header srclang=\"en\" "
                + "segtype=\"paragraph\" creationtool=\"Trados\" datatype=\"plaintext\" o-tmf=\"x\" adminlang=\"en\"/>"
                + "<body><tu><tuv xml:lang=\"en-GB\"><seg>" + english + "</seg></tuv><tuv xml:lang=\"ar-SA\"><seg>" + arabic
                + "</seg></tuv></tu></body></tmx>", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theMemoryFillsTheCellItKnowsAndLeavesTheOthersEmpty() throws Exception {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        List<String> notices = new ArrayList<>();
        vm.session().addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        int english = vm.missingParagraphs(AR).get(0);
        String text = vm.article().english().paragraphs().get(english).text();
        String stored = "فقرة من ذاكرة الترجمة.";
        DraftCommands drafts = new DraftCommands(vm.session(), TaskRunner.direct(), new ApiKeys(Map.of(), null, null),
                DraftCache.none());

        drafts.draftMissing(AR, new DraftCommands.Settings("memory", null, null, null,
                List.of(memory("Something else entirely.", "شيء آخر.").toString())));
        assertEquals(List.of(english), vm.missingParagraphs(AR), "no match: the cell stays empty, no blank paragraph");

        drafts.draftMissing(AR, new DraftCommands.Settings("memory", null, null, null, List.of(memory(text, stored).toString())));
        assertEquals(List.of(), vm.missingParagraphs(AR));
        assertTrue(vm.article().version(AR).orElseThrow().paragraphTexts().contains(stored));
        assertTrue(vm.session().state().isMachineDraft(AlignmentLevel.PARAGRAPH, AR,
                vm.article().version(AR).orElseThrow().paragraphTexts().indexOf(stored)), "unreviewed until a person sees it");

        drafts.draftWholeVersion(Language.RUSSIAN, new DraftCommands.Settings("memory", null, null, null,
                List.of(memory(text, stored).toString())), true);
        assertEquals("Drafting failed: the translation memories answer 0 of 14 paragraphs; choose a machine provider too "
                + "(the memories are asked first)", notices.get(notices.size() - 1));

        drafts.backTranslate(AR, new DraftCommands.Settings("memory", null, null, null), (v, translated, english1) -> { });
        assertEquals("The memory provider drafts from translation memories: add a TMX file to the list first",
                notices.get(notices.size() - 1));
    }
}
