package org.triptych.mt;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one provider request the careful way: within the provider's concurrency cap, cancellable, retried with
 * exponential backoff and jitter on I/O errors, timeouts, 429 and 5xx, honouring Retry-After up to a cap.
 * Logs method, host, path and status only: never headers or bodies, which carry keys and texts.
 */
final class Exchange {

    private static final System.Logger LOG = System.getLogger(Exchange.class.getName());

    private final TranslationProvider provider;
    private final CancelHandle cancel;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Random random;
    private final ProgressListener progress;
    private final AtomicInteger requests;
    private final DraftCache cache;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    Exchange(TranslationProvider provider, CancelHandle cancel, RetryPolicy policy, Sleeper sleeper, Clock clock,
             Random random, ProgressListener progress, AtomicInteger requests, DraftCache cache) {
        this.cache = cache;
        this.provider = provider;
        this.cancel = cancel;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.progress = progress;
        this.requests = requests;
    }

    CancelHandle cancel() {
        return cancel;
    }

    DraftCache cache() {
        return cache;
    }

    /** Something the person should know about this run (shown with the drafts). */
    void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    HttpReply send(Request request) {
        for (int attempt = 1; ; attempt++) {
            cancel.throwIfCancelled();
            MtException failure;
            try {
                HttpReply reply = once(request);
                if (reply.isSuccessful()) {
                    return reply;
                }
                failure = provider.errorFor(reply);
                Duration asked = retryAfter(reply.header("Retry-After"), clock);
                if (asked != null) {
                    failure = failure.withRetryAfter(asked);
                }
            } catch (InterruptedIOException e) {
                if (cancel.isCancelled()) {
                    throw CancelHandle.cancelledException();
                }
                failure = new MtException(MtException.Kind.TIMEOUT, provider.displayName() + " did not answer within "
                        + seconds(provider.config.timeout()) + ".", 0, true, null, null);
            } catch (IOException e) {
                if (cancel.isCancelled()) {
                    throw CancelHandle.cancelledException();
                }
                failure = new MtException(MtException.Kind.NETWORK, "The connection to " + provider.displayName()
                        + " at " + provider.endpoint().host() + " failed (" + provider.redact(String.valueOf(e.getMessage()))
                        + ").", 0, true, null, null);
            }
            if (!failure.isRetryable()) {
                throw failure;
            }
            if (attempt >= policy.maxAttempts()) {
                throw new MtException(failure.kind(), failure.getMessage() + " Gave up after " + attempt + " attempts.",
                        failure.httpStatus(), false, failure.retryAfter(), null);
            }
            Duration wait;
            if (failure.retryAfter() != null) {
                if (failure.retryAfter().compareTo(policy.retryAfterCap()) > 0) {
                    throw new MtException(failure.kind(), provider.displayName() + " asks us to wait "
                            + seconds(failure.retryAfter()) + ", longer than the " + seconds(policy.retryAfterCap())
                            + " we wait at most. Try again later.", failure.httpStatus(), false, failure.retryAfter(), null);
                }
                wait = failure.retryAfter();
            } else {
                wait = policy.backoff(attempt, random);
            }
            LOG.log(Level.INFO, "{0}: {1} Retrying in {2} ms (attempt {3} of {4}).", provider.name(),
                    failure.getMessage(), wait.toMillis(), attempt + 1, policy.maxAttempts());
            progress.waiting(wait, failure.getMessage());
            sleeper.sleep(wait, cancel);
        }
    }

    private HttpReply once(Request request) throws IOException {
        acquirePermit();
        Call call = provider.client.newCall(request);
        cancel.register(call);
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            String body = response.body().string();
            LOG.log(Level.DEBUG, "{0} {1}{2} -> {3} in {4} ms", request.method(), request.url().host(),
                    request.url().encodedPath(), response.code(), (System.nanoTime() - start) / 1_000_000);
            return new HttpReply(response.code(), response.headers(), body);
        } finally {
            requests.incrementAndGet();
            cancel.unregister(call);
            provider.permits.release();
        }
    }

    /** Waits for a slot under the provider's concurrency cap, giving up at once when cancelled. */
    private void acquirePermit() {
        try {
            while (!provider.permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                cancel.throwIfCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CancelHandle.cancelledException();
        }
        if (cancel.isCancelled()) {
            provider.permits.release();
            throw CancelHandle.cancelledException();
        }
    }

    /** Retry-After as delay-seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
    static Duration retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
