package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hover box of a highlighted word: one mouse move shows it, and it stays on the screen at its bottom edge. */
@ExtendWith(ApplicationExtension.class)
class HoverTipTest {

    private static final String TEXT = "أعلن المبعوث الخاص هالفورسن أن المحادثات ستستأنف";

    private HoverTip tip;
    private TextFlow flow;

    private Stage own;

    @Start
    void start(Stage primary) {
        // a window of its own: the shared primary stage must not be left at the screen's bottom for other tests
        Stage stage = new Stage();
        own = stage;
        tip = new HoverTip();
        int at = TEXT.indexOf("هالفورسن");
        StyledSpan term = new StyledSpan(at, at + "هالفورسن".length(), "term-preferred",
                "line one of a long description\nline two\nline three\nline four\nline five");
        flow = ParagraphText.create(TEXT, true, Font.font("Noto Naskh Arabic", 16), List.of(term));
        tip.attach(flow, spans -> (String) ((StyledSpan) spans.get(0)).tag(), f -> { });
        stage.setScene(new Scene(new StackPane(flow), 420, 60));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + 40);
        stage.setY(screen.getMaxY() - 70); // the window sits on the screen's bottom edge
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            tip.hide();
            own.close();
        });
    }

    @Test
    void oneMoveShowsTheBoxAboveTheWordWhenBelowWouldRunOffTheScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node word = robot.lookup(".term-preferred").query();
        Bounds b = word.localToScreen(word.getBoundsInLocal());
        robot.moveTo(word);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, tip::isShowing);
        assertTrue(tip.text().startsWith("line one") && tip.text().contains("line five"), tip.text());
        Window box = tip.window();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> box.getHeight() > 60); // five lines laid out
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(box.getY() + box.getHeight() <= screen.getMaxY() + 1,
                "inside the screen: bottom " + (box.getY() + box.getHeight()) + " of " + screen.getMaxY());
        assertTrue(box.getY() + box.getHeight() <= b.getMaxY(), "above the word: box " + box.getY() + "+" + box.getHeight() + ", word " + b + ", screen " + screen);
        // leaving the word hides it; coming back shows it again with one move
        robot.moveTo(flow.localToScreen(flow.getBoundsInLocal()).getMinX() + 2, b.getMinY() - 20);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !tip.isShowing());
        robot.moveTo(word);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, tip::isShowing);
    }
}
