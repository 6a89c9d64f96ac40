package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.triptych.model.Language;

/**
 * Edits the text of a cell's units in a window of its own, one field each: a TextArea for left-to-right text, a
 * {@link RightToLeftEditor} for Arabic (JavaFX 21's TextArea lays Arabic out wrongly).
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
        List<RightToLeftEditor> editors = new ArrayList<>();
        boolean rtl = language.isRightToLeft();
        Font font = ParagraphText.fontFor(language);
        for (String t : texts) {
            if (rtl) {
                RightToLeftEditor editor = new RightToLeftEditor(t, font);
                editor.setPrefWidth(620);
                editors.add(editor);
                box.getChildren().add(editor);
                continue;
            }
            TextArea area = new TextArea(t);
            area.setWrapText(true);
            area.setPrefRowCount(4);
            area.setFont(font);
            areas.add(area);
            box.getChildren().add(area);
        }
        if (addToGlossary != null) {
            javafx.scene.control.Button add = new javafx.scene.control.Button("Add selection to glossary…");
            add.setId("add-selection-to-glossary");
            add.setFocusTraversable(false); // clicking it leaves the text area's selection in place
            if (!rtl) {
                add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> selected(areas).isEmpty(),
                        areas.stream().map(TextArea::selectedTextProperty).toArray(javafx.beans.Observable[]::new)));
            }
            add.setOnAction(e -> {
                String selection = rtl ? editors.stream().map(RightToLeftEditor::getSelectedText).map(String::strip)
                        .filter(x -> !x.isEmpty()).findFirst().orElse("") : selected(areas);
                if (!selection.isEmpty()) {
                    addToGlossary.accept(selection, getDialogPane().getScene().getWindow());
                }
            });
            box.getChildren().add(add);
        }
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(CellTextDialog.class.getResource("workbench.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b != ButtonType.OK ? null
                : rtl ? editors.stream().map(RightToLeftEditor::getText).toList() : areas.stream().map(TextArea::getText).toList());
    }

    private static String selected(List<TextArea> areas) {
        return areas.stream().map(TextArea::getSelectedText).map(String::strip).filter(t -> !t.isEmpty())
                .findFirst().orElse("");
    }

    Optional<List<String>> ask() {
        return showAndWait();
    }
}
