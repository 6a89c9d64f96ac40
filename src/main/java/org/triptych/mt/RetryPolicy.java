package org.triptych.mt;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how long to retry: exponential backoff with jitter, and the longest Retry-After we accept.
 *
 * @param maxAttempts    attempts in total, including the first
 * @param baseDelay      delay after the first failure, doubled after each further one
 * @param maxDelay       ceiling of the computed backoff
 * @param retryAfterCap  longest wait a provider may ask for; longer requests fail with a plain message instead
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration retryAfterCap) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Backoff before attempt {@code failedAttempts + 1}: base·2^(n-1), capped, with "equal jitter" (half fixed, half random). */
    Duration backoff(int failedAttempts, Random random) {
        long base = baseDelay.toMillis();
        long exp = base << Math.min(20, Math.max(0, failedAttempts - 1));
        long capped = Math.min(exp, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * (half + 1)) : 0));
    }
}
