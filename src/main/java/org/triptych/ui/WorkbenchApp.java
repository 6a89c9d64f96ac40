package org.triptych.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triptych.io.DocumentImporter;
import org.triptych.io.SampleArticle;

/** The workbench window. Shows at once, then loads the bundled sample in the background. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        FxTaskRunner tasks = new FxTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(tasks, new DocumentImporter());
        MainWindow window = new MainWindow(model, tasks);
        stage.setTitle("Triptych");
        stage.setScene(new Scene(window.root(), 1380, 860));
        stage.show();
        StartupProbe.watch(model.projectProperty());
        model.loadProject("Loading the sample", SampleArticle::load);
    }
}
