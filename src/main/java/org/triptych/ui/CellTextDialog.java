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
        this(language, texts, null);
    }

    /**
     * @param addToGlossary given the text selected in one of the areas, opens the concept dialog with it as this
     *                      language's term (owned by this dialog); null hides the button
     */
    CellTextDialog(Language language, List<String> texts, java.util.function.BiConsumer<String, javafx.stage.Window> addToGlossary) {
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
        if (addToGlossary != null) {
            javafx.scene.control.Button add = new javafx.scene.control.Button("Add selection to glossary…");
            add.setId("add-selection-to-glossary");
            add.setFocusTraversable(false); // clicking it leaves the text area's selection in place
            add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> selected(areas).isEmpty(),
                    areas.stream().map(TextArea::selectedTextProperty).toArray(javafx.beans.Observable[]::new)));
            add.setOnAction(e -> addToGlossary.accept(selected(areas), getDialogPane().getScene().getWindow()));
            box.getChildren().add(add);
        }
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? areas.stream().map(TextArea::getText).toList() : null);
    }

    private static String selected(List<TextArea> areas) {
        return areas.stream().map(TextArea::getSelectedText).map(String::strip).filter(t -> !t.isEmpty())
                .findFirst().orElse("");
    }

    Optional<List<String>> ask() {
        return showAndWait();
    }
}
