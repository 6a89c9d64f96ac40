package org.triptych.ui;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The glossaries the project refers to (TBX or CSV files): add and remove them, undoably; the checks read them.
 * A skeleton: searching, term highlighting and adding a concept from a selection come with the terms engine.
 */
final class GlossaryPanel extends VBox {

    GlossaryPanel(AlignedViewModel model) {
        setPadding(new Insets(6));
        setSpacing(6);
        ListView<String> list = new ListView<>(model.glossaries());
        list.setId("glossaries");
        list.setPlaceholder(new Label("No glossary: Add… a TBX or CSV file"));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button("Add…");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Add a glossary");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Glossaries", "*.tbx", "*.csv"));
            File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                model.addGlossary(f.getAbsolutePath());
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeGlossary(list.getSelectionModel().getSelectedItem()));
        Label note = new Label("Terms are checked with Check ▸ Run checks (F7).");
        note.setWrapText(true);
        getChildren().addAll(list, new HBox(6, add, remove), note);
    }
}
