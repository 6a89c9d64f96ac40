package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triptych.io.document.DocumentImporter;
import org.triptych.ui.FxTaskRunner;
import org.triptych.ui.MainWindow;
import org.triptych.ui.WorkbenchViewModel;

/**
 * The findings panel after the real checks (F7) on the sample, as the application wires them. Run under Xvfb (see
 * docs/ui.md); arguments: output file, seconds to wait for the checks (default 90).
 */
public final class FindingsScreenshot {

    private FindingsScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images/workbench-findings.png");
        long waitMs = (args.length > 1 ? Long.parseLong(args[1]) : 90) * 1000L;
        System.setProperty("triptych.home", Files.createTempDirectory("shots").toString());
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        FxTaskRunner tasks = new FxTaskRunner();
        WorkbenchViewModel[] model = new WorkbenchViewModel[1];
        Stage[] stage = new Stage[1];
        FxShots.fx(() -> {
            model[0] = new WorkbenchViewModel(tasks, new DocumentImporter());
            MainWindow window = new MainWindow(model[0], tasks);
            stage[0] = new Stage();
            stage[0].setTitle("Triptych");
            stage[0].setScene(new Scene(window.root(), 1380, 860));
            stage[0].show();
            model[0].openSample(); // as the application: the sample with its glossary
        });
        while (model[0].aligned().table() == null) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        FxShots.fx(() -> model[0].aligned().check());
        long until = System.currentTimeMillis() + waitMs;
        while (System.currentTimeMillis() < until && (model[0].aligned().findings().isEmpty() || tasks.busyProperty().get())) {
            Thread.sleep(250);
        }
        Thread.sleep(800);
        FxShots.shot(stage[0], out);
        System.err.println(model[0].aligned().findings().size() + " findings");
        if (args.length > 2) {
            // the "MT" marker of an unreviewed machine draft, in the sample's one empty Arabic cell
            FxShots.fx(() -> {
                var vm = model[0].aligned();
                java.util.Map<Integer, org.triptych.model.Paragraph> drafts = new java.util.LinkedHashMap<>();
                for (int e : vm.missingParagraphs(org.triptych.model.Language.ARABIC)) {
                    drafts.put(e, org.triptych.model.Paragraph.unsegmented("مسودة آلية لهذه الفقرة (نص تجريبي)."));
                }
                vm.insertDrafts(org.triptych.model.Language.ARABIC, drafts);
                int row = vm.table().rowOfEnglish(drafts.keySet().iterator().next());
                vm.selectedRowProperty().set(row);
            });
            Thread.sleep(1500);
            FxShots.shot(stage[0], Path.of(args[2]));
        }
        Platform.exit();
        System.exit(0);
    }

}
