package org.triptych.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo history of a text being typed in a cell editor, in words rather than characters: letters typed one after
 * another make one step with the space or punctuation that ends them, and so do Backspace or Delete pressed over one
 * word; a paste, a cut or a replaced selection is a step of its own, and so is typing after the caret was moved.
 * Ctrl+Z after typing "hello world" takes "world" away, then "hello ".
 */
final class WordUndo {

    /** Where a step is put back. */
    interface Target {
        void set(String text, int caret);
    }

    private record Snapshot(String text) {
    }

    private enum Kind { NONE, TYPING, DELETING }

    private static final int LIMIT = 200;

    private final Target target;
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    private Kind kind = Kind.NONE;
    /** Where the last typed or deleted character was. */
    private int at = -1;
    /** Whether the last typed (or deleted) character ended a word. */
    private boolean lastWasBoundary;
    private boolean applying;
    private String now;

    WordUndo(String initial, Target target) {
        this.now = initial;
        this.target = target;
    }

    /** The text changed from {@code before} to {@code after} by the person (not by undo or redo). */
    void changed(String before, String after) {
        if (applying || before.equals(after)) {
            now = after;
            return;
        }
        int p = 0;
        int max = Math.min(before.length(), after.length());
        while (p < max && before.charAt(p) == after.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
            s++;
        }
        int removed = before.length() - s - p;
        int inserted = after.length() - s - p;
        boolean startsStep;
        if (removed == 0 && inserted == 1) {
            char c = after.charAt(p);
            startsStep = kind != Kind.TYPING || p != at + 1 || (lastWasBoundary && !boundary(c));
            kind = Kind.TYPING;
            at = p;
            lastWasBoundary = boundary(c);
        } else if (removed == 1 && inserted == 0) {
            char c = before.charAt(p);
            boolean adjacent = p == at - 1 || p == at; // Backspace goes back, Delete stays put
            startsStep = kind != Kind.DELETING || !adjacent || (boundary(c) && !lastWasBoundary);
            kind = Kind.DELETING;
            at = p;
            lastWasBoundary = boundary(c);
        } else {
            startsStep = true;
            kind = Kind.NONE; // a paste or a replaced selection: a step of its own, and what follows starts anew
            at = -1;
        }
        if (startsStep) {
            undo.push(new Snapshot(before));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        now = after;
    }

    private static boolean boundary(char c) {
        return !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    void undo() {
        if (!undo.isEmpty()) {
            redo.push(new Snapshot(now));
            apply(undo.pop());
        }
    }

    void redo() {
        if (!redo.isEmpty()) {
            undo.push(new Snapshot(now));
            apply(redo.pop());
        }
    }

    /** Puts a snapshot back, the caret at the end of what changed (where the person was typing). */
    private void apply(Snapshot s) {
        kind = Kind.NONE;
        at = -1;
        String to = s.text();
        int p = 0;
        int max = Math.min(now.length(), to.length());
        while (p < max && now.charAt(p) == to.charAt(p)) {
            p++;
        }
        int suffix = 0;
        while (suffix < max - p && now.charAt(now.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        applying = true;
        try {
            target.set(to, to.length() - suffix);
        } finally {
            applying = false;
        }
        now = to;
    }
}
