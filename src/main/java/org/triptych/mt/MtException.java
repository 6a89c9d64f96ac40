package org.triptych.mt;

import java.time.Duration;
import java.util.Objects;

/**
 * A machine-translation failure, with a kind the caller can act on and a message written for the person
 * (never containing an API key: provider texts are passed through {@link Secret#redact} before they get here).
 */
public final class MtException extends RuntimeException {

    /** What went wrong, in the terms a caller decides on. */
    public enum Kind {
        /** The key is missing, wrong, or not allowed on this endpoint. Not retried. */
        AUTH,
        /** The account's quota (characters per month, daily limit, credit) is used up. Not retried. */
        QUOTA,
        /** Too many requests right now; retried after a wait. */
        RATE_LIMIT,
        /** The request (or one text) is larger than the provider accepts; split and retried. */
        TOO_LARGE,
        /** The provider answered with something we cannot use (malformed body, wrong count, missing ids). */
        BAD_RESPONSE,
        /** The connection failed or the server had an internal error; retried. */
        NETWORK,
        /** No answer within the provider's time limit; retried. */
        TIMEOUT,
        /** The provider does not translate between these languages; refused before any request. */
        UNSUPPORTED_PAIR,
        /** The person cancelled. */
        CANCELLED,
        /** The configuration cannot work (plain http to a remote host, no key where one is required). */
        CONFIGURATION
    }

    private final Kind kind;
    private final int httpStatus;
    private final boolean retryable;
    private final Duration retryAfter;
    private boolean splitHelps;

    public MtException(Kind kind, String message) {
        this(kind, message, 0, false, null, null);
    }

    MtException(Kind kind, String message, int httpStatus, boolean retryable, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    static MtException retryable(Kind kind, String message, int httpStatus) {
        return new MtException(kind, message, httpStatus, true, null, null);
    }

    static MtException fatal(Kind kind, String message, int httpStatus) {
        return new MtException(kind, message, httpStatus, false, null, null);
    }

    MtException withRetryAfter(Duration wait) {
        MtException e = new MtException(kind, getMessage(), httpStatus, retryable, wait, getCause());
        e.splitHelps = splitHelps;
        return e;
    }

    /** A failure that sending fewer or shorter texts may avoid (too large, cut off, ids mixed up by an LLM). */
    static MtException splittable(Kind kind, String message, int httpStatus) {
        MtException e = new MtException(kind, message, httpStatus, false, null, null);
        e.splitHelps = true;
        return e;
    }

    boolean splitHelps() {
        return splitHelps || kind == Kind.TOO_LARGE;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status that caused it, or 0 when there was no HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether waiting and sending the same request again may succeed. */
    public boolean isRetryable() {
        return retryable;
    }

    /** The wait the provider asked for (Retry-After), or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
