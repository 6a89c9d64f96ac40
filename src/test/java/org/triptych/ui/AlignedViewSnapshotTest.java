package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;
import org.triptych.model.Project;

/**
 * Renders the aligned sample headless and checks the Arabic cells on the pixels: their ink stays inside the cell
 * (the JavaFX wrapping bug paints a long line past the column) and hugs the cell's right edge (right-aligned).
 */
@ExtendWith(ApplicationExtension.class)
class AlignedViewSnapshotTest {

    private AlignedView view;

    @Start
    void start(Stage stage) {
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        List<VersionColumnViewModel> captions = new ArrayList<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            VersionColumnViewModel c = new VersionColumnViewModel(l);
            c.show(vm.article().version(l).orElseThrow());
            captions.add(c);
        }
        view = new AlignedView(vm, captions);
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void arabicInkStaysInsideItsCellAndIsRightAligned(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".link-cell").queryAll().isEmpty());
        BufferedImage[] shot = new BufferedImage[1];
        List<Bounds> arabicCells = new ArrayList<>();
        robot.interact(() -> {
            shot[0] = SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null);
            for (Node n : robot.lookup(".link-cell").queryAll()) {
                if (Language.ARABIC.equals(n.getProperties().get("language")) && !((VBox) n).getChildren().isEmpty()) {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    if (b.getMaxY() < view.getScene().getHeight() - 5 && b.getMinY() > 30) {
                        arabicCells.add(b);
                        for (Node flow : ((VBox) n).getChildren()) {
                            for (Node t : ((javafx.scene.text.TextFlow) flow).getChildren()) {
                                Bounds tb = t.localToScene(t.getBoundsInLocal());
                                assertTrue(tb.getMinX() >= b.getMinX() - 1 && tb.getMaxX() <= b.getMaxX() + 1,
                                        "word '" + ((Text) t).getText() + "' at " + tb + " outside its cell " + b);
                            }
                        }
                    }
                }
            }
        });
        assertFalse(arabicCells.size() < 3, "several whole Arabic cells on screen: " + arabicCells.size());
        BufferedImage img = shot[0];
        for (Bounds b : arabicCells) {
            int top = (int) Math.ceil(b.getMinY());
            int bottom = (int) Math.floor(b.getMaxY());
            int right = (int) Math.floor(b.getMaxX());
            int left = (int) Math.ceil(b.getMinX());
            int rightmostInk = -1;
            int leftmostInk = Integer.MAX_VALUE;
            for (int y = top; y < bottom; y++) {
                for (int x = Math.max(0, left - 30); x < Math.min(img.getWidth(), right + 6); x++) {
                    if (dark(img.getRGB(x, y))) {
                        if (x >= left - 2) {
                            rightmostInk = Math.max(rightmostInk, x);
                            leftmostInk = Math.min(leftmostInk, x);
                        }
                    }
                }
            }
            assertTrue(rightmostInk > 0, "the Arabic cell at " + b + " has ink");
            assertTrue(rightmostInk <= right, "ink at x=" + rightmostInk + " past the cell's right edge " + right);
            assertTrue(leftmostInk >= left, "ink at x=" + leftmostInk + " before the cell's left edge " + left);
            assertTrue(right - rightmostInk <= 16, "right-aligned: ink ends " + (right - rightmostInk) + " px from the right edge");
        }
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int bl = rgb & 0xff;
        return r + g + bl < 300;
    }
}
