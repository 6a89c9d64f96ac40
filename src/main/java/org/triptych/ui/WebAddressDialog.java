package org.triptych.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triptych.model.Language;
import org.triptych.workbench.WebVersions;

/**
 * File ▸ Open URL: a page's address, which version it is, and whether it starts a new project (the Arabic and Russian
 * versions the page links to are offered next) or replaces that column of the open project.
 */
final class WebAddressDialog extends Dialog<WebAddressRequest> {

    WebAddressDialog(List<Language> languages, boolean projectOpen) {
        setTitle("Open a web page");
        setHeaderText("The address of one version of the article, as your browser shows it");
        setResizable(true);
        TextField address = new TextField();
        address.setId("web-address");
        address.setPromptText("https://…");
        address.setPrefColumnCount(44);
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("web-language");
        language.getItems().setAll(languages);
        language.setValue(languages.get(0));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : "\u200E" + l.displayName() + "\u200E";
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        ToggleGroup scope = new ToggleGroup();
        RadioButton whole = new RadioButton("A new project: the page and the other versions it links to");
        whole.setId("web-new-project");
        RadioButton column = new RadioButton("This version of the open project (its column is replaced; Undo brings it back)");
        column.setId("web-one-column");
        whole.setToggleGroup(scope);
        column.setToggleGroup(scope);
        whole.setSelected(true);
        column.setDisable(!projectOpen);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Address"), address);
        grid.addRow(1, new Label("Version"), language);
        grid.add(new VBox(6, whole, column), 1, 2);
        GridPane.setHgrow(address, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(open);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !WebVersions.isWebAddress(address.getText()),
                address.textProperty()));
        setOnShown(e -> address.requestFocus());
        setResultConverter(b -> b == open ? new WebAddressRequest(address.getText(), language.getValue(),
                whole.isSelected()) : null);
    }
}
