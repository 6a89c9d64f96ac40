package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateAndTimeLeftCountOnlyTheArticlesThisRunWorkedOn() {
        // 40 skipped as done before took no time: 80 worked in 20 s is 4 a second, 880 left is 220 s
        BatchProgress p = new BatchProgress(120, 1000, 40, 3, 20 * SECOND);
        assertEquals(4.0, p.rate(), 1e-9);
        assertEquals(220, p.secondsLeft());
        assertEquals("120 of 1000 articles (3 failed, 40 done before) · 4.0 articles/s · about 4 min left", p.line());
    }

    @Test
    void beforeAnyWorkThereIsNoRate() {
        assertEquals("7 of 9 articles (7 done before)", new BatchProgress(7, 9, 7, 0, 5 * SECOND).line());
        assertEquals(-1, new BatchProgress(7, 9, 7, 0, 5 * SECOND).secondsLeft());
        assertEquals("1 of 1 article · 2.0 s an article", new BatchProgress(1, 1, 0, 0, 2 * SECOND).line());
        assertEquals("3 of 9 articles · 8.5 s an article · about 51 s left",
                new BatchProgress(3, 9, 0, 0, 51 * SECOND / 2).line());
    }

    @Test
    void longRunsAreTalkedAboutInHours() {
        assertEquals("2 h 5 min", BatchProgress.duration(2 * 3600 + 5 * 60 + 20));
        assertEquals("42 s", BatchProgress.duration(42));
    }
}
