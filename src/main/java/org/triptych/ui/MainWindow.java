package org.triptych.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;

/**
 * The main window's content: menus (every link command has a shortcut), the aligned view with the findings panel
 * beside it, the help overlay, and a status line with progress and cancel.
 */
public final class MainWindow {

    private final WorkbenchViewModel model;
    private final AlignedViewModel aligned;
    private final FxTaskRunner tasks;
    private final BorderPane root = new BorderPane();
    private final AlignedView view;
    private final FindingsPanel findings;
    private final HelpOverlay help = new HelpOverlay();
    private final javafx.scene.control.TabPane side;
    private final Menu recentMenu = new Menu("Recent projects");
    private final BackTranslations backTranslations;
    private final GlossaryPanel glossaryPanel;

    public MainWindow(WorkbenchViewModel model, FxTaskRunner tasks) {
        this.model = model;
        this.aligned = model.aligned();
        this.tasks = tasks;
        backTranslations = new BackTranslations(aligned);
        view = new AlignedView(aligned, model.columns());
        view.showBackTranslations(backTranslations);
        findings = new FindingsPanel(aligned);
        glossaryPanel = new GlossaryPanel(aligned, tasks);
        javafx.scene.control.Tab findingsTab = new javafx.scene.control.Tab("Findings", findings);
        javafx.scene.control.Tab glossaryTab = new javafx.scene.control.Tab("Glossaries", glossaryPanel);
        side = new javafx.scene.control.TabPane(findingsTab, glossaryTab);
        side.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(330);
        SplitPane split = new SplitPane(view, side);
        split.setId("workbench-split");
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(side, false);
        StackPane centre = new StackPane(split, help);
        root.setTop(menus());
        root.setCenter(centre);
        root.setBottom(statusLine());
        root.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !CellEditor.typingIn(e.getTarget())) {
                help.setVisible(!help.isVisible());
                e.consume();
            }
        });
        // a press anywhere outside the cell being edited keeps the edit first (a button, another cell, a panel),
        // so what it does sees the typed text, as in a spreadsheet
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
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
                editCell();
            }
        });
        model.missingSources().addListener((javafx.collections.ListChangeListener<org.triptych.model.DocumentVersion>) c -> {
            for (org.triptych.model.DocumentVersion v : List.copyOf(model.missingSources())) {
                if (ask("Source file not found", "The " + v.language().displayName() + " source " + v.source()
                        + " is not there any more. The project keeps its imported text, so nothing is lost. "
                        + "Point the project at the file's new place?", "Relocate…", "Not now")) {
                    relocate(v.language());
                }
            }
        });
        model.damagedWithAutosaveProperty().addListener((o, a, damaged) -> {
            if (damaged != null && ask("The project cannot be read", "The project " + damaged.getFileName()
                    + " is damaged or cut short (it was left untouched). Its autosave is readable: open that? "
                    + "It opens as an untitled project; save it under a new name.", "Open the autosave", "Cancel")) {
                model.recover(ProjectFile.autosaveOf(damaged), null);
            }
        });
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

    private int row() {
        return aligned.selectedRowProperty().get();
    }

    private Language column() {
        return aligned.selectedColumnProperty().get();
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        MenuItem openProject = item("Open project…", "Shortcut+O", this::chooseAndOpen);
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", this::saveAs);
        // the list is read in the background (File menu stays responsive on a hanging drive) and redrawn when it changes
        model.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        model.refreshRecentProjects();
        file.getItems().addAll(openProject, recentMenu, save, saveAs, new SeparatorMenuItem());
        for (VersionColumnViewModel c : model.columns()) {
            MenuItem open = item("Import " + c.language().displayName() + " version…", null, () -> chooseAndImport(c));
            open.setId("open-" + c.language().code());
            file.getItems().add(open);
        }
        MenuItem sample = item("Open the sample article", null, () -> {
            if (confirmDiscard()) {
                model.loadProject("Loading the sample", SampleArticle::load);
            }
        });
        MenuItem relocate = item("Relocate a source file…", null, this::relocate);
        Menu export = new Menu("Export");
        ExportCommands exports = new ExportCommands(aligned, tasks);
        export.getItems().addAll(
                item("TMX…", null, () -> chooseExport("Export TMX (all languages)", "TMX", "tmx").ifPresent(exports::exportTmx)),
                item("CSV…", null, () -> chooseExport("Export CSV", "CSV", "csv").ifPresent(exports::exportCsv)),
                item("QA report (HTML)…", null,
                        () -> chooseExport("Export the QA report", "HTML", "html").ifPresent(exports::exportQaReport)));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                model.discardAutosave(() -> root.getScene().getWindow().hide());
            }
        });
        file.getItems().addAll(new SeparatorMenuItem(), sample, relocate, export, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", aligned::undo);
        undo.disableProperty().bind(aligned.canUndoProperty().not());
        undo.textProperty().bind(aligned.undoNameProperty()); // "Undo delete concept 'X'": says what it will undo
        MenuItem redo = item("Redo", "Shortcut+Y", aligned::redo);
        redo.disableProperty().bind(aligned.canRedoProperty().not());
        redo.textProperty().bind(aligned.redoNameProperty());
        undo.setMnemonicParsing(false); // the labels hold concept names, whose '_' must show
        redo.setMnemonicParsing(false);
        MenuItem redo2 = item("Redo", "Shortcut+Shift+Z", aligned::redo);
        redo2.setVisible(false);
        edit.getItems().addAll(undo, redo, redo2, item("Edit cell text", "F2", this::editCell),
                item("Edit cell text in a window…", "Shift+F2", this::editCellInWindow));

        Menu links = new Menu("_Links");
        links.getItems().addAll(
                item("Merge with next row", "Shortcut+M", () -> aligned.mergeWithNext(row())),
                item("Split cell…", "Shortcut+T", this::split),
                item("Move cell up", "Alt+Up", () -> aligned.move(row(), column(), -1)),
                item("Move cell down", "Alt+Down", () -> aligned.move(row(), column(), 1)),
                item("Insert empty cell", "Shortcut+I", () -> aligned.insertEmpty(row(), column())),
                new SeparatorMenuItem(),
                item("Confirm", "Shortcut+Enter", () -> aligned.confirm(row())),
                item("Mark for review", "Shortcut+R", () -> aligned.markForReview(row())),
                new SeparatorMenuItem(),
                item("Re-align everything not confirmed", "Shortcut+L", aligned::realign));

        Menu viewMenu = new Menu("_View");
        ToggleGroup levels = new ToggleGroup();
        RadioMenuItem paragraphs = new RadioMenuItem("Paragraphs");
        paragraphs.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        paragraphs.setOnAction(e -> aligned.setLevel(AlignmentLevel.PARAGRAPH));
        RadioMenuItem sentences = new RadioMenuItem("Sentences");
        sentences.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        sentences.setOnAction(e -> aligned.setLevel(AlignmentLevel.SENTENCE));
        paragraphs.setToggleGroup(levels);
        sentences.setToggleGroup(levels);
        paragraphs.setSelected(true);
        aligned.levelProperty().addListener((o, a, b) -> (b == AlignmentLevel.PARAGRAPH ? paragraphs : sentences).setSelected(true));
        viewMenu.getItems().addAll(paragraphs, sentences, new SeparatorMenuItem());
        List<MenuItem> columnItems = new ArrayList<>();
        Runnable fillColumns = () -> {
            // one item per version of the open project: a fourth version gets its own
            int at = viewMenu.getItems().indexOf(columnItems.isEmpty() ? null : columnItems.get(0));
            viewMenu.getItems().removeAll(columnItems);
            columnItems.clear();
            for (Language l : view.languages()) {
                CheckMenuItem shown = new CheckMenuItem("Show " + l.displayName());
                shown.selectedProperty().bindBidirectional(view.visibleProperty(l));
                columnItems.add(shown);
            }
            for (Language l : backTranslations.languages()) {
                CheckMenuItem shown = new CheckMenuItem("Show " + BackTranslations.caption(l));
                shown.selectedProperty().bindBidirectional(backTranslations.shownProperty(l));
                columnItems.add(shown);
            }
            viewMenu.getItems().addAll(at < 0 ? 3 : at, columnItems);
        };
        fillColumns.run();
        viewMenu.setOnShowing(e -> fillColumns.run());
        CheckMenuItem panel = new CheckMenuItem("Findings and glossaries panel");
        panel.setSelected(true);
        panel.selectedProperty().addListener((o, a, b) -> {
            SplitPane sp = (SplitPane) ((StackPane) root.getCenter()).getChildren().get(0);
            if (b) {
                sp.getItems().add(side);
                sp.setDividerPositions(0.78);
            } else {
                sp.getItems().remove(side);
            }
        });
        viewMenu.getItems().addAll(new SeparatorMenuItem(), panel, item("Keyboard help", "F1", () -> help.setVisible(!help.isVisible())));

        Menu check = new Menu("_Check");
        check.getItems().add(item("Run checks", "F7", aligned::check));
        model.languageChecks().ifPresent(lt -> {
            // off: the terminology and number checks alone, which take a moment instead of LanguageTool's seconds
            CheckMenuItem spelling = new CheckMenuItem("Spelling and grammar (LanguageTool)");
            spelling.setId("toggle-languagetool");
            spelling.setSelected(lt.isEnabled());
            spelling.selectedProperty().addListener((o, a, on) -> lt.setEnabled(on));
            check.getItems().add(spelling);
        });
        Menu translate = new Menu("_Translate");
        DraftCommands drafts = DraftCommands.forApplication(aligned, tasks);
        // made once, so its shortcut works without opening the menu
        MenuItem rowDraft = item("Draft this row's missing paragraph…", "Shortcut+D", () -> draftRow(drafts));
        rowDraft.setId("draft-row");
        translate.getItems().add(rowDraft);
        translate.setOnShowing(e -> {
            translate.getItems().setAll(rowDraft);
            for (org.triptych.model.Language target : aligned.targets()) {
                MenuItem draft = item("Draft missing paragraphs of " + target.displayName() + "…", null,
                        () -> askDraftSettings(drafts, target).ifPresent(st -> drafts.draftMissing(target, st)));
                draft.setDisable(aligned.missingParagraphs(target).isEmpty());
                MenuItem whole = item("Draft a whole version: " + target.displayName() + "…", null,
                        () -> draftWholeVersion(drafts, target));
                MenuItem back = item("Back-translate " + target.displayName() + " into English…", null,
                        () -> askMtSettings("Back-translation", "Translate " + target.displayName()
                                + " back into English, shown beside it for this session (not saved)", "Translate")
                                .ifPresent(st -> drafts.backTranslate(target, st, backTranslations)));
                translate.getItems().addAll(new SeparatorMenuItem(), draft, whole, back);
            }
        });
        MenuBar bar = new MenuBar(file, edit, links, viewMenu, check, translate);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** A menu command; an open cell editor keeps its text before any command acts (a save, a merge, a confirm). */
    private MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> {
            view.commitEditing();
            action.run();
        });
        return i;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : model.recentProjects()) {
            recentMenu.getItems().add(item(p.toString(), null, () -> {
                if (confirmDiscard()) {
                    openWithRecovery(p);
                }
            }));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void split() {
        int r = row();
        if (r < 0 || r >= aligned.rows().size()) {
            return;
        }
        LinkRow row = aligned.rows().get(r);
        List<Integer> units = column().equals(Language.ENGLISH) ? row.english()
                : row.cells().get(aligned.targets().indexOf(column())).units();
        if (units.size() < 2) {
            aligned.noticeProperty().set("Split: the cell has one unit; switch to sentences (Ctrl+2) to split inside it");
            return;
        }
        int k = 1;
        if (units.size() > 2) {
            List<Integer> choices = new ArrayList<>();
            for (int i = 1; i < units.size(); i++) {
                choices.add(i);
            }
            ChoiceDialog<Integer> ask = new ChoiceDialog<>(1, choices);
            ask.initOwner(window());
            ask.setHeaderText("Split after which unit of the cell?");
            Optional<Integer> chosen = ask.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            k = chosen.get();
        }
        aligned.split(r, column(), k);
    }

    /** F2: edits the focused cell's text in the cell itself ({@link CellEditor}). */
    private void editCell() {
        focusedCell().ifPresent(cell -> {
            CellEditor[] editor = new CellEditor[1];
            editor[0] = new CellEditor(cell.row(), cell.language(), cell.texts(), view.columnWidth(), cell::keep,
                    () -> view.editorClosed(editor[0]),
                    selection -> glossaryPanel.addConcept(Map.of(cell.language(), selection), window()));
            view.startEditing(editor[0]);
        });
    }

    /** Shift+F2: the same in a window of its own, roomier for a long paragraph, with a button for the glossary. */
    private void editCellInWindow() {
        focusedCell().ifPresent(cell -> {
            // the selection alone fills its language's term: the other languages are typed by the person
            CellTextDialog dialog = new CellTextDialog(cell.language(), cell.texts(),
                    (selection, owner) -> glossaryPanel.addConcept(Map.of(cell.language(), selection), owner));
            dialog.initOwner(window()); // modal over the workbench, and the keyboard comes back to it afterwards
            dialog.ask().ifPresent(cell::keep);
        });
    }

    /** The focused cell's units and their texts, as an editor opens them. */
    private record FocusedCell(int row, Language language, List<Integer> units, List<String> texts, AlignedViewModel model) {

        /** Keeps the edited texts, one edit per unit that changed. */
        void keep(List<String> edited) {
            for (int i = 0; i < units.size(); i++) {
                if (!edited.get(i).equals(texts.get(i))) {
                    model.editText(language, units.get(i), edited.get(i));
                }
            }
        }
    }

    /** The focused cell; empty (with a notice when the cell is empty) when there is nothing to edit. */
    private java.util.Optional<FocusedCell> focusedCell() {
        int r = row();
        if (r < 0 || r >= aligned.rows().size()) {
            return java.util.Optional.empty();
        }
        Language l = column();
        LinkRow row = aligned.rows().get(r);
        List<Integer> units = l.equals(Language.ENGLISH) ? row.english() : row.cells().get(aligned.targets().indexOf(l)).units();
        if (units.isEmpty()) {
            aligned.noticeProperty().set("The cell is empty: there is no text to edit");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FocusedCell(r, l, units, units.stream().map(u -> aligned.unitText(l, u)).toList(), aligned));
    }

    // ---- files ----

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private java.util.Optional<java.nio.file.Path> chooseExport(String title, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        java.nio.file.Path project = model.fileProperty().get();
        String base = project == null ? "triptych" : project.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(base + "." + extension);
        if (project != null && project.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(project.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(window());
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    /**
     * Provider, endpoint, model and (when the environment and key store have none) the key. A typed key lives in
     * this dialog's result only: never saved, never logged.
     */
    private java.util.Optional<DraftCommands.Settings> askDraftSettings(DraftCommands drafts, org.triptych.model.Language target) {
        return askMtSettings("Machine drafts", "Draft the " + aligned.missingParagraphs(target).size() + " missing paragraphs of "
                + target.displayName() + " (shown as MT, marked for review)", "Draft");
    }

    /** (a) The selected row's empty cell: the selected column, or else the first version whose cell is empty. */
    private void draftRow(DraftCommands drafts) {
        int r = row();
        Language target = aligned.targets().contains(column()) ? column()
                : aligned.targets().stream().filter(t -> !aligned.missingParagraphsOfRow(r, t).isEmpty()).findFirst().orElse(null);
        if (r < 0 || target == null || aligned.missingParagraphsOfRow(r, target).isEmpty()) {
            aligned.noticeProperty().set("Select a row with an empty cell to draft its missing paragraph");
            return;
        }
        askMtSettings("Machine draft", "Draft row " + (r + 1) + "'s missing " + target.displayName()
                + " paragraph (shown as MT, marked for review)", "Draft").ifPresent(st -> drafts.draftRow(r, target, st));
    }

    /** (c) Asks before edits made here would be replaced (Undo still restores them). */
    private void draftWholeVersion(DraftCommands drafts, Language target) {
        boolean edited = aligned.hasPersonEdits(target);
        if (edited && !ask("Replace edited text?", drafts.wholeVersionWarning(target) + ". Replace it with machine drafts?",
                "Replace", "Keep the version")) {
            aligned.noticeProperty().set("The " + target.displayName() + " version was kept");
            return;
        }
        int n = aligned.project().version(target).map(v -> v.paragraphs().size()).orElse(0);
        askMtSettings("Machine drafts", (n == 0 ? "Fill the empty " + target.displayName() + " version"
                : "Replace the " + n + " paragraphs of " + target.displayName()) + " with drafts of every English paragraph"
                + " (linked 1-1, shown as MT, marked for review; one Undo brings the old text back)", "Draft")
                .ifPresent(st -> drafts.draftWholeVersion(target, st, edited));
    }

    private java.util.Optional<DraftCommands.Settings> askMtSettings(String title, String header, String button) {
        javafx.scene.control.Dialog<DraftCommands.Settings> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.initOwner(window());
        javafx.scene.control.ChoiceBox<String> provider = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(org.triptych.mt.Providers.NAMES));
        provider.setValue("libretranslate");
        javafx.scene.control.TextField endpoint = new javafx.scene.control.TextField();
        endpoint.setPromptText("the provider's default");
        javafx.scene.control.TextField modelName = new javafx.scene.control.TextField();
        modelName.setPromptText("for OpenAI-compatible servers");
        javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
        Runnable keyHint = () -> key.setPromptText(DraftCommands.needsTypedKey(provider.getValue())
                ? "needed (or set " + org.triptych.mt.Providers.keyVariable(provider.getValue()) + ")"
                : "from " + org.triptych.mt.Providers.keyVariable(provider.getValue()) + " or not needed");
        provider.valueProperty().addListener((o, a, b) -> keyHint.run());
        keyHint.run();
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new javafx.scene.control.Label("Provider"), provider);
        grid.addRow(1, new javafx.scene.control.Label("Endpoint"), endpoint);
        grid.addRow(2, new javafx.scene.control.Label("Model"), modelName);
        grid.addRow(3, new javafx.scene.control.Label("API key"), key);
        dialog.getDialogPane().setContent(grid);
        javafx.scene.control.ButtonType go = new javafx.scene.control.ButtonType(button,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == go ? new DraftCommands.Settings(provider.getValue(), endpoint.getText(),
                modelName.getText(), key.getText().isEmpty() ? null : org.triptych.mt.Secret.of(key.getText())) : null);
        return dialog.showAndWait();
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Triptych projects", "*." + ProjectFile.EXTENSION));
        return chooser;
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File chosen = projectChooser("Open a project").showOpenDialog(window());
        if (chosen != null) {
            openWithRecovery(chosen.toPath());
        }
    }

    /**
     * Opens a project, offering its autosave instead when that is newer (the last session ended without saving);
     * the autosave is looked for in the background.
     */
    void openWithRecovery(Path p) {
        model.findRecoverable(p, auto -> {
            if (auto.isPresent() && ask("Recover unsaved work?", "An autosave newer than " + p.getFileName()
                    + " exists: the last session ended without saving. Open the autosave?", "Recover", "Open the saved project")) {
                model.recover(auto.get(), p);
            } else {
                model.open(p);
            }
        });
    }

    private void save() {
        if (model.fileProperty().get() == null) {
            saveAs();
        } else {
            model.save(model.fileProperty().get(), null);
        }
    }

    private void saveAs() {
        File chosen = projectChooser("Save the project").showSaveDialog(window());
        if (chosen != null) {
            Path p = chosen.toPath();
            if (!p.getFileName().toString().endsWith("." + ProjectFile.EXTENSION)) {
                p = p.resolveSibling(p.getFileName() + "." + ProjectFile.EXTENSION);
            }
            model.save(p, null);
        }
    }

    private void relocate() {
        List<Language> langs = model.project().versions().stream().map(v -> v.language()).toList();
        ChoiceDialog<Language> which = new ChoiceDialog<>(langs.get(0), langs);
        which.setHeaderText("Which version's source file has moved?");
        which.showAndWait().ifPresent(this::relocate);
    }

    private void relocate(Language l) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where is the " + l.displayName() + " source now?");
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            aligned.relocate(l, f.getAbsolutePath());
        }
    }

    private void chooseAndImport(VersionColumnViewModel column) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import the " + column.language().displayName() + " version");
        List<String> patterns = new ArrayList<>();
        for (String ext : DocumentImporter.EXTENSIONS) {
            patterns.add("*." + ext);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", patterns));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            model.importInto(column, chosen.toPath());
        }
    }

    /** True when nothing unsaved would be lost, or the person chose to save it first or to drop it. */
    boolean confirmDiscard() {
        if (!aligned.dirtyProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The project has unsaved edits.");
        alert.setHeaderText("Save the changes first?");
        ButtonType saveIt = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(saveIt, drop, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == saveIt) {
            save();
            return false; // saving runs in the background; the person repeats the action once it is saved
        }
        return true;
    }

    static boolean ask(String header, String text, String yes, String no) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text);
        alert.setHeaderText(header);
        ButtonType y = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType n = new ButtonType(no, ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(y, n);
        return alert.showAndWait().orElse(n) == y;
    }

    private HBox statusLine() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(tasks.messageProperty());
        model.noticeProperty().addListener((obs, old, now) -> tasks.setIdleMessage(now));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label dirty = new Label();
        dirty.textProperty().bind(javafx.beans.binding.Bindings.when(aligned.dirtyProperty()).then("● unsaved").otherwise(""));
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
