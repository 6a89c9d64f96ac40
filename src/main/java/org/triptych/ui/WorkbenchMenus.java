package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;

/**
 * The menu bar, built from the window's action classes. Every command has its place here and nowhere else; every
 * item first keeps what an open cell editor holds, so the command sees the typed text.
 */
final class WorkbenchMenus {

    private final WorkbenchViewModel model;
    private final AlignedViewModel aligned;
    private final ProjectActions project;
    private final CellActions cells;
    private final DraftActions drafts;
    private final AlignedView view;
    private final BackTranslations backTranslations;
    private final Runnable toggleHelp;
    private final Consumer<Boolean> showSidePanel;
    private final Menu recentMenu = new Menu("Recent projects");
    private final DialogService dialogs;

    WorkbenchMenus(WorkbenchViewModel model, ProjectActions project, CellActions cells, DraftActions drafts,
                   AlignedView view, BackTranslations backTranslations, Runnable toggleHelp, Consumer<Boolean> showSidePanel,
                   DialogService dialogs) {
        this.dialogs = dialogs;
        this.model = model;
        this.aligned = model.aligned();
        this.project = project;
        this.cells = cells;
        this.drafts = drafts;
        this.view = view;
        this.backTranslations = backTranslations;
        this.toggleHelp = toggleHelp;
        this.showSidePanel = showSidePanel;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), links(), viewMenu(), check(), translate(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** A menu command; an open cell editor keeps its text before any command acts (a save, a merge, a confirm). */
    private MenuItem item(String text, String accelerator, Runnable action) {
        return CommandItem.of(view, null, text, accelerator, action);
    }

    private MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem i = item(text, accelerator, action);
        i.setId(id);
        return i;
    }

    private Menu file() {
        Menu file = new Menu("_File");
        // the list is read in the background (the File menu stays responsive on a hanging drive)
        model.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        model.refreshRecentProjects();
        ExchangeActions exchange = new ExchangeActions(model, project);
        file.getItems().addAll(item("new-project", "New project…", "Shortcut+N", project::newProject),
                item("open-project", "Open project…", "Shortcut+O", project::open), recentMenu,
                item("open-url", "Open URL…", "Shortcut+Shift+U", exchange::openUrl),
                item("open-tmx", "Open TMX…", null, exchange::openTmx),
                item("import-xliff", "Import XLIFF translation…", null, exchange::importXliff),
                item("save-project", "Save", "Shortcut+S", project::save),
                item("save-project-as", "Save as…", "Shortcut+Shift+S", () -> project.saveAs(null)),
                item("close-project", "Close project", "Shortcut+W", project::close), new SeparatorMenuItem());
        for (VersionColumnViewModel c : model.columns()) {
            file.getItems().add(item("open-" + c.language().code(), "Import " + c.language().displayName() + " version…", null,
                    () -> project.importVersion(c.language())));
        }
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("export-tmx", "TMX…", null, () -> project.exportTmx(aligned.levelProperty().get())),
                item("export-csv", "CSV…", null, () -> project.exportCsv(aligned.levelProperty().get())),
                item("export-xliff", "XLIFF…", null, () -> exchange.exportXliff(aligned.levelProperty().get())),
                item("export-report", "QA report (HTML)…", null, project::exportReport));
        file.getItems().addAll(new SeparatorMenuItem(), item("open-sample", "Open the sample article", null, project::openSample),
                item("Relocate a source file…", null, project::relocate), export, new SeparatorMenuItem(),
                item("quit", "Quit", "Shortcut+Q", project::quit));
        return file;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : model.recentProjects()) {
            recentMenu.getItems().add(item(p.toString(), null, () -> project.openRecent(p)));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Menu edit() {
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("undo", "Undo", "Shortcut+Z", aligned::undo);
        undo.disableProperty().bind(aligned.canUndoProperty().not());
        undo.textProperty().bind(aligned.undoNameProperty()); // "Undo delete concept 'X'": says what it will undo
        MenuItem redo = item("redo", "Redo", "Shortcut+Y", aligned::redo);
        redo.disableProperty().bind(aligned.canRedoProperty().not());
        redo.textProperty().bind(aligned.redoNameProperty());
        undo.setMnemonicParsing(false); // the labels hold concept names, whose '_' must show
        redo.setMnemonicParsing(false);
        MenuItem redo2 = item("Redo", "Shortcut+Shift+Z", aligned::redo);
        redo2.setVisible(false);
        edit.getItems().addAll(undo, redo, redo2, item("Edit cell text", "F2", cells::editCell),
                item("Edit cell text in a window…", "Shift+F2", cells::editCellInWindow));
        return edit;
    }

    private int row() {
        return aligned.selectedRowProperty().get();
    }

    private Language column() {
        return aligned.selectedColumnProperty().get();
    }

    private Menu links() {
        Menu links = new Menu("_Links");
        links.getItems().addAll(
                item("Merge with next row", "Shortcut+M", () -> aligned.mergeWithNext(row())),
                item("Split cell…", "Shortcut+T", cells::split),
                item("Move cell up", "Alt+Up", () -> aligned.move(row(), column(), -1)),
                item("Move cell down", "Alt+Down", () -> aligned.move(row(), column(), 1)),
                item("Insert empty cell", "Shortcut+I", () -> aligned.insertEmpty(row(), column())),
                new SeparatorMenuItem(),
                item("Confirm", "Shortcut+Enter", () -> aligned.confirm(row())),
                item("Mark for review", "Shortcut+R", () -> aligned.markForReview(row())),
                new SeparatorMenuItem(),
                item("Re-align everything not confirmed", "Shortcut+L", aligned::realign));
        return links;
    }

    private Menu viewMenu() {
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
        panel.selectedProperty().addListener((o, a, b) -> showSidePanel.accept(b));
        viewMenu.getItems().addAll(new SeparatorMenuItem(), panel, item("Keyboard help", "F1", toggleHelp));
        return viewMenu;
    }

    private Menu check() {
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
        return check;
    }

    private Menu translate() {
        Menu translate = new Menu("_Translate");
        // made once, so its shortcut works without opening the menu
        MenuItem rowDraft = item("draft-row", "Draft this row's missing paragraph…", "Shortcut+D", drafts::draftRow);
        translate.getItems().add(rowDraft);
        translate.setOnShowing(e -> {
            translate.getItems().setAll(rowDraft);
            for (Language target : aligned.targets()) {
                MenuItem draft = item("Draft missing paragraphs of " + target.displayName() + "…", null,
                        () -> drafts.draftMissing(target));
                draft.setDisable(aligned.missingParagraphs(target).isEmpty());
                translate.getItems().addAll(new SeparatorMenuItem(), draft,
                        item("Draft a whole version: " + target.displayName() + "…", null, () -> drafts.draftWholeVersion(target)),
                        item("Back-translate " + target.displayName() + " into English…", null, () -> drafts.backTranslate(target)));
            }
        });
        return translate;
    }

    private Menu help() {
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard shortcuts", null, toggleHelp),
                item("about", "About Triptych", null, () -> dialogs.inform("Triptych",
                        String.join("\n", org.triptych.workbench.BuildInfo.current().lines()))));
        return help;
    }
}
