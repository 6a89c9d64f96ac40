package org.triptych.workbench;

/**
 * What a view of a {@link Session} hears: that something changed (and what), and notices for a person. Called on the
 * session's owner thread, after the change is complete, so a listener always reads a consistent session.
 */
public interface SessionListener {

    /** What changed, so a view can redo only what it must. */
    enum Change {
        /** Another project replaced the open one (opened, new, closed): everything is new, the history too. */
        PROJECT,
        /** The project's state changed (an edit, an undo, links arriving), and with it the history. */
        STATE,
        /** The findings of the last check changed. */
        FINDINGS,
        /** Saved, unsaved or the project file changed, without a change of the state. */
        SAVED
    }

    void changed(Change change);

    /** A sentence for a person (status line, terminal): what was done, or why not. */
    default void notice(String message) {
    }
}
