package org.triptych.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.triptych.workbench.RowNavigation;

/**
 * The commands of a translator's working day, added to the menu bar that {@link WorkbenchMenus} builds: Edit ▸ Find
 * (Ctrl+F), Replace (Ctrl+H), Find next/previous (F3, Shift+F3); the Go menu: next and previous finding (F8,
 * Shift+F8), the next row to review or with a machine draft, a row by its number (Ctrl+G). Kept apart from
 * WorkbenchMenus so the two grow without stepping on each other.
 */
final class WorkdayMenus {

    private final AlignedViewModel aligned;
    private final AlignedView view;
    private final FindBar findBar;
    private final FindingsPanel findings;
    private final DialogService dialogs;
    private final ExportActions exports;
    private final Runnable preferences;

    WorkdayMenus(AlignedViewModel aligned, AlignedView view, FindBar findBar, FindingsPanel findings, DialogService dialogs,
                 ExportActions exports, Runnable preferences) {
        this.preferences = preferences;
        this.aligned = aligned;
        this.view = view;
        this.findBar = findBar;
        this.findings = findings;
        this.dialogs = dialogs;
        this.exports = exports;
    }

    /** Puts the items into the bar's Edit menu and a Go menu after View. */
    void addTo(MenuBar bar) {
        Menu edit = menu(bar, "_Edit");
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("find", "Find…", "Shortcut+F", () -> findBar.open(false)),
                item("replace", "Replace…", "Shortcut+H", () -> findBar.open(true)),
                item("find-next-match", "Find next", "F3", () -> {
                    if (!findBar.isOpen()) {
                        findBar.open(false);
                    }
                    findBar.model().next();
                }),
                item("find-previous-match", "Find previous", "Shift+F3", () -> findBar.model().previous()),
                new SeparatorMenuItem(),
                item("row-note", "Note on this row…", "Shortcut+Shift+N", this::note),
                new SeparatorMenuItem(),
                item("preferences", "Preferences…", "Shortcut+Comma", preferences));
        Menu file = menu(bar, "_File");
        file.getItems().stream().filter(i -> i instanceof Menu && "Export".equals(i.getText())).map(i -> (Menu) i)
                .findFirst().ifPresent(export -> export.getItems().addAll(new SeparatorMenuItem(),
                        item("export-tmx-reviewed", "TMX, reviewed rows only…", null, exports::reviewedTmx),
                        item("export-csv-reviewed", "CSV, reviewed rows only…", null, exports::reviewedCsv),
                        new SeparatorMenuItem(),
                        item("export-versions", "Versions as documents (.docx, .odt, .html, .txt)…", null, exports::versions)));
        Menu go = new Menu("_Go");
        go.setId("go-menu");
        go.getItems().addAll(
                item("next-finding", "Next finding", "F8", () -> findings.step(1)),
                item("previous-finding", "Previous finding", "Shift+F8", () -> findings.step(-1)),
                new SeparatorMenuItem(),
                item("next-unconfirmed", "Next row to review (not confirmed)", "Shortcut+J", () -> unconfirmed(1)),
                item("previous-unconfirmed", "Previous row to review", "Shortcut+Shift+J", () -> unconfirmed(-1)),
                item("next-machine-draft", "Next machine-drafted row (MT)", "Shortcut+K", () -> machineDraft(1)),
                item("previous-machine-draft", "Previous machine-drafted row", "Shortcut+Shift+K", () -> machineDraft(-1)),
                new SeparatorMenuItem(),
                item("go-to-row", "Go to row…", "Shortcut+G", this::goToRow));
        int at = bar.getMenus().indexOf(menu(bar, "_View"));
        bar.getMenus().add(at < 0 ? bar.getMenus().size() : at + 1, go);
    }

    private static Menu menu(MenuBar bar, String text) {
        return bar.getMenus().stream().filter(m -> text.equals(m.getText())).findFirst().orElseGet(() -> {
            Menu m = new Menu(text);
            bar.getMenus().add(m);
            return m;
        });
    }

    private MenuItem item(String id, String text, String accelerator, Runnable action) {
        return CommandItem.of(view, id, text, accelerator, action);
    }

    private void unconfirmed(int delta) {
        int r = RowNavigation.nextUnconfirmed(aligned.session().state(), aligned.levelProperty().get(),
                aligned.selectedRowProperty().get(), delta);
        go(r, delta > 0 ? "No row below this one is left to review" : "No row above this one is left to review");
    }

    private void machineDraft(int delta) {
        int r = RowNavigation.nextMachineDraft(aligned.session().state(), aligned.levelProperty().get(),
                aligned.selectedRowProperty().get(), delta);
        go(r, delta > 0 ? "No machine draft to review below this row" : "No machine draft to review above this row");
    }

    private void go(int row, String none) {
        if (row < 0) {
            aligned.noticeProperty().set(none);
            return;
        }
        aligned.selectedRowProperty().set(row);
        aligned.noticeProperty().set("Row " + (row + 1) + " of " + aligned.rows().size());
    }

    /** Asks for the selected row's note (its present text filled in); an empty answer removes it. */
    private void note() {
        int row = aligned.selectedRowProperty().get();
        if (row < 0 || row >= aligned.rows().size()) {
            aligned.noticeProperty().set("Select a row to write a note on");
            return;
        }
        dialogs.askText("Note on row " + (row + 1), "Note (kept in the project; empty removes it)", aligned.note(row))
                .ifPresent(text -> aligned.setNote(row, text));
    }

    /** Asks for a row number and selects that row; a number out of range is said, nothing moves. */
    private void goToRow() {
        int rows = aligned.rows().size();
        if (rows == 0) {
            aligned.noticeProperty().set("There are no rows yet");
            return;
        }
        dialogs.askText("Go to row", "Row number (1 to " + rows + ")", "").ifPresent(typed -> {
            try {
                int r = RowNavigation.parseRow(typed, rows);
                if (r >= 0) {
                    go(r, "");
                }
            } catch (IllegalArgumentException e) {
                aligned.noticeProperty().set(e.getMessage());
            }
        });
    }
}
