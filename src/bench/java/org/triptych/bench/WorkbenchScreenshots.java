package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.ui.FxTaskRunner;
import org.triptych.workbench.SentenceFirstAligner;
import org.triptych.ui.MainWindow;
import org.triptych.ui.WorkbenchViewModel;

/**
 * Makes the screenshots in docs/images: the real window on the sample (stand-in aligner), with two findings of the
 * sample's answer key fed in as a stand-in for the checks. Run under Xvfb (see docs/ui.md); argument: output folder.
 */
public final class WorkbenchScreenshots {

    private WorkbenchScreenshots() {
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
                        "Deprecated spelling of Erik Halvorsen", List.of("هالفورسن"), null),
                new Finding("deprecated", Severity.WARNING, Language.RUSSIAN, 6, 201, 212, "Гальворсена", "c-erik-halvorsen",
                        "Deprecated spelling of Erik Halvorsen", List.of("Халворсена"), null));
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
            stage[0].setScene(new Scene(window[0].root(), 1380, 860));
            stage[0].show();
            model[0].loadProject("Loading the sample", SampleArticle::load);
        });
        while (model[0].aligned().table() == null) {
            Thread.sleep(100);
        }
        FxShots.fx(() -> {
            model[0].aligned().confirm(0);
            model[0].aligned().markForReview(4);
            model[0].aligned().check();
        });
        Thread.sleep(500);
        FxShots.fx(() -> model[0].aligned().jumpTo(demo.get(0)));
        Thread.sleep(600);
        FxShots.shot(stage[0], out.resolve("workbench-paragraphs.png"));
        FxShots.fx(() -> model[0].aligned().setLevel(AlignmentLevel.SENTENCE));
        while (model[0].aligned().table() == null) {
            Thread.sleep(100);
        }
        Thread.sleep(600);
        FxShots.shot(stage[0], out.resolve("workbench-sentences.png"));
        FxShots.fx(() -> {
            model[0].aligned().setLevel(AlignmentLevel.PARAGRAPH);
            window[0].root().lookup("#help-overlay").setVisible(true);
        });
        Thread.sleep(600);
        FxShots.shot(stage[0], out.resolve("workbench-help.png"));
        // the cell text dialog on an Arabic cell (a separate window: taken from the X screen)
        FxShots.fx(() -> {
            window[0].root().lookup("#help-overlay").setVisible(false);
            model[0].aligned().jumpTo(demo.get(0));
        });
        Platform.runLater(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window[0].root()).getTop();
            bar.getMenus().get(1).getItems().stream().filter(i -> i.getText().startsWith("Edit cell text"))
                    .findFirst().orElseThrow().fire();
        });
        Thread.sleep(1500);
        new ProcessBuilder("import", "-window", "root", out.resolve("workbench-edit-arabic.png").toString())
                .inheritIO().start().waitFor();
        Platform.exit();
        System.exit(0);
    }
}
