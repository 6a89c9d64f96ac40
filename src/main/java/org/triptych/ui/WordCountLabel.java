package org.triptych.ui;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.triptych.model.Language;
import org.triptych.workbench.WordCounts;

/**
 * The status line's word counts: per version ("en 540 · ar 482 · ru 531 words") and for the selected row ("row 4: en
 * 32 · ar 29 · ru 30"). Language codes rather than names keep the line short and left to right.
 */
final class WordCountLabel extends Label {

    private final AlignedViewModel aligned;
    private final WordCounts counts = new WordCounts();
    private boolean pending;

    WordCountLabel(AlignedViewModel aligned) {
        this.aligned = aligned;
        setId("word-counts");
        getStyleClass().add("status-counts");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip("Words per version, and in the selected row's cells"));
        aligned.stateProperty().addListener((o, a, b) -> later());
        aligned.selectedRowProperty().addListener((o, a, b) -> later());
        aligned.levelProperty().addListener((o, a, b) -> later());
        update();
    }

    /** Once per pulse however many changes come together (an undo changes state and selection at once). */
    private void later() {
        if (!pending) {
            pending = true;
            javafx.application.Platform.runLater(() -> {
                pending = false;
                update();
            });
        }
    }

    void update() {
        if (aligned.stateProperty().get() == null) {
            setText("");
            return;
        }
        StringBuilder b = new StringBuilder(line(counts.perVersion(aligned.stateProperty().get()))).append(" words");
        int row = aligned.selectedRowProperty().get();
        Map<Language, Integer> inRow = WordCounts.ofRow(aligned.stateProperty().get(), aligned.levelProperty().get(), row);
        if (!inRow.isEmpty()) {
            b.append("  |  row ").append(row + 1).append(": ").append(line(inRow));
        }
        setText(b.toString());
    }

    private static String line(Map<Language, Integer> n) {
        StringBuilder b = new StringBuilder();
        n.forEach((l, c) -> b.append(b.length() == 0 ? "" : " · ").append(l.code()).append(' ').append(c));
        return b.toString();
    }
}
