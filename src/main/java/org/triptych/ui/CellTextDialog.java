package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import org.triptych.model.Language;

/**
 * Edits the text of a cell's units, one text area each. A right-to-left TextArea in JavaFX 21 clips a long Arabic
 * first line while typing, so each area has a live preview under it laid out by {@link ParagraphText}, which wraps
 * Arabic correctly: what is saved can always be read there.
 */
final class CellTextDialog extends Dialog<List<String>> {

    CellTextDialog(Language language, List<String> texts) {
        setTitle("Edit " + language.displayName() + " text");
        VBox box = new VBox(8);
        box.setPrefWidth(640);
        List<TextArea> areas = new ArrayList<>();
        boolean rtl = language.isRightToLeft();
        Font font = rtl ? Font.font("Noto Naskh Arabic", 16) : Font.font("Noto Sans", 14);
        for (String t : texts) {
            TextArea area = new TextArea(t);
            area.setWrapText(true);
            area.setPrefRowCount(4);
            area.setFont(font);
            area.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            areas.add(area);
            box.getChildren().add(area);
            if (rtl) {
                VBox preview = new VBox();
                preview.getStyleClass().add("edit-preview");
                Runnable show = () -> {
                    TextFlow flow = ParagraphText.create(area.getText(), true, font);
                    flow.setPrefWidth(620);
                    preview.getChildren().setAll(new Label("Preview"), flow);
                };
                area.textProperty().addListener((o, a, b) -> show.run());
                show.run();
                box.getChildren().add(preview);
            }
        }
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? areas.stream().map(TextArea::getText).toList() : null);
    }

    Optional<List<String>> ask() {
        return showAndWait();
    }
}
