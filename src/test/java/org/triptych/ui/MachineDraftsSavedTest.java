package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.LinkCell;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.MachineDraft;
import org.triptych.model.Paragraph;

/**
 * The "MT" marker of machine drafts through real project files: save and reopen, edits, confirmation, autosave
 * recovery and undo. Run with {@link TaskRunner#direct()} and the sample's gold links.
 */
class MachineDraftsSavedTest {

    private static final Language AR = Language.ARABIC;
    /** Made up for this test: "A machine draft: the talks resume next week in Muscat." */
    private static final String DRAFT = "مسودة آلية: تستأنف المحادثات الأسبوع المقبل في مسقط.";

    @TempDir
    Path dir;

    private WorkbenchViewModel model() throws Exception {
        return new WorkbenchViewModel(TaskRunner.direct(), new DocumentImporter(), new GoldUnitAligner(),
                FindingsSource.none(), Files.createDirectories(dir.resolve("settings")));
    }

    /** The sample with its one missing Arabic paragraph filled by a draft. */
    private WorkbenchViewModel drafted() throws Exception {
        WorkbenchViewModel m = model();
        m.loadProject("sample", SampleArticle::load);
        List<Integer> missing = m.aligned().missingParagraphs(AR);
        assertEquals(1, missing.size());
        assertEquals(1, m.aligned().insertDrafts(AR, Map.of(missing.get(0), Paragraph.unsegmented(DRAFT))));
        return m;
    }

    /** The units of {@code language} that the view shows with the MT marker, as "row:unit". */
    private static List<String> marked(AlignedViewModel vm, Language language) {
        LinkTable t = vm.table();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            LinkCell cell = t.rows().get(r).cells().get(t.column(language));
            for (int u : cell.units()) {
                if (vm.isMachineDraft(language, u, cell.status())) {
                    out.add(r + ":" + u);
                }
            }
        }
        return out;
    }

    private static int draftUnit(AlignedViewModel vm) {
        return vm.article().version(AR).orElseThrow().paragraphTexts().indexOf(DRAFT);
    }

    @Test
    void aSavedDraftIsMarkedAgainAfterReopeningAndAnEditedOneIsNot() throws Exception {
        WorkbenchViewModel m = drafted();
        List<String> before = marked(m.aligned(), AR);
        assertEquals(1, before.size(), before.toString());
        Path file = dir.resolve("drafts.triptych");
        m.save(file, null);
        String json = Files.readString(file);
        assertEquals(1, json.split("\"machineDraft\" : true", -1).length - 1, "one flag, on the draft: " + json);
        assertTrue(json.contains("\"formatVersion\" : 1"));

        WorkbenchViewModel reopened = model();
        reopened.open(file);
        assertEquals(before, marked(reopened.aligned(), AR), "the same cell carries the marker");
        assertEquals(List.of(new MachineDraft(AR, draftUnit(reopened.aligned()))), reopened.aligned().project().machineDrafts());
        assertFalse(reopened.aligned().dirtyProperty().get());

        reopened.aligned().editText(AR, draftUnit(reopened.aligned()), DRAFT + " (راجعه محرر)");
        assertEquals(List.of(), marked(reopened.aligned(), AR), "an edited draft is a person's text");
        reopened.save(file, null);
        assertFalse(Files.readString(file).contains("machineDraft"));
        WorkbenchViewModel third = model();
        third.open(file);
        assertEquals(List.of(), marked(third.aligned(), AR));
        assertEquals(List.of(), third.aligned().project().machineDrafts());
    }

    @Test
    void aConfirmedDraftStaysUnmarkedAfterReopeningAndIsMarkedAgainWhenSentBackToReview() throws Exception {
        WorkbenchViewModel m = drafted();
        int row = Integer.parseInt(marked(m.aligned(), AR).get(0).split(":")[0]);
        m.aligned().confirm(row);
        assertEquals(List.of(), marked(m.aligned(), AR));
        Path file = dir.resolve("confirmed.triptych");
        m.save(file, null);

        WorkbenchViewModel reopened = model();
        reopened.open(file);
        assertEquals(LinkStatus.CONFIRMED, reopened.aligned().rows().get(row).status());
        assertEquals(List.of(), marked(reopened.aligned(), AR), "confirmed: accepted by a person");
        // as within a session: the text is still the machine's, so sending the row back to review shows it again
        reopened.aligned().markForReview(row);
        assertEquals(List.of(row + ":" + draftUnit(reopened.aligned())), marked(reopened.aligned(), AR));
    }

    @Test
    void workRecoveredFromTheAutosaveKeepsTheMarker() throws Exception {
        WorkbenchViewModel m = model();
        m.loadProject("sample", SampleArticle::load);
        Path file = dir.resolve("crash.triptych");
        m.save(file, null);
        int english = m.aligned().missingParagraphs(AR).get(0);
        m.aligned().insertDrafts(AR, Map.of(english, Paragraph.unsegmented(DRAFT)));
        List<String> before = marked(m.aligned(), AR);
        m.autosave();
        assertTrue(Files.readString(ProjectFile.autosaveOf(file)).contains("\"machineDraft\" : true"));
        assertFalse(Files.readString(file).contains("machineDraft"), "the project itself predates the draft");

        WorkbenchViewModel next = model(); // the session that crashed is gone
        next.recover(ProjectFile.autosaveOf(file), file);
        assertEquals(file, next.fileProperty().get());
        assertEquals(1, before.size());
        assertEquals(before, marked(next.aligned(), AR));
        assertTrue(next.aligned().dirtyProperty().get());
    }

    @Test
    void undoingTheInsertionLeavesNoMarkerEvenOnAParagraphWithTheSameText() throws Exception {
        WorkbenchViewModel m = model();
        m.loadProject("sample", SampleArticle::load);
        AlignedViewModel vm = m.aligned();
        // a draft that reads exactly like a paragraph a person already has: only the inserted one is machine output
        String existing = vm.article().version(AR).orElseThrow().paragraphs().get(0).text();
        int english = vm.missingParagraphs(AR).get(0);
        vm.insertDrafts(AR, Map.of(english, Paragraph.unsegmented(existing)));
        List<String> drafted = marked(vm, AR);
        assertEquals(1, drafted.size(), drafted.toString());
        int row = Integer.parseInt(drafted.get(0).split(":")[0]);
        assertEquals(vm.table().rowOfEnglish(english), row, "the marker is on the inserted paragraph, not its twin");

        vm.undo();
        assertEquals(List.of(), marked(vm, AR), "undone: no stale marker, not even on the twin");
        Path file = dir.resolve("undone.triptych");
        m.save(file, null);
        assertFalse(Files.readString(file).contains("machineDraft"));

        vm.redo();
        assertEquals(drafted, marked(vm, AR), "redo brings the draft and its marker back");
        int unit = Integer.parseInt(drafted.get(0).split(":")[1]);
        vm.editText(AR, unit, existing + "!");
        assertEquals(List.of(), marked(vm, AR));
        vm.editText(AR, unit, existing);
        assertEquals(List.of(), marked(vm, AR), "typed back to the machine's words, it is still a person's edit");
        vm.undo();
        vm.undo();
        assertEquals(drafted, marked(vm, AR), "undoing the edits restores the draft itself");
        m.save(file, null);
        WorkbenchViewModel reopened = model();
        reopened.open(file);
        assertEquals(drafted, marked(reopened.aligned(), AR));
    }

    @Test
    void importingAnotherVersionKeepsTheDraftsOfTheRest() throws Exception {
        WorkbenchViewModel m = drafted();
        List<String> before = marked(m.aligned(), AR);
        Path ru = dir.resolve("ru.txt");
        Files.writeString(ru, "Переговоры возобновятся.\n\nСтороны встретятся в Маскате.\n");
        VersionColumnViewModel column = m.columns().stream().filter(c -> c.language().equals(Language.RUSSIAN))
                .findFirst().orElseThrow();
        m.importInto(column, ru);
        assertEquals(2, m.article().version(Language.RUSSIAN).orElseThrow().paragraphs().size(), m.noticeProperty().get());
        List<String> after = marked(m.aligned(), AR);
        assertEquals(1, after.size(), after.toString());
        assertEquals(before.get(0).split(":")[1], after.get(0).split(":")[1], "the Arabic draft is still machine output"
                + " (its row may differ: Russian was aligned again)");
        assertEquals(List.of(new MachineDraft(AR, draftUnit(m.aligned()))), m.aligned().project().machineDrafts());
    }

    @Test
    void openingAnotherProjectDropsTheMarkersOfTheLastOne() throws Exception {
        WorkbenchViewModel m = drafted();
        Path file = dir.resolve("plain.triptych");
        org.triptych.model.Project w = m.aligned().project();
        new ProjectFile().write(new org.triptych.model.Project(w.article(), w.alignments(), w.edits(),
                w.ignoredFindings(), w.glossaries()), file);
        m.open(file);
        assertEquals(List.of(), marked(m.aligned(), AR), "the same text in a project without drafts is not MT");
    }
}
