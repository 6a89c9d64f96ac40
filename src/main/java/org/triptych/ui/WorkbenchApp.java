package org.triptych.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triptych.io.document.DocumentImporter;

/**
 * The workbench window. Shows at once; then offers the autosave of an untitled session that ended without saving,
 * or loads the bundled sample (or the project named on the command line) in the background.
 */
public final class WorkbenchApp extends Application {

    private static volatile long windowShownAt;

    @Override
    public void start(Stage stage) {
        FxTaskRunner tasks = new FxTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(tasks, new DocumentImporter());
        MainWindow window = new MainWindow(model, tasks);
        stage.setTitle("Triptych");
        stage.setScene(new Scene(window.root(), 1380, 860));
        model.fileProperty().addListener((o, a, f) -> stage.setTitle("Triptych" + (f == null ? "" : " — " + f.getFileName())));
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window goes once the autosave is removed (in the background: the drive may be slow)
            if (window.confirmDiscard()) {
                model.discardAutosave(stage::hide);
            }
        });
        stage.show();
        windowShownAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        signalWhenAligned(model.aligned());
        preloadLanguageToolOnceAligned(model);
        java.util.List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.openWithRecovery(Path.of(args.get(0)));
            return;
        }
        model.findRecoverable(null, untitled -> {
            if (untitled.isPresent() && MainWindow.ask("Recover unsaved work?",
                    "The last session ended without saving. Open its autosave?", "Recover", "Start afresh")) {
                model.recover(untitled.get(), null);
            } else {
                model.loadSampleInTwoSteps();
            }
        });
    }

    /**
     * LanguageTool takes seconds and hundreds of MB to load: it is loaded in the background once the first project's
     * rows are aligned (the window is up and its own work done), so the first F7 finds it ready.
     */
    private void preloadLanguageToolOnceAligned(WorkbenchViewModel model) {
        model.languageChecks().ifPresent(checks -> {
            languageChecks = checks;
            model.aligned().rows().addListener(new javafx.collections.ListChangeListener<LinkRow>() {
                @Override
                public void onChanged(Change<? extends LinkRow> c) {
                    if (model.aligned().table() != null) {
                        model.aligned().rows().removeListener(this);
                        checks.preload(model.project());
                    }
                }
            });
        });
    }

    private LanguageToolChecks languageChecks;

    @Override
    public void stop() {
        if (languageChecks != null) {
            languageChecks.close();
        }
    }

    /**
     * For the start-up benchmark: with {@code -Dtriptych.bench.readyFile=PATH} the app writes PATH once the first
     * aligned rows have been drawn (two pulses after they arrive) and quits.
     */
    private static void signalWhenAligned(AlignedViewModel aligned) {
        String ready = System.getProperty("triptych.bench.readyFile");
        if (ready == null) {
            return;
        }
        aligned.rows().addListener((javafx.collections.ListChangeListener<LinkRow>) c -> {
            if (aligned.table() == null) {
                return;
            }
            new javafx.animation.AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        try {
                            java.nio.file.Files.writeString(Path.of(ready), "rows " + aligned.rows().size()
                                    + ", JVM uptime at window shown " + windowShownAt + " ms, at aligned rows drawn "
                                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                        } catch (java.io.IOException e) {
                            System.getLogger(WorkbenchApp.class.getName()).log(System.Logger.Level.ERROR, e.getMessage());
                        }
                        javafx.application.Platform.exit();
                    }
                }
            }.start();
        });
    }
}
