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

    /**
     * Counts on a thread of its own and shows the newest answer: a replace-all changes every paragraph of a 5,000-row
     * project, and scanning all of it (60 ms measured) would hold the window up. The states counted are immutable.
     */
    void update() {
        org.triptych.workbench.ProjectState state = aligned.stateProperty().get();
        if (state == null) {
            setText("");
            return;
        }
        int row = aligned.selectedRowProperty().get();
        org.triptych.model.AlignmentLevel level = aligned.levelProperty().get();
        long asked = ++latest;
        COUNTING.execute(() -> {
            String text;
            synchronized (counts) {
                StringBuilder b = new StringBuilder(line(counts.perVersion(state))).append(" words");
                Map<Language, Integer> inRow = WordCounts.ofRow(state, level, row);
                if (!inRow.isEmpty()) {
                    b.append("  |  row ").append(row + 1).append(": ").append(line(inRow));
                }
                text = b.toString();
            }
            javafx.application.Platform.runLater(() -> {
                if (asked == latest) {
                    setText(text);
                }
            });
        });
    }

    private long latest;

    /** One daemon thread for every window's counts; counting is short, and only the newest answer is shown. */
    private static final java.util.concurrent.Executor COUNTING = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-word-counts");
        t.setDaemon(true);
        return t;
    });

    private static String line(Map<Language, Integer> n) {
        StringBuilder b = new StringBuilder();
        n.forEach((l, c) -> b.append(b.length() == 0 ? "" : " · ").append(l.code()).append(' ').append(c));
        return b.toString();
    }
}
