package org.triptych.ui;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextFlow;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;

/** A list cell showing a paragraph number and the paragraph wrapped to the column width, in the column's direction. */
final class ParagraphCell extends ListCell<Paragraph> {

    private final Language language;
    private final Font font;

    ParagraphCell(Language language, Font font) {
        this.language = language;
        this.font = font;
        setPrefWidth(0); // let the list's width, not the text, decide the cell width: no horizontal scrolling
        getStyleClass().add("paragraph-cell");
    }

    @Override
    protected void updateItem(Paragraph paragraph, boolean empty) {
        super.updateItem(paragraph, empty);
        if (empty || paragraph == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label number = new Label(String.valueOf(getIndex() + 1));
        number.getStyleClass().add("paragraph-number");
        number.setMinWidth(28);
        Font shown = paragraph.kind() == ParagraphKind.HEADING
                ? Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() + 1) : font;
        TextFlow flow = ParagraphText.create(paragraph.text(), language.isRightToLeft(), shown);
        HBox row = new HBox(6, number, flow);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(flow, Priority.ALWAYS);
        row.setNodeOrientation(language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (getListView() != null) {
            flow.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
            flow.maxWidthProperty().bind(getListView().widthProperty().subtract(60));
        }
        setText(null);
        setGraphic(row);
    }
}
