package org.triptych.ui;

import org.triptych.workbench.GoldUnitAligner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Severity;
import org.triptych.model.Project;

/**
 * Drives the real window headless (Monocle): the sample opened and aligned through a test-double aligner, link
 * edits from the keyboard with undo, a finding jumped to and its suggestion applied, a project saved and reopened,
 * and work recovered from an autosave.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    static Path dir;

    private static final Finding SLIP = new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون",
            "c-erik-halvorsen", "Deprecated spelling of Halvorsen", List.of("هالفورسن"), null);

    private WorkbenchViewModel model;
    private MainWindow window;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        tasks = new FxTaskRunner();
        model = new WorkbenchViewModel(tasks, new DocumentImporter(), new GoldUnitAligner(),
                (p, links, glossaries, progress) -> List.of(SLIP), Files.createDirectories(dir.resolve("settings-" + System.nanoTime())));
        window = new MainWindow(model, tasks);
        stage.setScene(new Scene(window.root(), 1200, 740));
        stage.show();
        model.loadProject("Loading the sample", SampleArticle::load);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AlignedViewModel vm() {
        return model.aligned();
    }

    @Test
    void sampleIsShownAlignedAndLinksAreEditedFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        ListView<?> list = robot.lookup("#aligned-list").queryAs(ListView.class);
        assertEquals(12, list.getItems().size());
        robot.clickOn((javafx.scene.Node) robot.lookup(".aligned-row").nth(0).query());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().size() == 11);
        assertEquals(0, vm().selectedRowProperty().get(), "the edited row stays the one worked on");
        assertEquals(0, list.getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().size() == 12);

        // row 3 holds English 2+3 (the Arabic merges them): split the English cell between them
        robot.interact(() -> vm().selectedRowProperty().set(2));
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT).press(KeyCode.LEFT).release(KeyCode.LEFT); // to the English column
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.ENGLISH, vm().selectedColumnProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().size() == 13);
        assertEquals(List.of(3), vm().rows().get(3).english());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> list.getItems().size() == 12);

        robot.interact(() -> vm().selectedRowProperty().set(0));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm().rows().get(0).status() == LinkStatus.CONFIRMED);
        assertFalse(robot.lookup(".aligned-row.confirmed").queryAll().isEmpty(), "confirmed rows look different");

        // the other link commands from the keyboard, on the Arabic column
        robot.interact(() -> {
            vm().selectedRowProperty().set(3);
            vm().selectedColumnProperty().set(Language.ARABIC);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> vm().rows().get(4).cells().get(0).units().equals(List.of(3, 4)));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> vm().rows().get(3).cells().get(0).units().equals(List.of(3, 4)));
        robot.interact(() -> vm().selectedRowProperty().set(5));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> vm().rows().get(5).cells().get(0).units().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> vm().rows().get(5).status() == LinkStatus.REVIEW);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        try {
            waitUntil(() -> vm().noticeProperty().get().startsWith("Aligned"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(vm().noticeProperty().get());
        }

        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.help().isVisible());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.help().isVisible());
    }

    @Test
    void aFindingJumpsToItsRowAndItsSuggestionIsAppliedWithOneClick(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        robot.press(KeyCode.F7).release(KeyCode.F7);
        waitUntil(() -> vm().findings().size() == 1);
        robot.clickOn((javafx.scene.Node) robot.lookup("#findings .list-cell").nth(0).query());
        waitUntil(() -> vm().selectedRowProperty().get() == 3);
        ListView<?> list = robot.lookup("#aligned-list").queryAs(ListView.class);
        assertEquals(3, list.getSelectionModel().getSelectedIndex());
        robot.clickOn("#apply-suggestion");
        waitUntil(() -> vm().unitText(Language.ARABIC, 3).startsWith("ووصف هالفورسن "));
        assertTrue(vm().findings().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> vm().unitText(Language.ARABIC, 3).contains("هالفورسون"));
    }

    @Test
    void aSavedProjectReopensInTheSameState(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        robot.interact(() -> {
            vm().mergeWithNext(5);
            vm().markForReview(1);
            vm().editText(Language.RUSSIAN, 0, vm().unitText(Language.RUSSIAN, 0) + "!");
        });
        Project before = vm().project();
        Path file = dir.resolve("saved-" + System.nanoTime() + ".triptych");
        robot.interact(() -> model.save(file, null));
        waitUntil(() -> !vm().dirtyProperty().get());
        assertTrue(Files.exists(file));
        robot.interact(() -> model.loadProject("Loading the sample", SampleArticle::load));
        waitUntil(() -> vm().table() != null && vm().rows().size() == 12 && !vm().project().equals(before));
        robot.interact(() -> model.open(file));
        waitUntil(() -> file.equals(model.fileProperty().get()) && vm().rows().size() == 11);
        assertEquals(before, vm().project());
        assertEquals(LinkStatus.REVIEW, vm().rows().get(1).status());
        assertEquals(List.of(file.toAbsolutePath().normalize()), model.recentProjects());
    }

    @Test
    void workLostInACrashComesBackFromTheAutosave(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        Path file = dir.resolve("crash-" + System.nanoTime() + ".triptych");
        robot.interact(() -> model.save(file, null));
        waitUntil(() -> file.equals(model.fileProperty().get()) && !vm().dirtyProperty().get());
        Thread.sleep(20); // the autosave must be newer than the project on coarse file clocks
        robot.interact(() -> {
            vm().confirm(4);
            model.autosave();
        });
        waitUntil(() -> Files.exists(ProjectFile.autosaveOf(file)));
        Project edited = vm().project();
        // "crash": the project on disk still has the old state; a new session is offered the autosave
        robot.interact(() -> model.loadProject("Loading the sample", SampleArticle::load));
        waitUntil(() -> model.fileProperty().get() == null && vm().table() != null);
        assertTrue(model.recoverable(file).isPresent());
        robot.interact(() -> model.recover(model.recoverable(file).get(), file));
        waitUntil(() -> file.equals(model.fileProperty().get()) && vm().project().equals(edited));
        assertTrue(vm().dirtyProperty().get(), "recovered work is unsaved until saved");
        assertEquals(LinkStatus.CONFIRMED, vm().rows().get(4).status());
    }

    @Test
    void f2EditsTheFocusedCellInPlaceEnterKeepsEscapeDrops(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        robot.clickOn("#aligned-list");
        robot.interact(() -> {
            vm().selectedRowProperty().set(0);
            vm().selectedColumnProperty().set(Language.RUSSIAN);
        });
        String before = vm().unitText(Language.RUSSIAN, 0);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor .text-area").tryQuery().isPresent());
        javafx.scene.control.TextArea area = robot.lookup("#aligned-list .cell-editor .text-area").queryAs(javafx.scene.control.TextArea.class);
        assertEquals(before, area.getText(), "the editor opens in the cell with its text");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no dialog: the cell is edited where it is");
        waitUntil(area::isFocused);
        robot.interact(() -> area.end());
        robot.write(" ред");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // the area's own undo, not the project's
        waitUntil(() -> !area.getText().equals(before + " ред"));
        assertFalse(vm().dirtyProperty().get(), "nothing kept while typing");
        robot.write(" (ред.)");
        String typed = area.getText();
        assertTrue(typed.startsWith(before) && typed.endsWith("(ред.)"), typed);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> vm().unitText(Language.RUSSIAN, 0).equals(typed));
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor").tryQuery().isEmpty());
        assertTrue(vm().dirtyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // the keyboard is back on the list
        waitUntil(() -> vm().unitText(Language.RUSSIAN, 0).equals(before));

        // Escape drops what was typed
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor .text-area").tryQuery().isPresent());
        javafx.scene.control.TextArea again = robot.lookup("#aligned-list .cell-editor .text-area").queryAs(javafx.scene.control.TextArea.class);
        waitUntil(again::isFocused);
        robot.write(" xyz");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor").tryQuery().isEmpty());
        assertEquals(before, vm().unitText(Language.RUSSIAN, 0));
    }

    @Test
    void anArabicCellIsEditedInPlaceInTheRightToLeftEditorAndItsUndoIsTheTypings(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        robot.clickOn("#aligned-list");
        robot.interact(() -> vm().selectedRowProperty().set(0));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL); // a project edit to undo
        waitUntil(() -> vm().rows().get(0).status() == LinkStatus.CONFIRMED);
        robot.interact(() -> {
            vm().selectedRowProperty().set(1);
            vm().selectedColumnProperty().set(Language.ARABIC);
        });
        int unit = vm().table().rows().get(1).cells().get(vm().targets().indexOf(Language.ARABIC)).units().get(0);
        String before = vm().unitText(Language.ARABIC, unit);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor .rtl-editor").tryQuery().isPresent());
        RightToLeftEditor editor = robot.lookup("#aligned-list .cell-editor .rtl-editor").queryAs(RightToLeftEditor.class);
        assertTrue(robot.lookup("#aligned-list .cell-editor .text-area").tryQuery().isEmpty(), "no TextArea for Arabic");
        waitUntil(editor::isFocused);
        assertEquals(before.length(), editor.getCaretPosition(), "the caret starts at the end");
        robot.write(" abc");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT); // the arrows move the caret (back one), not the column
        assertEquals(before.length() + 3, editor.getCaretPosition());
        assertEquals(Language.ARABIC, vm().selectedColumnProperty().get());
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertEquals(before + " ab", editor.getText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(before + " abc", editor.getText(), "Ctrl+Z undoes the typing");
        assertEquals(LinkStatus.CONFIRMED, vm().rows().get(0).status(), "and not the project's last edit");
        robot.interact(() -> vm().selectedRowProperty().set(3)); // another row: the edit is kept
        waitUntil(() -> vm().unitText(Language.ARABIC, unit).equals(before + " abc"));
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor").tryQuery().isEmpty());

        // a click outside the editor (here the status line) keeps the edit before anything else happens
        robot.interact(() -> vm().selectedColumnProperty().set(Language.ARABIC));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor .rtl-editor").tryQuery().isPresent());
        RightToLeftEditor third = robot.lookup("#aligned-list .cell-editor .rtl-editor").queryAs(RightToLeftEditor.class);
        waitUntil(third::isFocused);
        String rowThree = third.getText();
        robot.write(" z");
        robot.clickOn("#status");
        waitUntil(() -> robot.lookup("#aligned-list .cell-editor").tryQuery().isEmpty());
        assertTrue(vm().rows().get(3).cells().get(vm().targets().indexOf(Language.ARABIC)).units().stream()
                .anyMatch(u -> vm().unitText(Language.ARABIC, u).equals(rowThree + " z")), "kept on the click");
    }

    @Test
    void aFourthVersionAddsAColumnAndColumnsCanBeHidden(FxRobot robot) throws Exception {
        waitUntil(() -> vm().table() != null);
        org.triptych.model.Article sample = SampleArticle.load();
        org.triptych.model.DocumentVersion en = sample.english();
        org.triptych.model.Article four = sample.withVersion(
                new org.triptych.model.DocumentVersion(Language.of("fr"), "fr.txt", en.paragraphs()));
        Path file = dir.resolve("four-" + System.nanoTime() + ".triptych");
        new ProjectFile().write(Project.of(four), file);
        robot.interact(() -> model.open(file));
        // English, Arabic, Russian and French cells under four captions
        waitUntil(() -> robot.lookup("#caption-fr").tryQuery().isPresent() && vm().table() != null
                && cellsPerShownRow(robot).equals(java.util.Set.of(4)));
        assertEquals(4, robot.lookup(".column-caption").queryAll().size());
        robot.interact(() -> window.alignedView().visibleProperty(Language.RUSSIAN).set(false));
        waitUntil(() -> robot.lookup("#caption-ru").tryQuery().isEmpty() && cellsPerShownRow(robot).equals(java.util.Set.of(3)));
    }

    /** How many version cells the rows on screen have (VirtualFlow's spare cells, not shown, are left out). */
    private static java.util.Set<Integer> cellsPerShownRow(FxRobot robot) {
        java.util.Set<Integer> sizes = new java.util.HashSet<>();
        for (javafx.scene.Node n : robot.lookup("#aligned-list .aligned-row").queryAll()) {
            javafx.scene.control.ListCell<?> c = (javafx.scene.control.ListCell<?>) n;
            if (c.isVisible() && !c.isEmpty() && c.getGraphic() != null && c.getParent() != null && c.getParent().isVisible()) {
                sizes.add(c.getGraphic().lookupAll(".link-cell").size());
            }
        }
        return sizes;
    }
}
