package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import org.triptych.model.Language;

/**
 * Edits a cell's text where it is, in the aligned view: one text area per unit of the cell. Enter keeps the edit,
 * Escape drops it, Tab goes to the next unit.
 *
 * <p>JavaFX 21's TextArea lays out Arabic wrongly (the first line clipped, numbers and dashes out of order), so a
 * right-to-left cell shows a live preview under each area, drawn by {@link RightToLeftFlow}: what will be kept can
 * always be read there. The editor outlives the row's nodes: when the list draws the row again (a scroll, a change
 * elsewhere) it puts the same editor back, with what was typed.
 */
final class CellEditor extends VBox {

    private final int row;
    private final Language language;
    private final List<String> before;
    private final List<TextArea> areas = new ArrayList<>();
    private final Consumer<List<String>> keep;
    private final Runnable close;
    private boolean done;
    private TextArea caretIn;

    /**
     * @param keep     gets the edited texts, one per unit, when the person keeps the edit (called once at most)
     * @param close    called once when the editor goes, kept or dropped
     * @param addToGlossary given a selection, offers it as a term of this language (null: no such menu item)
     */
    CellEditor(int row, Language language, List<String> texts, DoubleExpression width, Consumer<List<String>> keep,
               Runnable close, Consumer<String> addToGlossary) {
        super(4);
        this.row = row;
        this.language = language;
        this.before = List.copyOf(texts);
        this.keep = keep;
        this.close = close;
        getStyleClass().add("cell-editor");
        boolean rtl = language.isRightToLeft();
        Font font = rtl ? Font.font("Noto Naskh Arabic", 16) : Font.font("Noto Sans", 14);
        for (String t : texts) {
            TextArea area = new TextArea(t);
            area.setWrapText(true);
            area.setFont(font);
            area.setPrefRowCount(Math.max(2, Math.min(12, t.length() / 45 + 1)));
            area.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            area.prefWidthProperty().bind(width.subtract(12));
            area.maxWidthProperty().bind(width.subtract(12));
            area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            area.setContextMenu(menu(area, addToGlossary));
            area.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    caretIn = area;
                }
            });
            areas.add(area);
            getChildren().add(area);
            if (rtl) {
                VBox preview = new VBox(2);
                preview.getStyleClass().add("edit-preview");
                Runnable show = () -> {
                    TextFlow flow = ParagraphText.create(area.getText(), true, font);
                    flow.prefWidthProperty().bind(width.subtract(20));
                    flow.maxWidthProperty().bind(width.subtract(20));
                    preview.getChildren().setAll(new Label("Preview"), flow);
                };
                area.textProperty().addListener((o, a, b) -> show.run());
                show.run();
                getChildren().add(preview);
            }
        }
    }

    int row() {
        return row;
    }

    Language language() {
        return language;
    }

    List<TextArea> areas() {
        return areas;
    }

    /** Puts the caret at the end of the first area, once the editor is on screen. */
    void focus() {
        if (!areas.isEmpty()) {
            caretIn = areas.get(0);
            caretIn.positionCaret(caretIn.getLength());
        }
        regainFocus();
    }

    /**
     * Gives the caret back to the area it was in. The list draws the edited row again now and then (it replaces the
     * row's nodes and moves this editor into them), and a node taken out of the scene loses the keyboard.
     */
    void regainFocus() {
        Platform.runLater(() -> {
            if (!done && caretIn != null && caretIn.getScene() != null && !caretIn.isFocused()
                    && lostToTheList(caretIn.getScene().getFocusOwner())) {
                caretIn.requestFocus();
            }
        });
    }

    /** Whether the keyboard went nowhere or to the aligned list: not when the person moved on to another field. */
    private static boolean lostToTheList(javafx.scene.Node owner) {
        for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ListView<?> && "aligned-list".equals(n.getId())) {
                return true;
            }
        }
        return owner == null;
    }

    /** The area the caret is in, if any: Ctrl+Z and Ctrl+Y act on its text while the editor is open. */
    TextArea focusedArea() {
        return areas.stream().filter(TextArea::isFocused).findFirst().orElse(null);
    }

    /** Keeps what was typed (nothing is recorded when no text changed) and closes the editor. */
    void commit() {
        if (done) {
            return;
        }
        done = true;
        List<String> now = areas.stream().map(TextArea::getText).map(t -> t.replace('\n', ' ')).toList();
        if (!now.equals(before)) {
            keep.accept(now);
        }
        close.run();
    }

    /** Drops what was typed and closes the editor. */
    void cancel() {
        if (done) {
            return;
        }
        done = true;
        close.run();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume(); // a paragraph or sentence has no line breaks: Enter keeps the edit
            commit();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancel();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            e.consume();
            int i = areas.indexOf((TextArea) e.getSource()) + (e.isShiftDown() ? -1 : 1);
            if (i >= 0 && i < areas.size()) {
                areas.get(i).requestFocus();
            }
        }
    }

    private ContextMenu menu(TextArea area, Consumer<String> addToGlossary) {
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(e -> area.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(e -> area.paste());
        ContextMenu menu = new ContextMenu(cut, copy, paste);
        if (addToGlossary != null) {
            MenuItem add = new MenuItem("Add selection to glossary…");
            add.setId("add-selection-to-glossary");
            add.setOnAction(e -> addToGlossary.accept(area.getSelectedText().strip()));
            menu.setOnShowing(e -> add.setDisable(area.getSelectedText().isBlank()));
            menu.getItems().addAll(new SeparatorMenuItem(), add);
        }
        return menu;
    }
}
