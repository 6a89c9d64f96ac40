package org.triptych.ui;

import java.util.concurrent.CompletableFuture;
import org.triptych.io.SampleArticle;
import org.triptych.model.Project;

/**
 * Loading the sample segments its sentences with LanguageTool, which takes about two seconds on first use. The
 * launcher starts that work before JavaFX starts, so the two overlap and the aligned sample shows sooner.
 */
final class SamplePreload {

    private static volatile CompletableFuture<Project> sample;

    private SamplePreload() {
    }

    static void start() {
        if (sample == null) {
            sample = CompletableFuture.supplyAsync(SampleArticle::load);
        }
    }

    /** The sample, waiting for the preload when there is one (call off the FX thread). */
    static Project get() {
        CompletableFuture<Project> f = sample;
        sample = null; // a second "open the sample" reloads it fresh
        return f != null ? f.join() : SampleArticle.load();
    }
}
