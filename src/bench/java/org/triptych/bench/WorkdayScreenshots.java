package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.ui.BenchFinding;
import org.triptych.ui.FxTaskRunner;
import org.triptych.ui.MainWindow;
import org.triptych.ui.WorkbenchViewModel;
import org.triptych.workbench.SentenceFirstAligner;

/**
 * The screenshots of the working-day features in docs/images: find and replace, the preferences dialog, the whole
 * window at 1024 × 640, and a status line that mixes English and Arabic. Run under Xvfb (docs/ui.md); argument: the
 * output folder.
 */
public final class WorkdayScreenshots {

    private WorkdayScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        System.setProperty("triptych.home", Files.createTempDirectory("shots").toString());
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        List<Finding> demo = List.of(
                new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون", "c-erik-halvorsen",
                        "'هالفورسون' is a deprecated term for Erik Halvorsen; use 'هالفورسن'", List.of("هالفورسن"),
                        "terms.deprecated"),
                new Finding("deprecated", Severity.WARNING, Language.RUSSIAN, 6, 201, 212, "Гальворсена", "c-erik-halvorsen",
                        "'Гальворсена' is a deprecated term for Erik Halvorsen; use 'Халворсен'", List.of("Халворсена"),
                        "terms.deprecated"));
        FxTaskRunner tasks = new FxTaskRunner();
        WorkbenchViewModel[] model = new WorkbenchViewModel[1];
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        FxShots.fx(() -> {
            model[0] = new WorkbenchViewModel(tasks, new DocumentImporter(), new SentenceFirstAligner(),
                    (p, l, gl, g) -> demo, Path.of(System.getProperty("triptych.home")));
            window[0] = new MainWindow(model[0], tasks);
            stage[0] = new Stage();
            stage[0].setTitle("Triptych");
            stage[0].setScene(new Scene(window[0].root(), 1024, 640));
            stage[0].show();
            model[0].loadProject("Loading the sample", SampleArticle::load);
        });
        while (model[0].aligned().table() == null) {
            Thread.sleep(100);
        }
        FxShots.fx(() -> {
            model[0].aligned().confirm(0);
            model[0].aligned().setNote(2, "Ask the desk: 72-hour or three-day pause?");
            model[0].aligned().check();
        });
        Thread.sleep(800);
        // the deprecated Arabic spelling chosen: its row selected, its message (English with two Arabic names) below
        FxShots.fx(() -> model[0].aligned().jumpTo(demo.get(0)));
        Thread.sleep(800);
        FxShots.shot(stage[0], out.resolve("workbench-1024x640.png"));
        FxShots.fx(() -> {
            try {
                javafx.scene.Node status = ((javafx.scene.layout.BorderPane) window[0].root()).getBottom();
                ImageIO.write(SwingFXUtils.fromFXImage(status.snapshot(null, null), null), "png",
                        out.resolve("status-mixed-direction.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // find and replace across the columns, at a roomier size
        FxShots.fx(() -> {
            stage[0].setWidth(1380);
            stage[0].setHeight(860);
            model[0].aligned().selectedRowProperty().set(0);
            BenchFinding.findWords(window[0], "Hodeidah|الحديدة|Ходейд\\w*", "Al Hudaydah", true);
        });
        Thread.sleep(1200);
        FxShots.fx(() -> BenchFinding.next(window[0]));
        Thread.sleep(800);
        FxShots.shot(stage[0], out.resolve("workbench-find-replace.png"));
        Stage[] prefs = new Stage[1];
        FxShots.fx(() -> prefs[0] = BenchFinding.showPreferences(window[0]));
        Thread.sleep(1000);
        FxShots.shot(prefs[0], out.resolve("workbench-preferences.png"));
        Platform.exit();
        System.exit(0);
    }
}
