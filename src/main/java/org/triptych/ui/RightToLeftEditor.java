package org.triptych.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * A text field for right-to-left paragraphs that shows exactly what it holds.
 *
 * <p>JavaFX 21's TextArea lays out Arabic wrongly (the first line clipped, numbers and dashes out of order), so
 * editing an Arabic cell in one meant typing blind. This field draws its text with {@link RightToLeftFlow}, the
 * layout the aligned view uses and tests check pixel by pixel, and puts the caret and the selection where
 * {@link javafx.scene.text.TextFlow#caretShape} and {@link javafx.scene.text.TextFlow#rangeShape} say. The
 * keyboard works in logical order: the caret moves through the text as it is stored, so ← goes on in reading order
 * (to the left in Arabic) and → goes back. It has what correcting a paragraph needs — typing, deleting, selection
 * with Shift or the mouse, copy, cut, paste, select all, undo and redo — and nothing more.
 */
final class RightToLeftEditor extends Region {

    private final Font font;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final Path caret = new Path();
    private final Path selection = new Path();
    /** Undo in words, not characters (WordUndo); every change of the text passes through {@link #set}. */
    private WordUndo history;
    private final Timeline blink;
    private RightToLeftFlow flow;
    private int caretAt;
    private int anchor;

    RightToLeftEditor(String initial, Font font) {
        this.font = font;
        getStyleClass().add("rtl-editor");
        // the flow is right to left; the editor too, so the caret's coordinates and the flow's are the same
        setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        caret.setStroke(Color.BLACK);
        caret.setStrokeWidth(1.5);
        caret.setManaged(false);
        selection.setFill(Color.web("#9ec5f8", 0.55));
        selection.setStroke(null);
        selection.setManaged(false);
        text.set(initial);
        history = new WordUndo(initial, this::set);
        caretAt = initial.length();
        anchor = caretAt;
        rebuild();
        blink = new Timeline(new KeyFrame(Duration.millis(530), e -> caret.setVisible(!caret.isVisible())));
        blink.setCycleCount(Timeline.INDEFINITE);
        focusedProperty().addListener((o, was, is) -> {
            caret.setVisible(is);
            if (is) {
                blink.play();
            } else {
                blink.stop();
            }
        });
        caret.setVisible(false);
        addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            int at = indexAt(e.getX(), e.getY());
            caretAt = at;
            if (!e.isShiftDown()) {
                anchor = at;
            }
            showCaret();
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            caretAt = indexAt(e.getX(), e.getY());
            showCaret();
            e.consume();
        });
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    String getText() {
        return text.get();
    }

    int getCaretPosition() {
        return caretAt;
    }

    String getSelectedText() {
        return text.get().substring(Math.min(anchor, caretAt), Math.max(anchor, caretAt));
    }

    /** Puts the caret at {@code index} (0 to the length), with no selection. */
    void positionCaret(int index) {
        caretAt = Math.max(0, Math.min(text.get().length(), index));
        anchor = caretAt;
        showCaret();
    }

    /** Replaces the selection (or inserts at the caret) as typing does: one undo step. */
    void replaceSelection(String s) {
        String t = text.get();
        int from = Math.min(anchor, caretAt);
        int to = Math.max(anchor, caretAt);
        set(t.substring(0, from) + s + t.substring(to), from + s.length());
    }

    void undo() {
        history.undo();
    }

    void redo() {
        history.redo();
    }

    private void set(String t, int newCaret) {
        String before = text.get();
        text.set(t);
        history.changed(before, t);
        caretAt = Math.max(0, Math.min(t.length(), newCaret));
        anchor = caretAt;
        rebuild();
    }

    private void typed(KeyEvent e) {
        String c = e.getCharacter();
        if (e.isShortcutDown() || (e.isAltDown() && !e.isControlDown()) || c.isEmpty() || c.equals(KeyEvent.CHAR_UNDEFINED)) {
            return;
        }
        char first = c.charAt(0);
        if (Character.isISOControl(first)) {
            return; // Enter, Tab, Backspace and Escape arrive as KEY_PRESSED
        }
        replaceSelection(c);
        e.consume();
    }

    private void pressed(KeyEvent e) {
        String t = text.get();
        boolean shift = e.isShiftDown();
        boolean shortcut = e.isShortcutDown();
        KeyCode k = e.getCode();
        if (shortcut && k == KeyCode.Z) {
            if (shift) {
                redo();
            } else {
                undo();
            }
        } else if (shortcut && k == KeyCode.Y) {
            redo();
        } else if (shortcut && k == KeyCode.A) {
            anchor = 0;
            caretAt = t.length();
            showCaret();
        } else if (shortcut && (k == KeyCode.C || k == KeyCode.X)) {
            if (anchor != caretAt) {
                ClipboardContent content = new ClipboardContent();
                content.putString(getSelectedText());
                Clipboard.getSystemClipboard().setContent(content);
                if (k == KeyCode.X) {
                    replaceSelection("");
                }
            }
        } else if (shortcut && k == KeyCode.V) {
            String pasted = Clipboard.getSystemClipboard().getString();
            if (pasted != null) {
                replaceSelection(pasted.replaceAll("\\s*\\R\\s*", " "));
            }
        } else if (!shortcut && k == KeyCode.BACK_SPACE) {
            if (anchor != caretAt) {
                replaceSelection("");
            } else if (caretAt > 0) {
                int from = t.offsetByCodePoints(caretAt, -1);
                set(t.substring(0, from) + t.substring(caretAt), from);
            }
        } else if (!shortcut && k == KeyCode.DELETE) {
            if (anchor != caretAt) {
                replaceSelection("");
            } else if (caretAt < t.length()) {
                int to = t.offsetByCodePoints(caretAt, 1);
                set(t.substring(0, caretAt) + t.substring(to), caretAt);
            }
        } else if (k == KeyCode.LEFT || k == KeyCode.RIGHT) {
            // logical order: in a right-to-left paragraph reading goes on to the left
            boolean forward = k == KeyCode.LEFT;
            int next = shortcut ? wordEdge(t, caretAt, forward)
                    : forward ? (caretAt < t.length() ? t.offsetByCodePoints(caretAt, 1) : caretAt)
                    : (caretAt > 0 ? t.offsetByCodePoints(caretAt, -1) : 0);
            move(next, shift);
        } else if (!shortcut && (k.isLetterKey() || k.isDigitKey() || k == KeyCode.SPACE || k.isKeypadKey()
                || k == KeyCode.MINUS || k == KeyCode.PERIOD || k == KeyCode.COMMA)) {
            // the character comes as KEY_TYPED; the press stays here, so the list does not act on it (Space selects)
        } else if (k == KeyCode.HOME) {
            move(0, shift);
        } else if (k == KeyCode.END) {
            move(t.length(), shift);
        } else {
            return;
        }
        e.consume();
    }

    private static int wordEdge(String t, int from, boolean forward) {
        int i = from;
        if (forward) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
        } else {
            while (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private void move(int to, boolean extend) {
        caretAt = to;
        if (!extend) {
            anchor = to;
        }
        showCaret();
    }

    private int indexAt(double x, double y) {
        Point2D inFlow = flow.parentToLocal(x, y);
        return Math.max(0, Math.min(text.get().length(), flow.hitTest(inFlow).getInsertionIndex()));
    }

    /** The text drawn again (a new flow: it is cheap, and it breaks its own lines for this width). */
    private void rebuild() {
        // an empty paragraph still needs a line to put the caret on
        flow = ParagraphText.rightToLeft(text.get().isEmpty() ? " " : text.get(), font, java.util.List.of(), true);
        flow.setMouseTransparent(true);
        getChildren().setAll(selection, flow, caret);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL; // the height follows the width: the lines are broken to it
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 && getPrefWidth() > 0) {
            width = getPrefWidth(); // asked without a width: the width it is meant to have
        }
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return flow.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, flow.prefHeight(w));
        showCaret();
    }

    /** Caret and selection where the flow's own geometry puts them, in this editor's coordinates. */
    private void showCaret() {
        if (flow.getWidth() <= 0) {
            return;
        }
        int at = Math.min(caretAt, flow.text().length());
        caret.getElements().setAll(shifted(flow.caretShape(at, true)));
        int from = Math.min(anchor, caretAt);
        int to = Math.min(Math.max(anchor, caretAt), flow.text().length());
        selection.getElements().setAll(from < to ? shifted(flow.rangeShape(from, to)) : new PathElement[0]);
        caret.setVisible(isFocused());
        if (isFocused()) {
            blink.playFromStart();
        }
    }

    /** The flow's path moved by its offset in this editor (the path elements are in the flow's coordinates). */
    private PathElement[] shifted(PathElement[] in) {
        Path out = new Path();
        for (PathElement e : in) {
            if (e instanceof javafx.scene.shape.MoveTo m) {
                out.getElements().add(new javafx.scene.shape.MoveTo(m.getX() + flow.getLayoutX(), m.getY() + flow.getLayoutY()));
            } else if (e instanceof javafx.scene.shape.LineTo l) {
                out.getElements().add(new javafx.scene.shape.LineTo(l.getX() + flow.getLayoutX(), l.getY() + flow.getLayoutY()));
            } else {
                out.getElements().add(e);
            }
        }
        return out.getElements().toArray(new PathElement[0]);
    }
}
