package org.triptych.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.util.Duration;
import org.triptych.model.Finding;

/**
 * The one hover box of the aligned view: it names the concept or finding of the highlighted word under the mouse.
 *
 * <p>The paragraph, not each word, listens to the mouse: a right-to-left paragraph makes its words' nodes again
 * whenever its line breaks change, and a tooltip installed on a word at its first hover missed that first hover
 * (the person had to move the mouse again). The box is placed below the mouse, or above it when it would run off
 * the bottom of the screen, and never past the screen's right edge.
 */
final class HoverTip {

    private static final double WIDTH = 460;

    private final Tooltip tip = new Tooltip();
    /** One {@link ParagraphText} per line: a wrapping Label would draw an Arabic term past its edge (JavaFX's bug). */
    private final javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(2);
    private String text = "";
    private final PauseTransition delay = new PauseTransition(Duration.millis(300));
    private Node over;
    private double mouseX;
    private double mouseY;

    HoverTip() {
        // the hover reads left to right even over an Arabic word (it would inherit the cell's direction)
        body.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        body.setPrefWidth(WIDTH);
        body.setMaxWidth(WIDTH);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.getStyleClass().add("highlight-tooltip");
        tip.setGraphic(body);
        tip.setAutoHide(false); // it goes when the mouse leaves the word; an auto-hiding popup would eat the next click
        tip.setConsumeAutoHidingEvents(false);
        delay.setOnFinished(e -> show());
        // the box knows its size only once its text is laid out, a moment after it opens: place it again then
        tip.heightProperty().addListener((o, a, b) -> place());
        tip.widthProperty().addListener((o, a, b) -> place());
    }

    /**
     * Makes the highlighted words of a paragraph answer the mouse: {@code describe} turns a word's spans into the
     * box's lines (null: nothing to say); a click on a word that carries a finding hands it to {@code onFinding}.
     */
    void attach(TextFlow paragraph, Function<List<?>, String> describe, Consumer<Finding> onFinding) {
        paragraph.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Node word = highlighted(e);
            paragraph.setCursor(word != null && finding(word) != null ? Cursor.HAND : null);
            mouseX = e.getScreenX();
            mouseY = e.getScreenY();
            if (word == over) {
                return;
            }
            hide();
            String text = word == null ? null : describe.apply((List<?>) word.getProperties().get(ParagraphText.SPANS));
            if (text != null) {
                over = word;
                showText(text);
                delay.playFromStart();
            }
        });
        paragraph.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        // on the press, not the click: the press selects the row, which may scroll it fully into view, and the
        // release would then land on another word
        paragraph.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
                return;
            }
            Node word = highlighted(e);
            Finding f = word == null ? null : finding(word);
            if (f != null) {
                hide();
                onFinding.accept(f);
            }
        });
    }

    /** Whether the box is up, and what it says (without its direction marks): for tests. */
    boolean isShowing() {
        return tip.isShowing();
    }

    String text() {
        return org.triptych.text.BidiIsolates.strip(text);
    }

    javafx.scene.layout.VBox body() {
        return body;
    }

    /**
     * Each line laid out left to right (a line starting with an Arabic term too), its right-to-left terms isolated so
     * quotes and arrows stay where the sentence puts them.
     */
    private void showText(String s) {
        text = s;
        body.getChildren().clear();
        for (String line : s.split("\n", -1)) {
            javafx.scene.text.TextFlow flow = ParagraphText.create(org.triptych.text.BidiIsolates.isolateTerms(line), false,
                    javafx.scene.text.Font.getDefault());
            flow.setPrefWidth(WIDTH);
            flow.setMaxWidth(WIDTH);
            // as tall as its lines at the box's width (the popup asks for heights without a width)
            double h = flow.prefHeight(WIDTH);
            flow.setMinHeight(h);
            flow.setPrefHeight(h);
            flow.getStyleClass().add("hover-line");
            // the box is dark (Modena's tooltip); a Text does not take a Label's text fill
            flow.getChildren().forEach(n -> ((javafx.scene.text.Text) n).setFill(javafx.scene.paint.Color.WHITE));
            body.getChildren().add(flow);
        }
    }

    javafx.stage.PopupWindow window() {
        return tip;
    }

    private void show() {
        if (over == null || over.getScene() == null || over.getScene().getWindow() == null) {
            return;
        }
        tip.show(over, mouseX + 12, mouseY + 18);
        place();
    }

    /** Below and right of the mouse; above it when the box would run off the screen's bottom; never past its right. */
    private void place() {
        if (!tip.isShowing()) {
            return;
        }
        tip.setX(mouseX + 12);
        tip.setY(mouseY + 18);
        Rectangle2D screen = Screen.getScreensForRectangle(mouseX, mouseY, 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (tip.getY() + tip.getHeight() > screen.getMaxY()) {
            tip.setY(Math.max(screen.getMinY(), mouseY - tip.getHeight() - 8)); // above the mouse
        }
        if (tip.getX() + tip.getWidth() > screen.getMaxX()) {
            tip.setX(Math.max(screen.getMinX(), screen.getMaxX() - tip.getWidth()));
        }
    }

    void hide() {
        delay.stop();
        over = null;
        if (tip.isShowing()) {
            tip.hide();
        }
    }

    private static Node highlighted(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        return n != null && n.getProperties().get(ParagraphText.SPANS) instanceof List<?> ? n : null;
    }

    private static Finding finding(Node word) {
        for (Object o : (List<?>) word.getProperties().get(ParagraphText.SPANS)) {
            if (((StyledSpan) o).tag() instanceof Finding f) {
                return f;
            }
        }
        return null;
    }
}
