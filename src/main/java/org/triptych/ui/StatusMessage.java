package org.triptych.ui;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import org.triptych.text.BidiIsolates;

/**
 * The status line's message, one line, cut at the window's edge (the whole message in a tooltip). Drawn by
 * {@link ParagraphText} rather than a Label: messages mix English with Arabic terms ("Applied: هالفورسن (ar ¶4)",
 * "'هالفورسون' is a deprecated term…; use 'هالفورسن'"), and a Label both wraps Arabic wrongly and lets the bidi
 * algorithm pull quotes and neighbouring words into the Arabic run. Every quoted term holding right-to-left text is
 * isolated ({@link BidiIsolates#isolateTerms}), so the advice reads in order.
 */
final class StatusMessage extends Region {

    private final StringProperty text = new SimpleStringProperty("");
    private final Tooltip tip = new Tooltip();
    private final Font font = Font.getDefault();
    private TextFlow flow;

    StatusMessage() {
        getStyleClass().add("status-message");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        text.addListener((o, a, b) -> show(b));
        show("");
    }

    StringProperty textProperty() {
        return text;
    }

    /** What the line shows, as laid out (isolates included): for tests. */
    String shownText() {
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> sb.append(((javafx.scene.text.Text) n).getText()));
        return sb.toString();
    }

    TextFlow flow() {
        return flow;
    }

    private void show(String message) {
        String m = message == null ? "" : message;
        flow = ParagraphText.create(BidiIsolates.isolateTerms(m), false, font);
        flow.setId("status-text");
        getChildren().setAll(flow);
        tip.setText(BidiIsolates.isolateTerms(m));
        if (m.isEmpty()) {
            Tooltip.uninstall(this, tip);
        } else {
            Tooltip.install(this, tip);
        }
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // the line takes what the status bar leaves it, never more
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + Math.ceil(font.getSize() * 1.45);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double oneLine = flow.prefWidth(-1) + 2; // unwrapped: the whole message on one line, cut by the clip
        double h = flow.prefHeight(oneLine);
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset() + Math.max(0, (getHeight() - snappedTopInset()
                - snappedBottomInset() - h) / 2), oneLine, h);
    }
}
