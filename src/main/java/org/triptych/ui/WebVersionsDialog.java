package org.triptych.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.triptych.model.Language;
import org.triptych.workbench.WebVersions;

/**
 * The other versions a page links to, offered for the new project: one row per version with the address found
 * (ticked) or an empty field to paste one into; the person may change, untick or add addresses.
 */
final class WebVersionsDialog extends Dialog<Map<Language, String>> {

    WebVersionsDialog(Language opened, Map<Language, String> found, List<Language> wanted) {
        setTitle("Other versions");
        setHeaderText(found.isEmpty() ? "The " + opened.displayName() + "\u200E page names no other version: paste the "
                + "addresses of the others, or open it alone"
                : "The " + opened.displayName() + "\u200E page links to these versions: open them with it?");
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Map<Language, CheckBox> ticks = new LinkedHashMap<>();
        Map<Language, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (Language l : wanted) {
            String address = found.getOrDefault(l, "");
            CheckBox tick = new CheckBox("\u200E" + l.displayName() + "\u200E");
            tick.setId("web-take-" + l.code());
            tick.setSelected(!address.isEmpty());
            TextField field = new TextField(address);
            field.setId("web-version-" + l.code());
            field.setPromptText("not found on the page: paste its address, or leave it out");
            field.setPrefColumnCount(44);
            field.textProperty().addListener((o, a, b) -> tick.setSelected(WebVersions.isWebAddress(b)));
            GridPane.setHgrow(field, Priority.ALWAYS);
            ticks.put(l, tick);
            fields.put(l, field);
            grid.addRow(row++, tick, field);
        }
        grid.add(new Label("Each page is fetched and kept beside the project when you save it, so it opens offline."), 0,
                row, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b != open) {
                return null;
            }
            Map<Language, String> chosen = new LinkedHashMap<>();
            ticks.forEach((l, t) -> {
                String a = fields.get(l).getText().strip();
                if (t.isSelected() && WebVersions.isWebAddress(a)) {
                    chosen.put(l, a);
                }
            });
            return chosen;
        });
    }
}
