package org.triptych.ui;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.triptych.io.project.ProjectFile;
import org.triptych.model.DocumentVersion;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.GlossaryEdits;

/**
 * The main window's content: the menus ({@link WorkbenchMenus}), the aligned view with the findings and glossary
 * panel beside it, the help overlay, and a status line with progress and cancel. The commands live in the action
 * classes; the questions they ask go through a {@link DialogService}.
 */
public final class MainWindow {

    private final WorkbenchViewModel model;
    private final AlignedViewModel aligned;
    private final FxTaskRunner tasks;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final AlignedView view;
    private final FindingsPanel findings;
    private final HelpOverlay help = new HelpOverlay();
    private final TabPane side;
    private final SplitPane split;
    private final ProjectActions project;

    public MainWindow(WorkbenchViewModel model, FxTaskRunner tasks) {
        this(model, tasks, null);
    }

    /** @param dialogs the questions' answers; null for the real dialogs */
    public MainWindow(WorkbenchViewModel model, FxTaskRunner tasks, DialogService dialogs) {
        this.model = model;
        this.aligned = model.aligned();
        this.tasks = tasks;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this::window);
        BackTranslations backTranslations = new BackTranslations(aligned);
        view = new AlignedView(aligned, model.columns());
        view.showBackTranslations(backTranslations);
        findings = new FindingsPanel(aligned);
        GlossaryPanel glossaryPanel = new GlossaryPanel(aligned, new GlossaryEdits(aligned.session(), tasks,
                model.workbench().settingsDir().resolve("glossaries")), tasks, this.dialogs);
        side = new TabPane(new Tab("Findings", findings), new Tab("Glossaries", glossaryPanel));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(330);
        split = new SplitPane(view, side);
        split.setId("workbench-split");
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(side, false);
        project = new ProjectActions(model, this.dialogs, () -> root.getScene().getWindow().hide());
        CellActions cells = new CellActions(aligned, view, glossaryPanel, this.dialogs, this::window);
        DraftActions drafts = new DraftActions(aligned, DraftCommands.forApplication(aligned.session(), tasks), this.dialogs,
                backTranslations);
        root.setTop(new WorkbenchMenus(model, project, cells, drafts, view, backTranslations,
                () -> help.setVisible(!help.isVisible()), this::showSidePanel, this.dialogs).build());
        root.setCenter(new StackPane(split, help));
        root.setBottom(statusLine());
        root.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        keys(cells);
        offerToRelocateMissingSources();
        offerTheAutosaveOfADamagedProject();
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(Integer.getInteger("triptych.autosaveSeconds", 60)),
                e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    public Parent root() {
        return root;
    }

    AlignedView alignedView() {
        return view;
    }

    FindingsPanel findingsPanel() {
        return findings;
    }

    HelpOverlay help() {
        return help;
    }

    /** The File menu's commands (the window's close button and the start-up use them too). */
    ProjectActions projectActions() {
        return project;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showSidePanel(boolean shown) {
        if (shown && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(0.78);
        } else if (!shown) {
            split.getItems().remove(side);
        }
    }

    private void keys(CellActions cells) {
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !CellEditor.typingIn(e.getTarget())) {
                help.setVisible(!help.isVisible());
                e.consume();
            }
        });
        // a press anywhere outside the cell being edited keeps the edit first (a button, another cell, a panel),
        // so what it does sees the typed text, as in a spreadsheet
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (view.editor() != null && !CellEditor.inside(e.getTarget())) {
                view.commitEditing();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && help.isVisible()) {
                help.setVisible(false);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isShiftDown() && view.list().isFocused()) {
                // the list's own key handling takes F2 (start editing) before the menu accelerator sees it
                e.consume();
                cells.editCell();
            }
        });
    }

    private void offerToRelocateMissingSources() {
        model.missingSources().addListener((ListChangeListener<DocumentVersion>) c -> {
            for (DocumentVersion v : List.copyOf(model.missingSources())) {
                if (dialogs.confirm("Source file not found", "The " + v.language().displayName() + " source " + v.source()
                        + " is not there any more. The project keeps its imported text, so nothing is lost. "
                        + "Point the project at the file's new place?", "Relocate…", "Not now")) {
                    project.relocate(v.language());
                }
            }
        });
    }

    private void offerTheAutosaveOfADamagedProject() {
        model.damagedWithAutosaveProperty().addListener((o, a, damaged) -> {
            if (damaged != null && dialogs.confirm("The project cannot be read", "The project " + damaged.getFileName()
                    + " is damaged or cut short (it was left untouched). Its autosave is readable: open that? "
                    + "It opens as an untitled project; save it under a new name.", "Open the autosave", "Cancel")) {
                model.recover(ProjectFile.autosaveOf(damaged), null);
            }
        });
    }

    private HBox statusLine() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(tasks.messageProperty());
        model.noticeProperty().addListener((obs, old, now) -> tasks.setIdleMessage(now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label dirty = new Label();
        dirty.setId("unsaved");
        dirty.textProperty().bind(Bindings.when(aligned.dirtyProperty()).then("● unsaved").otherwise(""));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.setOnAction(e -> tasks.cancelCurrent());
        HBox status = new HBox(8, message, dirty, progress, cancel);
        status.getStyleClass().add("status-line");
        return status;
    }
}
