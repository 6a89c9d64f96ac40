package org.triptych.ui;

import org.triptych.workbench.LinkRow;
import org.triptych.workbench.LanguageToolChecks;
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
        stage.titleProperty().bind(model.titleProperty());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // never larger than the screen: a 1024×640 display gets the whole window, its title bar included
        stage.setScene(new Scene(window.root(), Math.min(WindowPlacement.PREFERRED_WIDTH, screen.getWidth()),
                Math.min(WindowPlacement.PREFERRED_HEIGHT, screen.getHeight())));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window goes once unsaved work is settled and the autosave removed (in the background)
            window.projectActions().quit();
        });
        FxFailures.handleOnFxThread(model.aligned());
        stage.show();
        // now the frame's size is known: the whole window (frame included) on the screen, centred
        javafx.geometry.Rectangle2D placed = WindowPlacement.on(screen, stage.getWidth() - stage.getScene().getWidth(),
                stage.getHeight() - stage.getScene().getHeight());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        windowShownAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        signalWhenAligned(model.aligned());
        preloadLanguageToolOnceAligned(model);
        java.util.List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.projectActions().openWithRecovery(Path.of(args.get(0)));
            return;
        }
        model.findRecoverable(null, untitled -> {
            if (untitled.isPresent() && new FxDialogService(() -> stage).confirm("Recover unsaved work?",
                    "The last session ended without saving. Open its autosave?", "Recover", "Start afresh")) {
                model.recover(untitled.get(), null);
            } else {
                model.openSample();
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
                        checks.preload(model.article());
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
