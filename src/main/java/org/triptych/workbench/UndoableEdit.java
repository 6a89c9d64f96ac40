package org.triptych.workbench;

import java.util.function.Consumer;

/**
 * An edit that is not a change of the project's state (a glossary file written back) but sits in the same Edit ▸
 * Undo / Redo history as the state steps, in the order things were done. It is recorded after it was done.
 */
public interface UndoableEdit {

    /** What the Edit menu names: "Delete concept 'Erik Halvorsen'". */
    String name();

    /**
     * Puts back what was there before the edit, possibly in the background. When that cannot be done safely (the file
     * changed since), it changes nothing and calls {@code refused} with the reason; the edit then leaves the history.
     */
    void undo(Consumer<String> refused);

    /** Does the edit again after an undo; refuses like {@link #undo(Consumer)}. */
    void redo(Consumer<String> refused);
}
