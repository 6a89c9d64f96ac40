package org.triptych.ui;

import org.triptych.workbench.SentenceFirstAligner;
import java.util.List;
import javafx.application.Application;
import org.triptych.model.Language;

/**
 * Starts the JavaFX application. A separate class without JavaFX in its type hierarchy lets the jar's plain
 * classpath launch JavaFX (a main class extending Application would need the module path).
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        warmUpEnginesWhileJavaFxStarts();
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * JavaFX takes more than a second to bring up its toolkit on one core; the other core is idle meanwhile. Loading
     * the sentence segmenters' rules (about 0.4 s) and running the aligner once on a tiny text there means the first
     * alignment of the sample finds them ready.
     */
    private static void warmUpEnginesWhileJavaFxStarts() {
        Thread warm = new Thread(() -> {
            List<String> en = List.of("The envoy met the council in Geneva on Monday. He spoke.");
            new SentenceFirstAligner().align(en, List.of("Спецпосланник встретился с советом в Женеве. Он выступил."),
                    Language.RUSSIAN, List.of());
            new SentenceFirstAligner().align(en, List.of("التقى المبعوث بالمجلس في جنيف يوم الاثنين. وتحدث."),
                    Language.ARABIC, List.of());
        }, "engine-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }
}
