package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The right-to-left editor: logical caret movement, selection, deletion, paste, undo, and a caret where the text is. */
class RightToLeftEditorTest {

    private static final String TEXT = "أعلنت جماعة مسلحة في اليمن يوم السبت أنها ستلتزم بوقف للقتال مدته 72 ساعة كي تتمكن "
            + "قوافل المساعدات من الوصول إلى المدينة";

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static RightToLeftEditor shown(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            RightToLeftEditor e = new RightToLeftEditor(text, Font.font("Noto Naskh Arabic", 16));
            e.setPrefWidth(300);
            Pane pane = new Pane(e);
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 340, 300));
            stage.show();
            e.resize(300, e.prefHeight(300));
            e.layout();
            e.requestFocus();
            return e;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void key(Node n, KeyCode code, boolean shift, boolean shortcut) {
        Event.fireEvent(n, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, false, false));
    }

    private static void type(Node n, String s) {
        for (char c : s.toCharArray()) {
            Event.fireEvent(n, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
        }
    }

    @Test
    void keysWorkInLogicalOrderAndEveryEditCanBeUndone() throws Exception {
        RightToLeftEditor e = shown(TEXT);
        WaitForAsyncUtils.asyncFx(() -> {
            e.positionCaret(0);
            key(e, KeyCode.LEFT, false, false); // on in reading order, which is to the left in Arabic
            key(e, KeyCode.LEFT, false, false);
            assertEquals(2, e.getCaretPosition());
            key(e, KeyCode.RIGHT, false, false);
            assertEquals(1, e.getCaretPosition());
            key(e, KeyCode.LEFT, true, true); // Shift+Ctrl+←: to the end of the word, selected
            assertEquals("علنت", e.getSelectedText());
            type(e, "xy");
            assertTrue(e.getText().startsWith("أxy جماعة"), e.getText());
            key(e, KeyCode.BACK_SPACE, false, false);
            key(e, KeyCode.DELETE, false, false); // the space after
            assertTrue(e.getText().startsWith("أxجماعة"), e.getText());
            key(e, KeyCode.Z, false, true);
            key(e, KeyCode.Z, false, true);
            assertTrue(e.getText().startsWith("أxy جماعة"), e.getText());
            key(e, KeyCode.Y, false, true);
            assertTrue(e.getText().startsWith("أx جماعة"), "redo does the backspace again: " + e.getText().substring(0, 10));
            ClipboardContent c = new ClipboardContent();
            c.putString("سطر\nآخر");
            Clipboard.getSystemClipboard().setContent(c);
            key(e, KeyCode.END, false, false);
            key(e, KeyCode.V, false, true);
            assertTrue(e.getText().endsWith("المدينةسطر آخر"), "a pasted line break becomes a space");
            key(e, KeyCode.A, false, true);
            type(e, "ب");
            assertEquals("ب", e.getText(), "typing replaces a whole selection");
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theCaretIsDrawnWhereItsCharacterIsAndAClickPutsItThere() throws Exception {
        RightToLeftEditor e = shown(TEXT);
        WaitForAsyncUtils.asyncFx(() -> {
            Path caret = (Path) e.getChildrenUnmodifiable().get(2);
            e.positionCaret(0);
            Bounds start = caret.getBoundsInParent();
            e.positionCaret(TEXT.length());
            Bounds end = caret.getBoundsInParent();
            // in an editor laid out right to left, x grows from the right edge: the paragraph's start is at x ≈ 0
            assertTrue(start.getMinX() < 10, "the first character's caret is at the start edge: " + start);
            assertTrue(end.getMinY() > start.getMaxY(), "the last character is on a later line: " + start + " " + end);
            // a click on the word "المساعدات" puts the caret inside it
            int w = TEXT.indexOf("المساعدات");
            e.positionCaret(w + 4);
            Bounds inWord = caret.getBoundsInParent();
            e.positionCaret(0);
            Event.fireEvent(e, new MouseEvent(MouseEvent.MOUSE_PRESSED, inWord.getCenterX(), inWord.getCenterY(), 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
            assertTrue(Math.abs(e.getCaretPosition() - (w + 4)) <= 1, "clicked to " + e.getCaretPosition() + ", wanted " + (w + 4));
            return null;
        }).get(10, TimeUnit.SECONDS);
    }
}
