package org.triptych.mt;

import java.time.Duration;

/** Waits between retries. Injectable so backoff is tested without real waiting. */
@FunctionalInterface
interface Sleeper {

    /** Waits on the cancel handle, so a cancel ends the wait at once. */
    Sleeper REAL = (wait, cancel) -> {
        if (cancel.await(wait)) {
            throw CancelHandle.cancelledException();
        }
    };

    /** Waits for {@code wait} unless cancelled; throws a CANCELLED {@link MtException} when cancelled. */
    void sleep(Duration wait, CancelHandle cancel);
}
