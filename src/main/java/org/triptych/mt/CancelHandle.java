package org.triptych.mt;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Cancels a running translation: aborts its in-flight HTTP calls and wakes its backoff waits at once.
 * Thread-safe; one handle per run.
 */
public final class CancelHandle {

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private final CountDownLatch cancelled = new CountDownLatch(1);

    private final Set<CancelHandle> children = ConcurrentHashMap.newKeySet();

    /** A handle cancelled with this one, which can also be cancelled on its own (to stop a run after a failure). */
    CancelHandle child() {
        CancelHandle c = new CancelHandle();
        children.add(c);
        if (isCancelled()) {
            c.cancel();
        }
        return c;
    }

    void forget(CancelHandle child) {
        children.remove(child);
    }

    public void cancel() {
        cancelled.countDown();
        for (CancelHandle c : children) {
            c.cancel();
        }
        for (Call c : calls) {
            c.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    void register(Call call) {
        calls.add(call);
        if (isCancelled()) {
            call.cancel();
        }
    }

    void unregister(Call call) {
        calls.remove(call);
    }

    void throwIfCancelled() {
        if (isCancelled()) {
            throw cancelledException();
        }
    }

    /** Waits up to {@code d}; returns true when cancelled meanwhile. */
    boolean await(Duration d) {
        try {
            return cancelled.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static MtException cancelledException() {
        return new MtException(MtException.Kind.CANCELLED, "Machine translation was cancelled; nothing was saved.");
    }
}
