package org.triptych.workbench;

/** Progress that answers "cancelled" once a given time has passed, as a person pressing Cancel during a call would. */
public final class CancellingProgress implements TaskRunner.Progress {

    private final long deadline;

    private CancellingProgress(long millis) {
        this.deadline = System.nanoTime() + millis * 1_000_000L;
    }

    /** Runs work at once on the calling thread and cancels it {@code millis} after this call. */
    public static TaskRunner runnerCancelledAfter(long millis) {
        return TaskRunner.direct(new CancellingProgress(millis));
    }

    @Override
    public void update(long done, long total, String message) {
    }

    @Override
    public boolean isCancelled() {
        return System.nanoTime() > deadline;
    }
}
