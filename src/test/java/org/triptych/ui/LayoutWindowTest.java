package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
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
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.workbench.SentenceFirstAligner;

/**
 * The window from 1024 × 640 up to the headless screen's 1280 × 800: nothing cut off at the window's edge — columns, captions, the findings
 * panel and its buttons, the find bar, the status line — no sideways scrolling in the aligned view, and a side panel
 * that hides and comes back as wide as it was, never a sliver after the window shrank and grew again.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {

    @TempDir
    static Path dir;

    private WorkbenchViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxTaskRunner tasks = new FxTaskRunner();
        List<Finding> findings = List.of(
                new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون", "c-erik-halvorsen",
                        "'هالفورسون' is a deprecated term for Erik Halvorsen; use 'هالفورسن'", List.of("هالفورسن"), "terms.deprecated"),
                new Finding("number", Severity.ERROR, Language.RUSSIAN, 5, 0, 3, "", null, "the English '1,250' is not in this unit",
                        List.of("1 250"), "terms.number"));
        model = new WorkbenchViewModel(tasks, new DocumentImporter(), new SentenceFirstAligner(),
                (p, links, glossaries, progress) -> findings, Files.createDirectories(dir.resolve("s-" + System.nanoTime())));
        window = new MainWindow(model, tasks, new ScriptedDialogs());
        stage.setScene(new Scene(window.root(), 1024, 640));
        stage.show();
        model.loadProject("Loading the sample", SampleArticle::load);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void size(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w + (stage.getWidth() - stage.getScene().getWidth()));
            stage.setHeight(h + (stage.getHeight() - stage.getScene().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every shown node of these kinds lies inside the scene; the ones that do not, named. */
    private List<String> cutOff(FxRobot robot) {
        Scene scene = stage.getScene();
        List<String> out = new ArrayList<>();
        for (String q : List.of("#aligned-list", ".column-caption", "#side-panel", "#findings", "#apply-suggestion",
                "#ignore-finding", "#ignore-all-like", "#add-to-dictionary", "#add-finding-to-glossary", "#filter-kind",
                "#filter-language", "#filter-severity", "#find-bar", "#find-text", "#replace-all", "#find-arabic",
                "#find-count", "#status", "#word-counts", "#unsaved", ".aligned-row")) {
            for (Node n : robot.lookup(q).queryAll()) {
                if (!n.isVisible() || n.getScene() == null || !shown(n)) {
                    continue;
                }
                Bounds b = n.localToScene(n.getBoundsInLocal());
                // rows scroll up and down in their list: only their width counts
                boolean tooLow = !q.equals(".aligned-row") && b.getMaxY() > scene.getHeight() + 0.5;
                if (b.getMinX() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5 || tooLow) {
                    out.add(q + " " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + " x "
                            + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY()));
                }
            }
        }
        return out;
    }

    /** Shown: it and every parent visible (VirtualFlow keeps spare cells hidden). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void checkNothingIsCutOff(FxRobot robot, String at) {
        assertEquals(List.of(), cutOff(robot), "cut off at " + at);
        for (Node n : robot.lookup("#aligned-list .scroll-bar").queryAll()) {
            ScrollBar bar = (ScrollBar) n;
            if (bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "no sideways scrolling in the aligned view at " + at);
            }
        }
        // the rows are no wider than the list
        Bounds list = robot.lookup("#aligned-list").query().localToScene(robot.lookup("#aligned-list").query().getBoundsInLocal());
        for (Node row : robot.lookup(".aligned-row").queryAll()) {
            if (shown(row)) {
                Bounds b = row.localToScene(row.getBoundsInLocal());
                assertTrue(b.getMaxX() <= list.getMaxX() + 0.5, "row inside the list at " + at + ": " + b.getMaxX() + " > " + list.getMaxX());
            }
        }
    }

    @Test
    void atTwoSizesNothingIsCutOffAndTheSidePanelComesBackAsWideAsItWent(FxRobot robot) throws Exception {
        waitUntil(() -> model.aligned().table() != null);
        robot.clickOn("#aligned-list");
        robot.press(KeyCode.F7).release(KeyCode.F7);
        waitUntil(() -> model.aligned().findings().size() == 2);
        robot.interact(() -> ((javafx.scene.control.ListView<?>) robot.lookup("#findings").query()).getSelectionModel().select(0));
        robot.interact(() -> window.findBar().open(true)); // the find bar with its replace row: the tallest top
        WaitForAsyncUtils.waitForFxEvents();

        checkNothingIsCutOff(robot, "1024 × 640");
        double side = window.sidePanel().getWidth();
        assertTrue(side >= MainWindow.SIDE_MIN, "side panel " + side);
        assertTrue(window.alignedView().columnWidth().get() >= AlignedView.MIN_COLUMN);

        size(robot, 1280, 800);
        checkNothingIsCutOff(robot, "1280 × 800");
        assertEquals(side, window.sidePanel().getWidth(), 2, "the panel keeps its width; the columns take the rest");

        // a smaller window than the panel and columns like, then the large one again: no sliver
        size(robot, 700, 500);
        size(robot, 1280, 800);
        assertTrue(window.sidePanel().getWidth() >= MainWindow.SIDE_MIN, "not a sliver: " + window.sidePanel().getWidth());
        checkNothingIsCutOff(robot, "1280 × 800 again");

        // hidden, then shown again as wide as it went
        double before = window.sidePanel().getWidth();
        robot.interact(() -> window.showSidePanel(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.split().getItems().contains(window.sidePanel()));
        robot.interact(() -> window.showSidePanel(true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.sidePanel().getWidth(), 3, "back as wide as it was");
        size(robot, 1024, 640);
        checkNothingIsCutOff(robot, "1024 × 640 again");
        // the keyboard help (F1), with the working day's keys, fits the small window too
        robot.interact(() -> window.help().setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup(".help-card").query();
        Bounds b = card.localToScene(card.getBoundsInLocal());
        assertTrue(b.getMinY() >= 0 && b.getMaxY() <= stage.getScene().getHeight() && b.getMaxX() <= stage.getScene().getWidth(),
                "the help card inside 1024 × 640: " + b);
        robot.interact(() -> window.help().setVisible(false));
    }

    @Test
    void theWindowOpensOnTheScreenWithItsFrameInside() {
        Rectangle2D small = new Rectangle2D(0, 24, 1024, 616); // 1024 × 640 less a top panel
        Rectangle2D w = WindowPlacement.on(small, 2, 30);
        assertEquals(small, w, "a small screen: the whole of its visible area, frame included");
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D b = WindowPlacement.on(big, 2, 30);
        assertEquals(1382, b.getWidth());
        assertEquals(890, b.getHeight());
        assertEquals((1920 - 1382) / 2.0, b.getMinX());
        // a window left partly off the screen is moved and shrunk onto it
        assertEquals(new Rectangle2D(0, 24, 1024, 616), WindowPlacement.inside(new Rectangle2D(300, -50, 1400, 900), small));
        assertEquals(new Rectangle2D(100, 124, 600, 400), WindowPlacement.inside(new Rectangle2D(100, 124, 600, 400), small));
    }
}
