package org.triptych.ui;

import java.util.List;
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
import org.triptych.io.project.ProjectFile;
import org.triptych.model.DocumentVersion;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.VersionLanguage;

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
    private final FindBar findBar;
    private final PreferencesActions preferences;
    private final GlossaryPanel glossaryPanel;

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
        glossaryPanel = new GlossaryPanel(aligned, new GlossaryEdits(aligned.session(), tasks,
                model.workbench().settingsDir().resolve("glossaries")), tasks, this.dialogs);
        side = new TabPane(new Tab("Findings", findings), new Tab("Glossaries", glossaryPanel));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side-panel");
        side.setPrefWidth(330);
        // never squeezed to a sliver (a small window, then a large one again, left it one), nor wider than half
        side.setMinWidth(SIDE_MIN);
        view.setMinWidth(VIEW_MIN);
        split = new SplitPane(view, side);
        split.setId("workbench-split");
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(side, false);
        side.widthProperty().addListener((o, a, w) -> {
            if (split.getItems().contains(side) && w.doubleValue() >= SIDE_MIN) {
                sideWidth = w.doubleValue();
            }
        });
        project = new ProjectActions(model, this.dialogs, () -> root.getScene().getWindow().hide());
        CellActions cells = new CellActions(aligned, view, glossaryPanel, this.dialogs, this::window);
        DraftActions drafts = new DraftActions(aligned, DraftCommands.forApplication(aligned.session(), tasks), this.dialogs,
                backTranslations);
        javafx.scene.control.MenuBar menus = new WorkbenchMenus(model, project, cells, drafts, view, backTranslations,
                () -> help.setVisible(!help.isVisible()), this::showSidePanel, this.dialogs).build();
        findBar = new FindBar(new FindReplaceModel(aligned), aligned);
        findBar.installShortcuts(root, view::commitEditing);
        findings.settleWith(new FindingSettlement(model, glossaryPanel, this::window));
        preferences = new PreferencesActions(model, this.dialogs, view, glossaryPanel, drafts);
        new WorkdayMenus(aligned, view, findBar, findings, this.dialogs, new ExportActions(model, this.dialogs, project),
                preferences::open).addTo(menus);
        root.setTop(menus);
        javafx.scene.layout.VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new StackPane(new javafx.scene.layout.VBox(findBar, split), help));
        root.setBottom(statusLine());
        root.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        keys(cells);
        askWhenAFileLooksLikeAnotherLanguage();
        offerToRelocateMissingSources();
        offerTheAutosaveOfADamagedProject();
        // autosave: every minute unless the preferences say otherwise (PreferencesActions keeps the timer)
    }

    GlossaryPanel glossaryPanel() {
        return glossaryPanel;
    }

    PreferencesActions preferences() {
        return preferences;
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

    FindBar findBar() {
        return findBar;
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

    /** The side panel's narrowest width, and the aligned view's (three columns, the row numbers, a scroll bar). */
    static final double SIDE_MIN = 240;
    static final double VIEW_MIN = 360;
    /** The panel's width when it was last shown: it comes back as wide as it went. */
    private double sideWidth = 330;

    /** View ▸ Findings and glossaries panel: hidden, and shown again as wide as it was (within the window). */
    void showSidePanel(boolean shown) {
        if (shown && !split.getItems().contains(side)) {
            split.getItems().add(side);
            double total = split.getWidth();
            double w = Math.max(SIDE_MIN, Math.min(sideWidth, total - VIEW_MIN));
            split.setDividerPositions(total > 0 ? Math.max(0.3, 1 - w / total) : 0.78);
        } else if (!shown) {
            split.getItems().remove(side);
        }
    }

    SplitPane split() {
        return split;
    }

    TabPane sidePanel() {
        return side;
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

    /** A Russian file opened as the English version: said, as on the command line, with "open it as Russian instead". */
    private void askWhenAFileLooksLikeAnotherLanguage() {
        model.workbench().askWhenTheLanguageLooksWrong((file, opened, guessed) -> {
            String as = VersionLanguage.describe(guessed);
            return dialogs.confirm(file.getFileName() + " looks like " + as, file.getFileName() + " reads like " + as
                    + ", but it was opened as the " + VersionLanguage.describe(opened) + " version. Open it as " + as
                    + " instead?", "Open it as " + as, "Keep it as " + VersionLanguage.describe(opened));
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
        StatusMessage message = new StatusMessage();
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
        progress.managedProperty().bind(tasks.busyProperty()); // no room kept for them while idle (a narrow window)
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(tasks.busyProperty());
        cancel.managedProperty().bind(tasks.busyProperty());
        cancel.setOnAction(e -> tasks.cancelCurrent());
        HBox status = new HBox(8, message, new WordCountLabel(aligned), dirty, progress, cancel);
        status.getStyleClass().add("status-line");
        return status;
    }
}
