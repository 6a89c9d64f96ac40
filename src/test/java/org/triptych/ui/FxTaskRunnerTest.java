package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The status line after a task: back to the last notice, not stuck on the task's last step. */
class FxTaskRunnerTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFinishedTaskLeavesTheLastNoticeInTheStatusLine() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch step = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            tasks.setIdleMessage("Aligned: 12 rows");
            tasks.run("Matching", progress -> {
                progress.update(1, 2, "Matching glossary terms…");
                step.countDown();
                release.await(5, TimeUnit.SECONDS);
                return 1;
            }, r -> { }, e -> { });
        }).get(5, TimeUnit.SECONDS);
        step.await(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Matching glossary terms…".equals(tasks.messageProperty().get()));
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Aligned: 12 rows", tasks.messageProperty().get());
        assertFalse(tasks.busyProperty().get());
    }
}
