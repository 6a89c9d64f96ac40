package org.triptych.workbench;

import java.util.function.BooleanSupplier;

/**
 * Progress that answers "cancelled" once something has happened, as a person pressing Cancel while a call is under
 * way would: tests cancel on an event (the server has the request), never after a time a loaded machine may not keep.
 */
public final class CancellingProgress implements TaskRunner.Progress {

    private final BooleanSupplier cancelled;

    private CancellingProgress(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /** Runs work at once on the calling thread and cancels it as soon as {@code when} says so. */
    public static TaskRunner runnerCancelledWhen(BooleanSupplier when) {
        return TaskRunner.direct(new CancellingProgress(when));
    }

    @Override
    public void update(long done, long total, String message) {
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
