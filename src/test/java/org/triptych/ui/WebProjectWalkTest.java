package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.web.NewsSite;
import org.triptych.model.Language;
import org.triptych.model.WebOrigin;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GoldUnitAligner;

/**
 * An editor's three addresses, walked in the real window (headless): File ▸ Open URL on the English page, the Arabic
 * and Russian pages it links to offered and taken, the project saved with its pages beside it, and reopened with the
 * site gone: the text, the addresses and the fetch times are all there, and nothing is fetched.
 */
@ExtendWith(ApplicationExtension.class)
class WebProjectWalkTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> fxFailures = new ArrayList<>();
    private final NewsSite site = new NewsSite();
    private final MockWebServer server = new MockWebServer();
    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(site);
        server.start();
        FxTaskRunner tasks = new FxTaskRunner();
        model = new WorkbenchViewModel(tasks, new DocumentImporter(), new GoldUnitAligner(), FindingsSource.none(),
                Files.createDirectories(dir.resolve("settings-" + System.nanoTime())));
        MainWindow window = new MainWindow(model, tasks, dialogs);
        stage.setScene(new Scene(window.root(), 1200, 740));
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxFailures.add(e));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Waits for work in the background to land; the cap only ends a broken run, it times nothing. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private AlignedViewModel vm() {
        return model.aligned();
    }

    private String url(Language l) {
        return server.url(NewsSite.PATHS.get(l)).toString();
    }

    private boolean hasText(Language l) {
        return vm().article().version(l).map(v -> !v.isEmpty()).orElse(false);
    }

    @Test
    void threeAddressesBecomeAProjectThatReopensOfflineWithItsPages(FxRobot robot) throws Exception {
        AtomicReference<ScriptedDialogs.WebVersionsQuestion> offered = new AtomicReference<>();
        dialogs.webAddresses.add(Optional.of(new WebAddressRequest(url(Language.ENGLISH), Language.ENGLISH, true)));
        dialogs.webVersions.add(q -> {
            offered.set(q);
            return Optional.of(q.found());
        });
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitUntil(() -> hasText(Language.RUSSIAN) && hasText(Language.ARABIC) && vm().table() != null);

        assertEquals(Language.ENGLISH, offered.get().opened());
        assertEquals(Map.of(Language.ARABIC, url(Language.ARABIC), Language.RUSSIAN, url(Language.RUSSIAN)),
                offered.get().found(), "the versions the English page links to are offered");
        assertEquals(List.of(Language.ARABIC, Language.RUSSIAN), offered.get().wanted());
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            assertEquals(SampleArticle.load().version(l).orElseThrow().paragraphTexts(),
                    vm().article().version(l).orElseThrow().paragraphTexts(), "the article of the " + l + " page, and only it");
            assertEquals(url(l), vm().article().version(l).orElseThrow().source());
        }
        assertTrue(vm().dirtyProperty().get(), "a new project is unsaved");

        Path project = dir.resolve("hodeidah.triptych");
        dialogs.files.add(Optional.of(project));
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !vm().dirtyProperty().get());
        Path pages = ProjectFile.pagesFolder(project);
        assertEquals(List.of("ar.html", "ar.html.json", "en.html", "en.html.json", "ru.html", "ru.html.json"),
                Files.list(pages).map(p -> p.getFileName().toString()).sorted().toList());
        assertArrayEquals(NewsSite.page(Language.ARABIC).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(pages.resolve("ar.html")), "the page kept as it was served");
        String saved = Files.readString(project);
        assertTrue(saved.contains("\"url\" : \"" + url(Language.RUSSIAN) + "\"") && saved.contains("\"fetchedAt\""), saved);
        int fetched = site.requests();
        assertEquals(3, fetched);

        server.close(); // the site is gone: everything from here on is offline
        press(robot, KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> !hasText(Language.ENGLISH));
        dialogs.files.add(Optional.of(project));
        press(robot, KeyCode.CONTROL, KeyCode.O);
        waitUntil(() -> hasText(Language.RUSSIAN) && vm().table() != null && project.equals(model.fileProperty().get()));

        assertEquals(SampleArticle.load().version(Language.ARABIC).orElseThrow().paragraphTexts(),
                vm().article().version(Language.ARABIC).orElseThrow().paragraphTexts());
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            WebOrigin o = model.workbench().session().state().webOrigin(l).orElseThrow();
            assertEquals(url(l), o.url());
            assertTrue(model.workbench().page(o).isPresent(), "the " + l + " page is read from its copy beside the project");
        }
        assertEquals(fetched, site.requests(), "nothing was fetched to reopen it");
        assertFalse(vm().dirtyProperty().get());
        assertEquals(List.of("web address (no project open)", "web versions: en found [ar, ru]",
                "save as: Save the project [yemen-group-agrees-to-hodeidah-truce.triptych]", "open: Open a project"),
                dialogs.asked, "named after the page; no question about missing source files: the sources are pages");
        assertTrue(fxFailures.isEmpty(), fxFailures.toString());
    }

    @Test
    void aPageIntoOneColumnIsOneUndoableStep(FxRobot robot) throws Exception {
        Path english = dir.resolve("story.en.txt");
        Files.writeString(english, SampleArticle.text(Language.ENGLISH).replace("\n", "\n\n"), StandardCharsets.UTF_8);
        robot.interact(() -> model.newProject(Map.of(Language.ENGLISH, english), List.of()));
        waitUntil(() -> hasText(Language.ENGLISH) && vm().table() != null);

        dialogs.webAddresses.add(Optional.of(new WebAddressRequest(url(Language.RUSSIAN), Language.RUSSIAN, false)));
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitUntil(() -> hasText(Language.RUSSIAN) && vm().table() != null);
        assertEquals(url(Language.RUSSIAN), model.workbench().session().state().webOrigin(Language.RUSSIAN).orElseThrow().url());
        assertEquals("Undo import Русский version from the web", vm().undoNameProperty().get());
        assertEquals(List.of("web address"), dialogs.asked, "one column: nothing else is asked");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !hasText(Language.RUSSIAN));
        assertTrue(model.workbench().session().state().webOrigin(Language.RUSSIAN).isEmpty(), "undo takes the origin back too");
        assertTrue(fxFailures.isEmpty(), fxFailures.toString());
    }
}
