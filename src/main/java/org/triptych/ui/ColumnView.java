package org.triptych.ui;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.triptych.model.Paragraph;

/**
 * One version's column: a caption and a virtualised list of paragraphs that scrolls on its own. Files dropped on
 * the column are imported into it.
 */
final class ColumnView extends VBox {

    private final ListView<Paragraph> list = new ListView<>();

    ColumnView(VersionColumnViewModel model, Consumer<File> onDrop) {
        getStyleClass().add("version-column");
        setMinWidth(220);
        Label caption = new Label();
        caption.textProperty().bind(model.captionProperty());
        caption.getStyleClass().add("column-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        boolean rtl = model.language().isRightToLeft();
        Font font = rtl ? Font.font("Noto Naskh Arabic", 16) : Font.font("Noto Sans", 14);
        list.setItems(model.paragraphs());
        list.setCellFactory(lv -> new ParagraphCell(model.language(), font));
        list.setId("column-" + model.language().code());
        list.setPlaceholder(new Label("Open or drop a " + model.language().displayName() + " file here"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(caption, list);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                onDrop.accept(e.getDragboard().getFiles().get(0));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    ListView<Paragraph> list() {
        return list;
    }
}
