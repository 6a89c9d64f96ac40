package org.triptych.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/** The keyboard shortcuts, laid over the window (F1 or ? to show, Esc or F1 to hide). */
final class HelpOverlay extends StackPane {

    static final String[][] KEYS = {
            {"↑ ↓", "previous / next row"}, {"← →", "choose the column the cell commands act on"},
            {"Ctrl+M", "merge the row with the next"}, {"Ctrl+T", "split the cell (at a paragraph or sentence boundary)"},
            {"Alt+↑ / Alt+↓", "move the cell's text to the row above / below"}, {"Ctrl+I", "insert an empty cell (the column shifts down)"},
            {"Ctrl+Enter", "confirm the row's links (anchors for re-alignment)"}, {"Ctrl+R", "mark the row for review"},
            {"Ctrl+L", "re-align everything not confirmed"}, {"F2", "edit the cell's text in place: Enter keeps, Esc drops"},
            {"Shift+F2", "edit the cell's text in a window"},
            {"Ctrl+Z / Ctrl+Y", "undo / redo"}, {"Ctrl+1 / Ctrl+2", "paragraphs / sentences"},
            {"F7", "run checks"}, {"F8 / Shift+F8", "next / previous finding"},
            {"Ctrl+F / Ctrl+H", "find / replace across the columns"}, {"F3 / Shift+F3", "next / previous match"},
            {"Ctrl+J / Ctrl+Shift+J", "next / previous row to review"}, {"Ctrl+K / Ctrl+Shift+K", "next / previous MT draft"},
            {"Ctrl+G", "go to a row by its number"}, {"Ctrl+Shift+N", "a note on the row"},
            {"Ctrl+,", "preferences"}, {"Ctrl+N / Ctrl+O", "new project from files / open a project"},
            {"Ctrl+S / Ctrl+W / Ctrl+Q", "save / close the project / quit (unsaved work is asked about)"}, {"F1 or ?", "this help"}};

    HelpOverlay() {
        getStyleClass().add("help-overlay");
        setId("help-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-card");
        grid.setHgap(18);
        grid.setVgap(6);
        Label title = new Label("Keyboard");
        title.getStyleClass().add("help-title");
        grid.add(title, 0, 0, 2, 1);
        // two columns of keys, so the card fits a 1024 × 640 window
        int half = (KEYS.length + 1) / 2;
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("help-key");
            int col = i < half ? 0 : 2;
            int row = (i < half ? i : i - half) + 1;
            grid.add(key, col, row);
            grid.add(new Label(KEYS[i][1]), col + 1, row);
        }
        grid.setMaxSize(GridPane.USE_PREF_SIZE, GridPane.USE_PREF_SIZE);
        getChildren().add(grid);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
