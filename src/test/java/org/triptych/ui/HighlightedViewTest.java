package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Project;

/**
 * The aligned sample with its glossary and one finding, drawn headless: the Russian slip Гальворсена is drawn as a
 * deprecated term with a hover naming its concept, the Arabic slip هالفورسون carries the finding's underline and
 * a click on it selects the finding and its row, and the highlighted Arabic cell still wraps inside its column.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightedViewTest {

    /** The sample README's slip 1: ar 3 (en 4), offsets 5–14. */
    private static final Finding ARABIC_SLIP = new Finding("terminology", Severity.ERROR, Language.ARABIC, 4, 5, 14,
            "هالفورسون", "c-erik-halvorsen", "Deprecated term", List.of("هالفورسن"), "TERM_DEPRECATED");

    private AlignedViewModel vm;
    private AlignedView view;

    @Start
    void start(Stage stage) throws Exception {
        vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), (p, l, g, progress) -> List.of(ARABIC_SLIP));
        vm.open(new Project(SampleArticle.load(), List.of(), List.of(), List.of(),
                List.of(SampleArticle.glossaryFile().toString())));
        vm.check();
        view = new AlignedView(vm, List.of());
        Scene scene = new Scene(view, 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private List<Text> marked(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream().map(n -> (Text) n).toList();
    }

    @Test
    void termsAndFindingsAreDrawnWhereTheyAreAndArabicStillWrapsInsideItsCell(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".term-preferred").queryAll().isEmpty());


        List<Text> underlined = marked(robot, "finding-error");
        assertEquals(List.of("هالفورسون"), underlined.stream().map(Text::getText).map(String::strip).toList());
        Text arabic = underlined.get(0);
        assertTrue(arabic.isUnderline(), "the finding's style underlines its word");

        // the highlighted Arabic cell keeps its ink inside the column
        Node cell = arabic.getParent().getParent();
        assertEquals(Language.ARABIC, cell.getProperties().get("language"));
        BufferedImage[] shot = new BufferedImage[1];
        Bounds[] b = new Bounds[1];
        robot.interact(() -> {
            shot[0] = SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null);
            b[0] = cell.localToScene(cell.getBoundsInLocal());
            for (Node flow : ((javafx.scene.layout.VBox) cell).getChildren()) {
                for (Node t : ((javafx.scene.text.TextFlow) flow).getChildren()) {
                    Bounds tb = t.localToScene(t.getBoundsInLocal());
                    assertTrue(tb.getMinX() >= b[0].getMinX() - 1 && tb.getMaxX() <= b[0].getMaxX() + 1,
                            "word '" + ((Text) t).getText() + "' at " + tb + " outside its cell " + b[0]);
                }
            }
        });
        int left = (int) Math.ceil(b[0].getMinX());
        int right = (int) Math.floor(b[0].getMaxX());
        int inkLeft = Integer.MAX_VALUE;
        int inkRight = -1;
        int bottom = Math.min(shot[0].getHeight(), (int) Math.floor(b[0].getMaxY()));
        for (int y = Math.max(0, (int) Math.ceil(b[0].getMinY())); y < bottom; y++) {
            // neighbouring columns' text stays further than 5 px away (spacing and padding)
            for (int x = Math.max(0, left - 5); x < Math.min(shot[0].getWidth(), right + 6); x++) {
                int rgb = shot[0].getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    inkLeft = Math.min(inkLeft, x);
                    inkRight = Math.max(inkRight, x);
                }
            }
        }
        assertTrue(inkRight > 0, "the cell has ink");
        assertTrue(inkLeft >= left - 1 && inkRight <= right, "ink " + inkLeft + ".." + inkRight + " inside " + left + ".." + right);
        assertTrue(right - inkRight <= 16, "still right-aligned: ink ends " + (right - inkRight) + " px from the edge");

        // the Russian slip (ru 6) further down
        robot.interact(() -> view.list().scrollTo(vm.table().rowOfTarget(Language.RUSSIAN, 6)));
        WaitForAsyncUtils.waitForFxEvents();
        Text slip = marked(robot, "term-deprecated").stream().filter(t -> t.getText().equals("Гальворсена"))
                .filter(HighlightedViewTest::shown).findFirst()
                .orElseThrow(() -> new AssertionError("Гальворсена drawn as deprecated"));
        robot.moveTo(slip);
        // one move is enough: the box comes after its delay without a second mouse move
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> view.hoverTip().isShowing());
        String shown = view.hoverTip().text();
        assertTrue(shown.contains("c-erik-halvorsen") && shown.contains("Халворсен (preferred)"), shown);
        // the box lies inside the screen once it has its size (it is placed again when its size is known)
        javafx.stage.Window tip = view.hoverTip().window();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> tip.getWidth() > 100
                    && tip.getY() + tip.getHeight() <= screen.getMaxY() + 1 && tip.getX() + tip.getWidth() <= screen.getMaxX() + 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("hover box outside the screen: " + tip.getX() + "," + tip.getY() + " " + tip.getWidth() + "x" + tip.getHeight());
        }
        Bounds away = view.localToScreen(view.getBoundsInLocal());
        robot.moveTo(away.getMinX() + 3, away.getMinY() + 3); // the header: no highlighted word
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !view.hoverTip().isShowing());
        assertEquals(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT, view.hoverTip().body().getEffectiveNodeOrientation());
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return n.getScene() != null && b.getMinY() >= 0 && b.getMaxY() <= n.getScene().getHeight();
    }

    @Test
    void clickingAnUnderlinedWordSelectsItsFindingAndRow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".finding-error").queryAll().isEmpty());
        robot.interact(() -> vm.selectedRowProperty().set(0));
        // a tooltip left open by an earlier hover (another test) would take the click: close every popup first
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        // the one on screen: VirtualFlow also keeps a scratch cell off screen
        Node word = robot.lookup(".finding-error").queryAll().stream().filter(HighlightedViewTest::shown).findFirst().orElseThrow();
        List<String> picked = new ArrayList<>();
        word.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> picked.add(String.valueOf(e.getPickResult().getIntersectedNode())
                + " at " + e.getScreenX() + "," + e.getScreenY() + " word " + word.localToScreen(word.getBoundsInLocal())));
        robot.clickOn(word);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ARABIC_SLIP, vm.highlights().selectedFindingProperty().get(), "clicked: " + picked);
        assertEquals(vm.table().rowOfTarget(Language.ARABIC, 3), vm.selectedRowProperty().get());
        assertEquals(Language.ARABIC, vm.selectedColumnProperty().get());
        assertFalse(vm.findings().isEmpty());
    }
}
