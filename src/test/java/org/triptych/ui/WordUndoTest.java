package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Undo in a cell editor goes a word at a time: typed words, deleted words, pastes each a step. */
class WordUndoTest {

    /** A text being typed, as the editors feed the history: one change per key. */
    private static final class Typing {
        String text;
        int caret;
        final WordUndo undo;

        Typing(String initial) {
            text = initial;
            caret = initial.length();
            undo = new WordUndo(initial, (t, c) -> {
                text = t;
                caret = c;
            });
        }

        void type(String s) {
            for (char c : s.toCharArray()) {
                change(text.substring(0, caret) + c + text.substring(caret), caret + 1);
            }
        }

        void backspace(int n) {
            for (int i = 0; i < n; i++) {
                change(text.substring(0, caret - 1) + text.substring(caret), caret - 1);
            }
        }

        void paste(String s) {
            change(text.substring(0, caret) + s + text.substring(caret), caret + s.length());
        }

        private void change(String after, int newCaret) {
            String before = text;
            text = after;
            caret = newCaret;
            undo.changed(before, after);
        }
    }

    @Test
    void typedWordsAreUndoneAWordAtATime() {
        Typing t = new Typing("Say ");
        t.type("hello world");
        t.undo.undo();
        assertEquals("Say hello ", t.text, "the last word goes, not its last letter");
        assertEquals(10, t.caret);
        t.undo.undo();
        assertEquals("Say ", t.text);
        t.undo.redo();
        assertEquals("Say hello ", t.text);
        t.undo.redo();
        assertEquals("Say hello world", t.text);
    }

    @Test
    void arabicWordsAndDeletionsAreStepsToo() {
        Typing t = new Typing("قال ");
        t.type("المبعوث الخاص");
        t.backspace(3); // "الخاص" loses "خاص"
        assertEquals("قال المبعوث ال", t.text);
        t.undo.undo();
        assertEquals("قال المبعوث الخاص", t.text, "the three backspaces are one step");
        t.undo.undo();
        assertEquals("قال المبعوث ", t.text);
        t.paste("في جنيف");
        t.type(" اليوم");
        t.undo.undo();
        assertEquals("قال المبعوث في جنيف ", t.text, "the typed word");
        t.undo.undo();
        assertEquals("قال المبعوث في جنيف", t.text, "the space that ended the pasted words");
        t.undo.undo();
        assertEquals("قال المبعوث ", t.text, "a paste is a step of its own");
    }

    @Test
    void typingElsewhereStartsANewStep() {
        Typing t = new Typing("ab");
        t.type("cd");
        t.caret = 0; // the caret moved to the start
        t.type("xy");
        t.undo.undo();
        assertEquals("abcd", t.text);
    }
}
