package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.GlossaryEdits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Concept;
import org.triptych.model.Project;

/** The Delete key on a selected concept asks (naming it), deletes it from its file, and Edit ▸ Undo brings it back. */
class GlossaryPanelDeleteTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theDeleteKeyAsksDeletesAndUndoRestoresTheFile() throws Exception {
        Path file = dir.resolve("sample.tbx");
        Files.copy(Path.of("glossaries/sample.tbx"), file);
        byte[] original = Files.readAllBytes(file);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        WaitForAsyncUtils.asyncFx(() -> {
            AlignedViewModel model = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(),
                    (p, l, g, pr) -> List.of());
            model.open(Project.of(SampleArticle.load()));
            model.addGlossary(file.toString());
            GlossaryPanel panel = new GlossaryPanel(model, new GlossaryEdits(model.session(), TaskRunner.direct(),
                    dir.resolve("own")), TaskRunner.direct(), dialogs);
            @SuppressWarnings("unchecked")
            ListView<Concept> list = (ListView<Concept>) panel.lookup("#concepts");
            Concept halvorsen = list.getItems().stream().filter(c -> c.id().equals("c-erik-halvorsen")).findFirst()
                    .orElseThrow();
            list.getSelectionModel().select(halvorsen);

            dialogs.confirms.add(false); // the person presses Cancel
            list.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DELETE, false, false, false, false));
            assertArrayEquals(original, Files.readAllBytes(file), "cancelled: the file is untouched");
            assertEquals("Undo add glossary", model.undoNameProperty().get(), "and no step was made");

            dialogs.confirms.add(true);
            list.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DELETE, false, false, false, false));
            assertFalse(ids(file).contains("c-erik-halvorsen"));
            assertFalse(list.getItems().contains(halvorsen), "the list was re-read");
            assertEquals("Undo delete concept 'Erik Halvorsen'", model.undoNameProperty().get());

            model.undo();
            assertArrayEquals(original, Files.readAllBytes(file));
            assertTrue(list.getItems().contains(halvorsen));
            return null;
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("confirm: Delete this concept?", "confirm: Delete this concept?"), dialogs.asked);
        assertEquals("Delete the concept 'Erik Halvorsen' (c-erik-halvorsen) from sample.tbx? Edit ▸ Undo brings it back.",
                GlossaryPanel.deleteQuestion(halvorsenOf(file), file.toString()));
    }

    private static Concept halvorsenOf(Path file) {
        return org.triptych.io.glossary.GlossaryFiles.read(file).glossary().concepts().stream()
                .filter(c -> c.id().equals("c-erik-halvorsen")).findFirst().orElseThrow();
    }

    private static List<String> ids(Path file) {
        return GlossaryFiles.read(file).glossary().concepts().stream().map(Concept::id).toList();
    }
}
