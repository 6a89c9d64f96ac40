package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.triptych.model.Language;

/**
 * Edits a cell's text where it is, in the aligned view: one field per unit of the cell. Enter keeps the edit,
 * Escape drops it, Tab goes to the next unit.
 *
 * <p>Left-to-right text is edited in a TextArea. Right-to-left text is edited in a {@link RightToLeftEditor}:
 * JavaFX 21's TextArea lays Arabic out wrongly (the first line clipped, numbers and dashes out of order). The editor
 * outlives the row's nodes: when the list draws the row again (a scroll, a change elsewhere) it puts the same editor
 * back, with what was typed.
 */
final class CellEditor extends VBox {

    /** One unit's field: a TextArea or a right-to-left editor, seen the same way here. */
    record Field(Node node, Supplier<String> text, Supplier<String> selectedText, Runnable caretToEnd, Runnable undo,
                 Runnable redo) {
    }

    private final int row;
    private final Language language;
    private final List<String> before;
    private final List<Field> fields = new ArrayList<>();
    private final Consumer<List<String>> keep;
    private final Runnable close;
    private boolean done;
    private Field caretIn;

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
        for (String t : texts) {
            Field f = language.isRightToLeft() ? rightToLeft(t, language, width) : leftToRight(t, language, width);
            f.node().focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    caretIn = f;
                }
            });
            f.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, f));
            ContextMenu menu = menu(f, addToGlossary);
            f.node().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                menu.show(f.node(), e.getScreenX(), e.getScreenY());
                e.consume();
            });
            fields.add(f);
            getChildren().add(f.node());
        }
    }

    private static Field leftToRight(String t, Language language, DoubleExpression width) {
        TextArea area = new TextArea(t);
        area.setWrapText(true);
        area.setFont(ParagraphText.fontFor(language));
        // a column holds some 35 characters a line: room for the whole paragraph, so nothing scrolls out of sight
        area.setPrefRowCount(Math.max(2, Math.min(16, t.length() / 32 + 2)));
        area.prefWidthProperty().bind(width.subtract(12));
        area.maxWidthProperty().bind(width.subtract(12));
        area.setContextMenu(new ContextMenu()); // ours, with the glossary item, is shown instead
        // undo by words, as in the right-to-left editor (the TextArea's own undo goes a character at a time)
        WordUndo history = new WordUndo(t, (text, caret) -> {
            area.setText(text);
            area.positionCaret(caret);
        });
        area.textProperty().addListener((o, before, after) -> history.changed(before, after));
        return new Field(area, area::getText, area::getSelectedText, () -> area.positionCaret(area.getLength()),
                history::undo, history::redo);
    }

    private static Field rightToLeft(String t, Language language, DoubleExpression width) {
        RightToLeftEditor editor = new RightToLeftEditor(t, ParagraphText.fontFor(language));
        editor.prefWidthProperty().bind(width.subtract(12));
        editor.maxWidthProperty().bind(width.subtract(12));
        return new Field(editor, editor::getText, editor::getSelectedText,
                () -> editor.positionCaret(editor.getText().length()), editor::undo, editor::redo);
    }

    /** Whether an event's target lies in a cell editor: a press there does not end the editing. */
    static boolean inside(Object target) {
        return ancestor(target, CellEditor.class);
    }

    /**
     * Whether an event goes to text being typed (a cell editor or any text field): its keys are the typing's, not
     * the view's (arrows move the caret, "?" is a character).
     */
    static boolean typingIn(Object target) {
        return inside(target) || ancestor(target, RightToLeftEditor.class)
                || ancestor(target, javafx.scene.control.TextInputControl.class);
    }

    private static boolean ancestor(Object target, Class<?> type) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    int row() {
        return row;
    }

    Language language() {
        return language;
    }

    List<Field> fields() {
        return fields;
    }

    /** Puts the caret at the end of the first unit, once the editor is on screen. */
    void focus() {
        if (!fields.isEmpty()) {
            caretIn = fields.get(0);
            caretIn.caretToEnd().run();
        }
        regainFocus();
    }

    /**
     * Gives the keyboard back to the field it was in. The list draws the edited row again now and then (it replaces
     * the row's nodes and moves this editor into them), and a node taken out of the scene loses the keyboard.
     */
    void regainFocus() {
        Platform.runLater(() -> {
            if (!done && caretIn != null && caretIn.node().getScene() != null && !caretIn.node().isFocused()
                    && lostToTheList(caretIn.node().getScene().getFocusOwner())) {
                caretIn.node().requestFocus();
            }
        });
    }

    /** Whether the keyboard went nowhere or to the aligned list: not when the person moved on to another field. */
    private static boolean lostToTheList(Node owner) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ListView<?> && "aligned-list".equals(n.getId())) {
                return true;
            }
        }
        return owner == null;
    }

    /** Keeps what was typed (nothing is recorded when no text changed) and closes the editor. */
    void commit() {
        if (done) {
            return;
        }
        done = true;
        List<String> now = fields.stream().map(f -> f.text().get().replace('\n', ' ')).toList();
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

    private void key(KeyEvent e, Field f) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume(); // a paragraph or sentence has no line breaks: Enter keeps the edit
            commit();
        } else if (k == KeyCode.ESCAPE) {
            e.consume();
            cancel();
        } else if (k == KeyCode.TAB && !e.isShortcutDown()) {
            e.consume();
            int i = fields.indexOf(f) + (e.isShiftDown() ? -1 : 1);
            if (i >= 0 && i < fields.size()) {
                fields.get(i).node().requestFocus();
            }
        } else if (e.isShortcutDown() && (k == KeyCode.Z || k == KeyCode.Y)) {
            // the typing's own undo, never the project's while the editor is open
            e.consume();
            if (k == KeyCode.Y || e.isShiftDown()) {
                f.redo().run();
            } else {
                f.undo().run();
            }
        }
    }

    private ContextMenu menu(Field f, Consumer<String> addToGlossary) {
        ContextMenu menu = new ContextMenu();
        if (f.node() instanceof TextArea area) {
            MenuItem cut = new MenuItem("Cut");
            cut.setOnAction(e -> area.cut());
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> area.copy());
            MenuItem paste = new MenuItem("Paste");
            paste.setOnAction(e -> area.paste());
            menu.getItems().addAll(cut, copy, paste);
        }
        if (addToGlossary != null) {
            MenuItem add = new MenuItem("Add selection to glossary…");
            add.setId("add-selection-to-glossary");
            add.setOnAction(e -> addToGlossary.accept(f.selectedText().get().strip()));
            menu.setOnShowing(e -> add.setDisable(f.selectedText().get().isBlank()));
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(add);
        }
        return menu;
    }
}
