package org.triptych.ui;

import org.triptych.workbench.LinkRow;
import java.util.List;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.workbench.GlossaryTerms;

/**
 * One row of the aligned view: its number, a thin bar whose colour says how sure the link is (solid green once
 * confirmed, amber when flagged for review), and one cell per visible version. Each unit of a cell is its own
 * {@link ParagraphText}, so Arabic wraps right to left inside its column.
 */
final class AlignedRowCell extends ListCell<LinkRow> {


    private final AlignedViewModel model;
    private final AlignedView view;
    private final DoubleExpression columnWidth;

    AlignedRowCell(AlignedViewModel model, AlignedView view, DoubleExpression columnWidth) {
        this.model = model;
        this.view = view;
        this.columnWidth = columnWidth;
        setPrefWidth(0); // the list's width, not the text, decides the row width: no horizontal scrolling
        getStyleClass().add("aligned-row");
    }

    @Override
    protected void updateItem(LinkRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("confirmed", "review");
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        LinkStatus status = row.status();
        if (status == LinkStatus.CONFIRMED) {
            getStyleClass().add("confirmed");
        } else if (status == LinkStatus.REVIEW) {
            getStyleClass().add("review");
        }
        HBox box = view.cachedRow(row);
        if (view.editor() != null && view.editor().row() == getIndex()) {
            box = build(row, status); // the row being edited is never cached: its editor moves between cells
        } else if (box == null || (box.getParent() != null && getGraphic() != box)) {
            box = build(row, status);
            view.cacheRow(row, box);
        }
        Label number = (Label) box.getChildren().get(0);
        number.setText(String.valueOf(getIndex() + 1));
        showNote(number, model.note(getIndex()));
        setText(null);
        setGraphic(box);
        markFocus();
    }

    /** A row with a note shows a pen under its number; the note is the number's tooltip (Edit ▸ Note on this row). */
    private static void showNote(Label number, String note) {
        if (note.isEmpty()) {
            if (number.getGraphic() != null) {
                number.setGraphic(null);
                number.setTooltip(null);
                number.getStyleClass().remove("has-note");
            }
            return;
        }
        Label pen = new Label("✎");
        pen.getStyleClass().add("row-note-marker");
        number.setGraphic(pen);
        number.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        number.setTooltip(new javafx.scene.control.Tooltip(org.triptych.text.BidiIsolates.isolateTerms(note)));
        if (!number.getStyleClass().contains("has-note")) {
            number.getStyleClass().add("has-note");
        }
    }

    @Override
    public void updateSelected(boolean selected) {
        super.updateSelected(selected);
        markFocus();
    }

    /** The frame on the cell the commands act on: the chosen column of the selected row. */
    private void markFocus() {
        if (!(getGraphic() instanceof HBox box)) {
            return;
        }
        Language focused = isSelected() ? model.selectedColumnProperty().get() : null;
        for (javafx.scene.Node n : box.getChildren()) {
            if (n.getStyleClass().contains("link-cell")) {
                boolean on = n.getProperties().get("language").equals(focused);
                if (on && !n.getStyleClass().contains("focused-cell")) {
                    n.getStyleClass().add("focused-cell");
                } else if (!on) {
                    n.getStyleClass().remove("focused-cell");
                }
            }
        }
    }

    /** The row's nodes; built once per row and reused while the row is unchanged (VirtualFlow sizes a row in a
     * scratch cell before showing it, and scrolling back shows it again). */
    private HBox build(LinkRow row, LinkStatus status) {
        Label number = new Label(String.valueOf(getIndex() + 1));
        number.getStyleClass().add("row-number");
        number.setMinWidth(AlignedView.NUMBER_WIDTH);
        number.setPrefWidth(AlignedView.NUMBER_WIDTH);
        Region bar = new Region();
        bar.getStyleClass().add("confidence-bar");
        bar.setMinWidth(AlignedView.BAR_WIDTH);
        bar.setPrefWidth(AlignedView.BAR_WIDTH);
        bar.setStyle("-fx-background-color: " + barColour(row) + ";");
        HBox box = new HBox(number, bar);
        box.setSpacing(6);
        box.setAlignment(Pos.TOP_LEFT);
        List<Language> targets = model.targets();
        if (view.isVisible(Language.ENGLISH)) {
            box.getChildren().add(cell(Language.ENGLISH, row.english(), status));
        }
        for (int t = 0; t < targets.size(); t++) {
            if (view.isVisible(targets.get(t))) {
                box.getChildren().add(cell(targets.get(t), t < row.cells().size() ? row.cells().get(t).units() : List.of(), status));
            }
            if (view.showsBackTranslation(targets.get(t))) {
                box.getChildren().add(BackTranslationColumn.cell(view.backTranslations(), targets.get(t), getIndex(), columnWidth));
            }
        }
        return box;
    }

    private VBox cell(Language language, List<Integer> units, LinkStatus status) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add("link-cell");
        cell.setId(null);
        cell.getProperties().put("language", language);
        cell.setPadding(new Insets(2, 6, 2, 6));
        cell.minWidthProperty().bind(columnWidth);
        cell.prefWidthProperty().bind(columnWidth);
        cell.maxWidthProperty().bind(columnWidth);
        boolean rtl = language.isRightToLeft();
        CellEditor editor = view.editor();
        if (editor != null && editor.row() == getIndex() && editor.language().equals(language)) {
            cell.getChildren().add(editorOrItsSpace(editor));
            cell.getProperties().put("language", language);
            cell.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            return cell;
        }
        for (int u : units) {
            Font font = ParagraphText.fontFor(language);
            if (model.isHeading(language, u)) {
                font = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() + 1);
            }
            if (model.isMachineDraft(language, u, status)) {
                // machine output stays visibly marked until a person edits the text or confirms the row
                javafx.scene.control.Label mt = new javafx.scene.control.Label("MT");
                mt.getStyleClass().add("mt-marker");
                mt.setTooltip(new javafx.scene.control.Tooltip("Machine draft: edit it (F2) or confirm the row (Ctrl+Enter)"));
                cell.getChildren().add(mt);
            }
            String text = model.unitText(language, u);
            TextFlow flow = ParagraphText.create(text, rtl, font, model.highlights().spans(language, u, text));
            decorate(flow);
            flow.maxWidthProperty().bind(columnWidth.subtract(12));
            flow.prefWidthProperty().bind(columnWidth.subtract(12));
            cell.getChildren().add(flow);
        }
        if (units.isEmpty()) {
            cell.getStyleClass().add("empty-cell");
        }
        cell.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        cell.setOnMouseClicked(e -> model.selectedColumnProperty().set(language));
        return cell;
    }

    /**
     * The editor itself, moved into this cell; or, when this cell only measures rows for the list (VirtualFlow's
     * hidden sizing cell), a space as tall as the editor, so the editor is not taken off the screen.
     */
    private javafx.scene.Node editorOrItsSpace(CellEditor editor) {
        if (getParent() != null && !getParent().isVisible()) {
            Region space = new Region();
            double h = editor.prefHeight(columnWidth.get());
            space.setMinHeight(h);
            space.setPrefHeight(h);
            return space;
        }
        if (editor.getParent() instanceof javafx.scene.layout.Pane old) {
            old.getChildren().remove(editor);
        }
        editor.regainFocus();
        return editor;
    }

    /** Hover on a highlighted word names its concept or finding; a click on a finding's word selects it. */
    private void decorate(TextFlow flow) {
        view.hoverTip().attach(flow, AlignedRowCell::describe, f -> model.highlights().select(f));
    }

    /** The hover lines of a word's spans: its concepts and findings, one paragraph each. */
    static String describe(List<?> spans) {
        List<String> lines = new java.util.ArrayList<>();
        for (Object o : spans) {
            Object tag = ((StyledSpan) o).tag();
            if (tag instanceof GlossaryTerms.Found m) {
                lines.add(Highlights.describe(m));
            } else if (tag instanceof Finding f) {
                lines.add(Highlights.describe(f));
            }
        }
        return lines.isEmpty() ? null : String.join("\n\n", lines);
    }

    /** Quiet colours: grey-green when sure, amber when unsure, red-brown when the aligner was guessing. */
    private static String barColour(LinkRow row) {
        if (row.status() == LinkStatus.CONFIRMED) {
            return "#2e7d32";
        }
        if (row.status() == LinkStatus.REVIEW) {
            return "#ef6c00";
        }
        double c = row.confidence();
        return c >= 0.7 ? "#a5c9a8" : c >= 0.4 ? "#e6c36a" : "#d08a7a";
    }
}
