package org.triptych.mt;

import java.time.Duration;

/** Progress of a translation for a progress bar: texts done of total, and waits for rate limits or retries. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() { };

    /** {@code done} of {@code total} (text × target) drafts are ready. */
    default void progress(int done, int total) { }

    /** About to wait before retrying; {@code reason} is a plain-words message. */
    default void waiting(Duration wait, String reason) { }
}
