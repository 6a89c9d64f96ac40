package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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
import org.triptych.io.document.SampleArticle;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.project.ProjectFile;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.model.Term;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.LinkRow;
import org.triptych.workbench.SentenceFirstAligner;

/**
 * The project's life in the real window, walked as a person does it (headless Monocle, the real aligner): a new
 * project from three files, a version imported into an open project, levels switched after opening a second project,
 * a damaged project refused, and a concept added to a glossary the person chose that is still there after a restart.
 * The questions the window asks are answered by {@link ScriptedDialogs}.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectLifecycleTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> fxFailures = new ArrayList<>();
    private Path settings;
    private WorkbenchViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        settings = Files.createDirectories(dir.resolve("settings-" + System.nanoTime()));
        show(stage);
    }

    /** The window as the application builds it, with this test's settings folder and scripted answers. */
    private void show(Stage on) {
        FxTaskRunner tasks = new FxTaskRunner();
        model = new WorkbenchViewModel(tasks, new DocumentImporter(), new SentenceFirstAligner(), FindingsSource.none(), settings);
        window = new MainWindow(model, tasks, dialogs);
        on.setScene(new Scene(window.root(), 1200, 740));
        on.titleProperty().bind(model.titleProperty());
        on.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxFailures.add(e));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AlignedViewModel vm() {
        return model.aligned();
    }

    private static Path sampleFile(Language l) throws Exception {
        Path f = dir.resolve("story." + l.code() + ".txt");
        if (!Files.exists(f)) {
            Files.writeString(f, SampleArticle.text(l).replace("\n", "\n\n"), StandardCharsets.UTF_8);
        }
        return f;
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private int cellOf(LinkRow row, Language l) {
        return vm().targets().indexOf(l);
    }

    @Test
    void aNewProjectFromThreeFilesIsAlignedUntitledAndQuitAsksFirst(FxRobot robot) throws Exception {
        Map<Language, Path> files = new LinkedHashMap<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            files.put(l, sampleFile(l));
        }
        Path glossary = Files.copy(Path.of("glossaries/sample.tbx"), dir.resolve("names-" + System.nanoTime() + ".tbx"));
        dialogs.newProjects.add(Optional.of(new NewProjectRequest(files, List.of(glossary.toString()))));
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> vm().table() != null && vm().article().version(Language.RUSSIAN).map(v -> !v.isEmpty()).orElse(false));

        assertEquals(List.of("new project"), dialogs.asked, "nothing unsaved was open, so nothing else was asked");
        assertEquals(SampleArticle.load().english().paragraphTexts(), vm().article().english().paragraphTexts());
        assertTrue(vm().rows().stream().allMatch(r -> !r.english().isEmpty() || r.cells().stream().anyMatch(c -> !c.isEmpty())));
        assertTrue(vm().rows().stream().filter(r -> !r.cells().get(cellOf(r, Language.ARABIC)).isEmpty()).count() >= 10,
                "the Arabic paragraphs are linked row by row, not piled up at the end");
        assertEquals(List.of(glossary.toString()), vm().glossaries());
        assertEquals("Triptych — Untitled ●", stage.getTitle(), "untitled, with unsaved work");
        assertTrue(vm().dirtyProperty().get());

        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        press(robot, KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("save? Untitled", dialogs.asked.get(1), "Quit asks before the new project is lost");
        assertTrue(stage.isShowing(), "cancelled: the window stays");
        assertTrue(fxFailures.isEmpty(), fxFailures.toString());
    }

    @Test
    void aVersionImportedIntoAnOpenProjectIsAlignedUnsavedUndoableAndQuitAsks(FxRobot robot) throws Exception {
        Path project = dir.resolve("sample-" + System.nanoTime() + ".triptych");
        new ProjectFile().write(Project.of(SampleArticle.load()), project);
        robot.interact(() -> model.open(project));
        waitUntil(() -> project.equals(model.fileProperty().get()) && vm().table() != null);
        assertFalse(vm().dirtyProperty().get());
        List<String> russianBefore = vm().article().version(Language.RUSSIAN).orElseThrow().paragraphTexts();

        // a corrected Russian version: two paragraphs reworded, one dropped
        List<String> corrected = new ArrayList<>(russianBefore);
        corrected.set(1, corrected.get(1) + " (исправлено)");
        corrected.remove(4);
        Path ru = dir.resolve("corrected.ru.txt");
        Files.writeString(ru, String.join("\n\n", corrected));
        dialogs.files.add(Optional.of(ru));
        robot.interact(() -> window.projectActions().importVersion(Language.RUSSIAN));
        waitUntil(() -> vm().article().version(Language.RUSSIAN).orElseThrow().paragraphTexts().equals(corrected)
                && vm().table() != null);

        int ruColumn = vm().targets().indexOf(Language.RUSSIAN);
        long linked = vm().rows().stream().filter(r -> !r.english().isEmpty() && !r.cells().get(ruColumn).isEmpty()).count();
        assertTrue(linked >= vm().rows().size() - 3, "the imported version is aligned at once: " + vm().rows());
        assertTrue(vm().rows().stream().noneMatch(r -> r.english().isEmpty() && !r.cells().get(ruColumn).isEmpty()
                        && vm().rows().indexOf(r) > vm().rows().size() - 3 && r.cells().get(ruColumn).units().size() > 2),
                "no pile of unlinked paragraphs at the end");
        assertTrue(vm().dirtyProperty().get(), "the import is unsaved work");
        assertTrue(stage.getTitle().endsWith("●"), stage.getTitle());
        assertEquals("Undo import Русский version", vm().undoNameProperty().get());

        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> vm().article().version(Language.RUSSIAN).orElseThrow().paragraphTexts().equals(russianBefore));
        assertFalse(vm().dirtyProperty().get(), "undone: the project is as saved");
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> vm().article().version(Language.RUSSIAN).orElseThrow().paragraphTexts().equals(corrected));

        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        press(robot, KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);
        press(robot, KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> !stage.isShowing());
        assertEquals(List.of("open: Import the Русский version", "save? " + project.getFileName(),
                "save? " + project.getFileName()), dialogs.asked);
        assertEquals(corrected, new ProjectFile().read(project).article().version(Language.RUSSIAN).orElseThrow()
                .paragraphTexts(), "Save, then quit: the import is in the project file");
        assertTrue(fxFailures.isEmpty(), fxFailures.toString());
    }

    @Test
    void levelsSwitchCleanlyAfterOpeningASecondProjectFromSentenceView(FxRobot robot) throws Exception {
        Path first = dir.resolve("first-" + System.nanoTime() + ".triptych");
        new ProjectFile().write(Project.of(SampleArticle.load()), first);
        Path second = dir.resolve("second-" + System.nanoTime() + ".triptych");
        org.triptych.model.Article sample = SampleArticle.load();
        org.triptych.model.Article short3 = new org.triptych.model.Article(
                trimmed(sample.english(), 3), List.of(trimmed(sample.version(Language.ARABIC).orElseThrow(), 3),
                trimmed(sample.version(Language.RUSSIAN).orElseThrow(), 3)));
        new ProjectFile().write(Project.of(short3), second);

        robot.interact(() -> model.open(first));
        waitUntil(() -> vm().table() != null);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> vm().levelProperty().get() == AlignmentLevel.SENTENCE && vm().table() != null
                && vm().rows().size() > 18);
        robot.interact(() -> vm().selectedRowProperty().set(vm().rows().size() - 1)); // work far down the sentences
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> model.open(second));
        waitUntil(() -> second.equals(model.fileProperty().get()) && vm().table() != null);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> vm().levelProperty().get() == AlignmentLevel.PARAGRAPH && vm().table() != null);
        assertEquals(3, vm().rows().size());
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> vm().levelProperty().get() == AlignmentLevel.SENTENCE && vm().table() != null);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> vm().levelProperty().get() == AlignmentLevel.PARAGRAPH && vm().table() != null);

        assertTrue(fxFailures.isEmpty(), "nothing failed while drawing: " + fxFailures);
        ListView<?> list = robot.lookup("#aligned-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        List<String> shown = robot.lookup("#aligned-list .aligned-row .link-cell").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> texts(n)).filter(t -> !t.isBlank()).toList();
        assertTrue(shown.stream().anyMatch(t -> t.contains(short3.english().paragraphs().get(2).text().substring(0, 20))),
                "the cells show the second project's text: " + shown);
        assertTrue(vm().selectedRowProperty().get() < 3, "the selection follows the shorter table");
    }

    private static org.triptych.model.DocumentVersion trimmed(org.triptych.model.DocumentVersion v, int n) {
        return new org.triptych.model.DocumentVersion(v.language(), v.source(), v.paragraphs().subList(0, n));
    }

    /** The words a cell draws, in node order. */
    private static String texts(javafx.scene.Node n) {
        if (n instanceof javafx.scene.text.Text text) {
            return text.getText();
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                b.append(texts(child));
            }
        }
        return b.toString();
    }

    @Test
    void aProjectWithLinksOutsideItsArticleIsRefusedInOneSentenceAndLeftAsItIs(FxRobot robot) throws Exception {
        robot.interact(() -> model.openSample());
        waitUntil(() -> vm().table() != null);
        List<String> openBefore = vm().article().english().paragraphTexts();
        Project aligned = vm().project().withGlossaries(List.of());
        for (String[] damage : new String[][]{{"\"target\" : [ 0 ]", "\"target\" : [ -5 ]"},
                {"\"english\" : [ 0 ]", "\"english\" : [ 9999 ]"}, {"\"kind\" : \"heading\"", "\"kind\" : \"zz\""}}) {
            Path bad = dir.resolve("damaged-" + System.nanoTime() + ".triptych");
            new ProjectFile().write(aligned, bad);
            String json = Files.readString(bad).replaceFirst(java.util.regex.Pattern.quote(damage[0]), damage[1]);
            assertNotEquals(Files.readString(bad), json, "the damage is made");
            Files.writeString(bad, json);
            byte[] before = Files.readAllBytes(bad);
            robot.interact(() -> model.open(bad));
            waitUntil(() -> vm().noticeProperty().get().contains(bad.getFileName().toString()));
            String said = vm().noticeProperty().get();
            assertTrue(said.contains("is damaged") && said.contains("was not opened"), said);
            assertFalse(said.matches(".*(Exception|java\\.|\\bnull\\b|Index \\d+ out of bounds|JsonNode).*"),
                    "written for a translator: " + said);
            assertArrayEquals(before, Files.readAllBytes(bad), "nothing changed on disk");
            assertEquals(openBefore, vm().article().english().paragraphTexts(), "the open project stays");
            assertTrue(fxFailures.isEmpty(), fxFailures.toString());
        }
    }

    @Test
    void aFailureWhileDrawingIsSaidOnceAndTheViewIsDrawnAgainFromTheProject(FxRobot robot) throws Exception {
        robot.interact(() -> model.openSample());
        waitUntil(() -> vm().table() != null);
        robot.interact(() -> FxFailures.handleOnFxThread(vm()));
        int rows = vm().rows().size();
        robot.interact(() -> vm().noticeProperty().set(""));
        for (int i = 0; i < 2; i++) {
            Platform.runLater(() -> {
                throw new IllegalStateException("a bug while drawing");
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(() -> vm().noticeProperty().get().startsWith("Something went wrong while drawing"));
        assertEquals(rows, vm().rows().size(), "drawn again from the project: nothing lost");
        assertFalse(vm().dirtyProperty().get());
    }

    @Test
    void aConceptGoesToTheGlossaryThePersonChoseAndIsStillThereAfterARestart(FxRobot robot) throws Exception {
        Path project = dir.resolve("with-glossary-" + System.nanoTime() + ".triptych");
        robot.interact(() -> model.openSample());
        waitUntil(() -> vm().table() != null && vm().glossaries().size() == 1);
        String bundled = vm().glossaries().get(0);
        byte[] bundledBytes = Files.readAllBytes(Path.of(bundled));
        Path own = Files.copy(Path.of("glossaries/starter-news.tbx"), dir.resolve("mine-" + System.nanoTime() + ".tbx"));
        dialogs.files.add(Optional.of(own));
        robot.clickOn("Glossaries");
        robot.clickOn("Add…");
        waitUntil(() -> vm().glossaries().contains(own.toAbsolutePath().toString()));

        Concept envoy = new Concept("c-lena-varga", ConceptType.PERSON, "UN envoy", Map.of(
                Language.ENGLISH, List.of(Term.preferred("Lena Varga")), Language.RUSSIAN, List.of(Term.preferred("Лена Варга"))));
        List<ScriptedDialogs.ConceptQuestion> offered = new ArrayList<>();
        dialogs.concepts.add(q -> {
            offered.add(q);
            return Optional.of(new ConceptDialog.Result(envoy, q.file()));
        });
        robot.clickOn("Add concept…");
        waitUntil(() -> GlossaryFiles.read(own).glossary().concepts().stream().anyMatch(c -> c.id().equals("c-lena-varga")));
        assertEquals(own.toAbsolutePath().toString(), offered.get(0).file(), "the person's own glossary, not the sample's copy");
        assertArrayEquals(bundledBytes, Files.readAllBytes(Path.of(bundled)), "the bundled copy is untouched");

        // the bundled copy chosen on purpose: it is copied to the person's glossaries folder first
        Concept second = new Concept("c-omar-haddad", ConceptType.PERSON, "", Map.of(Language.ENGLISH,
                List.of(Term.preferred("Omar Haddad"))));
        dialogs.concepts.add(q -> Optional.of(new ConceptDialog.Result(second, bundled)));
        robot.clickOn("Add concept…");
        Path copy = settings.resolve("glossaries").resolve(Path.of(bundled).getFileName());
        waitUntil(() -> Files.exists(copy) && vm().glossaries().contains(copy.toString()));
        assertTrue(GlossaryEdits.isBundledCopy(bundled));
        assertFalse(vm().glossaries().contains(bundled), "the project uses the copy from now on");
        assertTrue(GlossaryFiles.read(copy).glossary().concepts().stream().anyMatch(c -> c.id().equals("c-omar-haddad")));
        waitUntil(() -> vm().noticeProperty().get().contains(copy.toString()));
        assertArrayEquals(bundledBytes, Files.readAllBytes(Path.of(bundled)));

        dialogs.files.add(Optional.of(project));
        robot.interact(() -> window.projectActions().saveAs(null));
        waitUntil(() -> project.equals(model.fileProperty().get()) && !vm().dirtyProperty().get());

        // a restart: a new window on the same settings opens the project
        robot.interact(() -> {
            stage.close();
            show(stage);
            window.projectActions().openWithRecovery(project);
        });
        waitUntil(() -> project.equals(model.fileProperty().get()) && vm().table() != null);
        assertTrue(vm().glossaries().containsAll(List.of(own.toAbsolutePath().toString(), copy.toString())));
        assertTrue(GlossaryFiles.read(own).glossary().concepts().stream().anyMatch(c -> c.id().equals("c-lena-varga")));
        assertTrue(GlossaryFiles.read(copy).glossary().concepts().stream().anyMatch(c -> c.id().equals("c-omar-haddad")));
        assertTrue(fxFailures.isEmpty(), fxFailures.toString());
    }

    @Test
    void aNewEnglishVersionCanStartANewProjectInsteadOfChangingTheOpenOne(FxRobot robot) throws Exception {
        Path project = dir.resolve("kept-" + System.nanoTime() + ".triptych");
        new ProjectFile().write(Project.of(SampleArticle.load()), project);
        robot.interact(() -> model.open(project));
        waitUntil(() -> project.equals(model.fileProperty().get()) && vm().table() != null);
        Path english = dir.resolve("another.en.txt");
        Files.writeString(english, "Another story.\n\nIt has two paragraphs.\n");
        dialogs.files.add(Optional.of(english));
        dialogs.confirms.add(true); // "New project"
        robot.interact(() -> window.projectActions().importVersion(Language.ENGLISH));
        waitUntil(() -> model.fileProperty().get() == null && vm().article().english().paragraphs().size() == 2);
        assertEquals(List.of("open: Import the English version", "confirm: A new article?"), dialogs.asked,
                "the open project had no unsaved work, so it was not asked about");
        assertTrue(vm().article().version(Language.ARABIC).orElseThrow().isEmpty(), "a new article: no Arabic yet");
        assertEquals("Triptych — Untitled ●", stage.getTitle());
        assertEquals(SampleArticle.load().english().paragraphTexts(),
                new ProjectFile().read(project).article().english().paragraphTexts(), "the old project is untouched");
    }

    @Test
    void helpAboutNamesTheVersionTheCommitAndTheJavaRuntime(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About Triptych");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.asked.size(), dialogs.asked.toString());
        String about = dialogs.asked.get(0);
        assertTrue(about.startsWith("inform: Triptych: Triptych "), about);
        assertTrue(about.contains("\ncommit ") && about.contains("\nJava " + System.getProperty("java.runtime.version")),
                about);
    }
}
