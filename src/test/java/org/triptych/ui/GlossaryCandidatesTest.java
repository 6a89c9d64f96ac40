package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Concept;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.triptych.workbench.GlossaryCandidate;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.TaskRunner;

/**
 * The glossary panel's Candidates: on the sample, Find lists names the versions share that its glossary lacks; Add…
 * opens the concept dialog with the candidate's terms, the person edits one, the concept goes to the glossary file,
 * and Edit ▸ Undo takes it out again. The search is handed to the task runner, never run on the calling thread.
 */
class GlossaryCandidatesTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A glossary of the sample's country alone: the names of its people and places are candidates. */
    private Path yemenOnly() throws Exception {
        Path file = dir.resolve("yemen.csv");
        Files.writeString(file, "id,type,en,ar,ru,note\nc-yemen,place,Yemen,اليمن,Йемен,\n");
        return file;
    }

    private static AlignedViewModel sampleWith(Path glossary) {
        AlignedViewModel model = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(),
                (p, l, g, pr) -> List.of());
        model.open(Project.of(SampleArticle.load()));
        model.addGlossary(glossary.toString());
        return model;
    }

    private GlossaryPanel panel(AlignedViewModel model, ScriptedDialogs dialogs) {
        return new GlossaryPanel(model, new GlossaryEdits(model.session(), TaskRunner.direct(), dir.resolve("own")),
                TaskRunner.direct(), dialogs);
    }

    @Test
    void findEditAddUndo() throws Exception {
        Path file = yemenOnly();
        byte[] original = Files.readAllBytes(file);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<String> shown = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            AlignedViewModel model = sampleWith(file);
            GlossaryPanel panel = panel(model, dialogs);
            // folded away at first (no room at 1024×640 for every list at once); the person opens it
            javafx.scene.control.TitledPane pane = (javafx.scene.control.TitledPane) panel.lookup("#candidates-pane");
            assertFalse(pane.isExpanded());
            pane.setExpanded(true);
            javafx.scene.Node section = pane.getContent();
            @SuppressWarnings("unchecked")
            ListView<GlossaryCandidate> list = (ListView<GlossaryCandidate>) section.lookup("#candidates");
            assertTrue(list.getItems().isEmpty());
            ((Button) section.lookup("#find-candidates")).fire();
            list.getItems().forEach(c -> shown.add(CandidatesViewModel.line(c)));
            assertFalse(list.getItems().isEmpty(), "the sample's versions share names its glossary lacks");

            List<String> known = GlossaryFiles.read(file).glossary().concepts().stream()
                    .flatMap(c -> c.terms(Language.ENGLISH).stream()).map(Term::text).toList();
            for (GlossaryCandidate c : list.getItems()) {
                assertFalse(known.contains(c.en()), "a concept the glossary holds is no candidate: " + c);
            }
            GlossaryCandidate first = list.getItems().get(0);
            list.getSelectionModel().select(first);
            dialogs.concepts.add(q -> {
                assertEquals(null, q.existing(), "a new concept");
                assertEquals(first.en(), q.prefill().get(Language.ENGLISH));
                assertEquals(first.ar(), q.prefill().get(Language.ARABIC));
                assertEquals(first.ru(), q.prefill().get(Language.RUSSIAN));
                // the person corrects the Russian before adding
                Map<Language, List<Term>> terms = new LinkedHashMap<>();
                terms.put(Language.ENGLISH, List.of(Term.of(first.en(), TermStatus.PREFERRED)));
                terms.put(Language.ARABIC, List.of(Term.of(first.ar(), TermStatus.PREFERRED)));
                terms.put(Language.RUSSIAN, List.of(Term.of("Исправлено", TermStatus.PREFERRED)));
                return Optional.of(new ConceptDialog.Result(new Concept("c-candidate", first.type(), "", terms),
                        q.file()));
            });
            ((Button) section.lookup("#add-candidate")).fire();
            Concept added = GlossaryFiles.read(file).glossary().concepts().stream()
                    .filter(c -> c.id().equals("c-candidate")).findFirst().orElseThrow();
            assertEquals("Исправлено", added.terms(Language.RUSSIAN).get(0).text(), "as edited");
            assertFalse(list.getItems().contains(first), "added: no longer a candidate");
            assertTrue(model.undoNameProperty().get().startsWith("Undo "), model.undoNameProperty().get());

            model.undo();
            assertArrayEquals(original, Files.readAllBytes(file), "undo takes the concept out of the file");
            return null;
        }).get(60, TimeUnit.SECONDS);
        assertEquals(List.of("concept: " + file), dialogs.asked, shown.toString());
    }

    @Test
    void theSearchIsHandedToTheTaskRunner() {
        List<TaskRunner.Work<?>> handed = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                handed.add(work);
                return () -> { };
            }
        };
        AlignedViewModel model = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(),
                (p, l, g, pr) -> List.of());
        model.open(Project.of(SampleArticle.load()));
        CandidatesViewModel candidates = new CandidatesViewModel(later);
        candidates.extract(model.stateProperty().get());
        assertEquals(1, handed.size(), "the work goes to the runner (off the FX thread in the window)");
        assertTrue(candidates.items().isEmpty(), "nothing found on the calling thread");
        assertEquals("Looking for names the versions share…", candidates.statusProperty().get());
    }

    @Test
    void aCandidateWrapsWithinThePanelSoItsRussianShows() throws Exception {
        Path file = yemenOnly();
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        @SuppressWarnings("unchecked")
        ListView<GlossaryCandidate>[] list = new ListView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            GlossaryPanel panel = panel(sampleWith(file), new ScriptedDialogs());
            javafx.scene.control.TitledPane pane = (javafx.scene.control.TitledPane) panel.lookup("#candidates-pane");
            pane.setExpanded(true);
            list[0] = (ListView<GlossaryCandidate>) pane.getContent().lookup("#candidates");
            // the side panel's width in a 1024-wide window
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(new javafx.scene.Scene(panel, 270, 640));
            stage[0].show();
            ((Button) pane.getContent().lookup("#find-candidates")).fire();
            return null;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String> wide = WaitForAsyncUtils.asyncFx(() -> {
                List<String> out = new ArrayList<>();
                for (javafx.scene.Node n : list[0].lookupAll(".list-cell")) {
                    javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
                    if (cell.getItem() != null && cell.getGraphic() != null) {
                        javafx.geometry.Bounds b = cell.getGraphic().getBoundsInParent();
                        if (b.getMaxX() > list[0].getWidth()) {
                            out.add(cell.getItem() + " ends at " + b.getMaxX() + " of " + list[0].getWidth());
                        }
                    }
                }
                assertFalse(list[0].getItems().isEmpty(), "the sample has candidates beside a Yemen-only glossary");
                return out;
            }).get(10, TimeUnit.SECONDS);
            assertTrue(wide.isEmpty(), "cut at the panel's edge: " + wide);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> stage[0].close()).get(10, TimeUnit.SECONDS);
        }
    }
}
