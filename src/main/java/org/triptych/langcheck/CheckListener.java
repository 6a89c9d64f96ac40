package org.triptych.langcheck;

import java.util.List;
import org.triptych.model.Finding;

/**
 * Receives results as they arrive. Called on the checker's background thread (one thread per language), never on a
 * UI thread: a JavaFX view hands the call over with {@code Platform.runLater}.
 */
public interface CheckListener {

    /**
     * The complete findings of one paragraph (replacing any earlier findings of that unit). Called again for a unit
     * already reported when its findings change: on {@link CheckSession#refilter()}, and when another unit's check
     * groups the words the version runs together into one note (Arabic).
     */
    void paragraphChecked(CheckSession session, int unit, List<Finding> findings);

    /** Called after each paragraph result: {@code done} of {@code total} paragraphs have current results. */
    default void progress(CheckSession session, int done, int total) {
    }

    /** LanguageTool failed on a paragraph (the paragraph counts as done, with no findings). */
    default void failed(CheckSession session, int unit, Throwable error) {
    }
}
