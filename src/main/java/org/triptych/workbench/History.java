package org.triptych.workbench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The project's one undo history, in the order things were done: steps that replaced the project's state, and
 * edits made outside it (a glossary file written back), which undo themselves. Not thread-safe: the session's owner
 * thread uses it.
 */
final class History {

    /** One entry: a state change ({@code before} → {@code after}), or an edit outside the state ({@code outside}). */
    record Step(String name, ProjectState before, ProjectState after, UndoableEdit outside) {

        boolean changesState() {
            return outside == null;
        }
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    void push(Step s) {
        undo.push(s);
        redo.clear();
    }

    /** The step undone, moved to the redo side; null when there is none. */
    Step undo() {
        if (undo.isEmpty()) {
            return null;
        }
        Step s = undo.pop();
        redo.push(s);
        return s;
    }

    /** The step redone, moved back to the undo side; null when there is none. */
    Step redo() {
        if (redo.isEmpty()) {
            return null;
        }
        Step s = redo.pop();
        undo.push(s);
        return s;
    }

    /** An outside edit that could not be undone or redone leaves the history; the rest of it stays usable. */
    void drop(Step s) {
        undo.removeIf(x -> x == s);
        redo.removeIf(x -> x == s);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of what Undo would undo ("Merge with next row"), or null. */
    String nextUndo() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    String nextRedo() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    /** Whether any step changed the state (glossary file edits do not). */
    boolean hasStateSteps() {
        return undo.stream().anyMatch(Step::changesState);
    }
}
