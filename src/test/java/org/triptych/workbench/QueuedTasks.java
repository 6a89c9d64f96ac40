package org.triptych.workbench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A task runner that holds each piece of work until the test lets it run ({@link #runNext()}, {@link #runAll()}), on
 * the test's thread: so a test can do something while work is "in the background" (open another project, edit) and
 * see what happens when the work lands.
 */
public final class QueuedTasks implements TaskRunner {

    private record Queued<T>(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        void run() {
            T result;
            try {
                result = work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    private final Deque<Queued<?>> queue = new ArrayDeque<>();
    public final List<String> titles = new ArrayList<>();

    @Override
    public <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(new Queued<>(title, work, onSuccess, onFailure));
        titles.add(title);
        return () -> { };
    }

    /** Runs the oldest waiting piece of work and its callback; false when none waits. */
    public boolean runNext() {
        Queued<?> q = queue.poll();
        if (q == null) {
            return false;
        }
        q.run();
        return true;
    }

    /** Runs work until none waits (work may queue more). */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    /** Runs the newest waiting work first, until none waits: a pool that starts its tasks out of order. */
    public void runAllNewestFirst() {
        while (!queue.isEmpty()) {
            queue.pollLast().run();
        }
    }

    public int waiting() {
        return queue.size();
    }
}
