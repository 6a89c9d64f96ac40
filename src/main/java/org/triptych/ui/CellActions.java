package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;
import org.triptych.model.Language;
import org.triptych.workbench.LinkRow;

/**
 * What the keyboard does to the selected cell: split it (Ctrl+T), edit its text in place (F2) or in a window of its
 * own (Shift+F2); a selection in the text can become a glossary concept.
 */
final class CellActions {

    private final AlignedViewModel aligned;
    private final AlignedView view;
    private final GlossaryPanel glossaryPanel;
    private final DialogService dialogs;
    private final java.util.function.Supplier<Window> window;

    CellActions(AlignedViewModel aligned, AlignedView view, GlossaryPanel glossaryPanel, DialogService dialogs,
                java.util.function.Supplier<Window> window) {
        this.aligned = aligned;
        this.view = view;
        this.glossaryPanel = glossaryPanel;
        this.dialogs = dialogs;
        this.window = window;
    }

    private int row() {
        return aligned.selectedRowProperty().get();
    }

    private Language column() {
        return aligned.selectedColumnProperty().get();
    }

    /** Splits the selected cell: between its two units at once, else after the unit the person picks. */
    void split() {
        int r = row();
        if (r < 0 || r >= aligned.rows().size()) {
            return;
        }
        List<Integer> units = unitsOf(aligned.rows().get(r), column());
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
            Optional<Integer> chosen = dialogs.choose("Split after which unit of the cell?", 1, choices);
            if (chosen.isEmpty()) {
                return;
            }
            k = chosen.get();
        }
        aligned.split(r, column(), k);
    }

    private List<Integer> unitsOf(LinkRow row, Language language) {
        return language.equals(Language.ENGLISH) ? row.english() : row.cells().get(aligned.targets().indexOf(language)).units();
    }

    /** F2: edits the focused cell's text in the cell itself ({@link CellEditor}). */
    void editCell() {
        focusedCell().ifPresent(cell -> {
            CellEditor[] editor = new CellEditor[1];
            editor[0] = new CellEditor(cell.row(), cell.language(), cell.texts(), view.columnWidth(), cell::keep,
                    () -> view.editorClosed(editor[0]),
                    selection -> glossaryPanel.addConcept(Map.of(cell.language(), selection), window.get()));
            view.startEditing(editor[0]);
        });
    }

    /** Shift+F2: the same in a window of its own, roomier for a long paragraph, with a button for the glossary. */
    void editCellInWindow() {
        focusedCell().ifPresent(cell -> {
            // the selection alone fills its language's term: the other languages are typed by the person
            CellTextDialog dialog = new CellTextDialog(cell.language(), cell.texts(),
                    (selection, owner) -> glossaryPanel.addConcept(Map.of(cell.language(), selection), owner));
            dialog.initOwner(window.get()); // modal over the workbench, and the keyboard comes back to it afterwards
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
    private Optional<FocusedCell> focusedCell() {
        int r = row();
        if (r < 0 || r >= aligned.rows().size()) {
            return Optional.empty();
        }
        Language l = column();
        List<Integer> units = unitsOf(aligned.rows().get(r), l);
        if (units.isEmpty()) {
            aligned.noticeProperty().set("The cell is empty: there is no text to edit");
            return Optional.empty();
        }
        return Optional.of(new FocusedCell(r, l, units, units.stream().map(u -> aligned.unitText(l, u)).toList(), aligned));
    }
}
