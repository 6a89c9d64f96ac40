package org.triptych.workbench;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work away from the FX thread and hands the result back on it. View models depend on this interface so
 * tests can run them with {@link #direct()} and no FX thread at all.
 */
public interface TaskRunner {

    /** A piece of work that reports progress and can notice cancellation. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work may report. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /** Handle on running work. */
    interface Running {
        void cancel();
    }

    <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default <T> Running run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, p -> work.call(), onSuccess, onFailure);
    }

    /** Runs everything at once on the calling thread: for tests and command-line use. */
    static TaskRunner direct() {
        return direct(new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
    }

    /**
     * Runs everything at once on the calling thread, reporting to {@code progress} (a test can record the messages,
     * or answer "cancelled" after a while as a person pressing Cancel would).
     */
    static TaskRunner direct(Progress progress) {
        return new TaskRunner() {
            @Override
            public <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.run(progress);
                } catch (Exception e) {
                    onFailure.accept(e);
                    return () -> { };
                }
                onSuccess.accept(result);
                return () -> { };
            }
        };
    }
}
