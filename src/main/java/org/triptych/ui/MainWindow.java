package org.triptych.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.triptych.io.DocumentImporter;
import org.triptych.io.SampleArticle;

/** The main window's content: menus, one column per version side by side, and a status line with progress. */
public final class MainWindow {

    private final WorkbenchViewModel model;
    private final FxTaskRunner tasks;
    private final BorderPane root = new BorderPane();
    private final List<ColumnView> columns = new ArrayList<>();

    public MainWindow(WorkbenchViewModel model, FxTaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
        SplitPane split = new SplitPane();
        split.setId("columns");
        for (VersionColumnViewModel c : model.columns()) {
            ColumnView view = new ColumnView(c, file -> model.importInto(c, file.toPath()));
            columns.add(view);
            split.getItems().add(view);
        }
        double[] dividers = new double[columns.size() - 1];
        for (int i = 0; i < dividers.length; i++) {
            dividers[i] = (i + 1) / (double) columns.size(); // equal columns: no version is less important
        }
        split.setDividerPositions(dividers);
        root.setTop(menus());
        root.setCenter(split);
        root.setBottom(statusLine());
        root.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    List<ColumnView> columns() {
        return columns;
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        for (VersionColumnViewModel c : model.columns()) {
            MenuItem open = new MenuItem("Open " + c.language().displayName() + " version…");
            open.setId("open-" + c.language().code());
            open.setOnAction(e -> chooseAndImport(c));
            file.getItems().add(open);
        }
        MenuItem sample = new MenuItem("Open the sample article");
        sample.setOnAction(e -> model.loadProject("Loading the sample", SampleArticle::load));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        file.getItems().addAll(new SeparatorMenuItem(), sample, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void chooseAndImport(VersionColumnViewModel column) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open the " + column.language().displayName() + " version");
        List<String> patterns = new ArrayList<>();
        for (String ext : DocumentImporter.EXTENSIONS) {
            patterns.add("*." + ext);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", patterns));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            model.importInto(column, chosen.toPath());
        }
    }

    private HBox statusLine() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(tasks.messageProperty());
        model.noticeProperty().addListener((obs, old, now) -> tasks.setIdleMessage(now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.setOnAction(e -> tasks.cancelCurrent());
        HBox status = new HBox(8, message, progress, cancel);
        status.getStyleClass().add("status-line");
        return status;
    }
}
