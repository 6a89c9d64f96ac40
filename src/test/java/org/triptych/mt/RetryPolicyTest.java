package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The wait between two tries: doubling from the base, never past the ceiling, half of it fixed and half jittered. */
class RetryPolicyTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));

    /** A random source that always gives {@code value}: the jitter's two ends. */
    private static Random fixed(double value) {
        return new Random() {
            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void theWaitDoublesFromTheBaseWithHalfOfItJittered() {
        assertEquals(Duration.ofMillis(250), POLICY.backoff(1, fixed(0)));
        assertEquals(Duration.ofMillis(500), POLICY.backoff(2, fixed(0)));
        assertEquals(Duration.ofMillis(1000), POLICY.backoff(3, fixed(0)));
        assertEquals(Duration.ofMillis(2000), POLICY.backoff(3, fixed(0.9999)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void noWaitGoesPastTheCeilingHoweverManyTriesFailed() {
        // without the ceiling the eighth wait would be 500 ms · 2^7 = 64 s, the twentieth days
        for (int failed = 7; failed <= 40; failed++) {
            Duration low = POLICY.backoff(failed, fixed(0));
            Duration high = POLICY.backoff(failed, fixed(0.9999));
            assertEquals(Duration.ofSeconds(10), low, "half the ceiling fixed after " + failed + " failures");
            assertTrue(high.compareTo(Duration.ofSeconds(20)) <= 0, high + " after " + failed + " failures");
            assertTrue(high.compareTo(Duration.ofSeconds(19)) > 0, high + " after " + failed + " failures");
        }
    }
}
