package org.triptych.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.triptych.model.Language;

/**
 * The nodes of a back-translation column: a caption, one read-only lighter cell per row (for the aligned view's row
 * to place beside the version's cell), and, until the row cell does that, a list of the rows' back-translations
 * that follows the selected row.
 */
final class BackTranslationColumn {

    private BackTranslationColumn() {
    }

    /** "Русский → English (MT)", as wide as a version column. */
    static Label caption(Language version, DoubleExpression width) {
        Label l = new Label(BackTranslations.caption(version));
        l.getStyleClass().addAll("column-caption", "back-translation-caption");
        bindWidth(l, width);
        return l;
    }

    /** Row {@code row}'s back-translation of {@code version}; follows the map (weakly: row nodes are rebuilt). */
    static Label cell(BackTranslations back, Language version, int row, DoubleExpression width) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("back-translation");
        l.textProperty().bind(Bindings.valueAt(back.rowTexts(version), row));
        bindWidth(l, width);
        return l;
    }

    private static void bindWidth(Label l, DoubleExpression width) {
        l.minWidthProperty().bind(width);
        l.prefWidthProperty().bind(width);
        l.maxWidthProperty().bind(width);
    }

    /** A list with a line per row of the aligned view; selecting one selects that row, and the other way round. */
    static VBox list(AlignedViewModel model, BackTranslations back, Language version) {
        ListView<LinkRow> rows = new ListView<>(model.rows());
        rows.getStyleClass().add("back-translation-list");
        rows.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(LinkRow item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty ? null : back.rowTexts(version).get(getIndex());
                setText(empty ? null : (getIndex() + 1) + "  " + (text == null ? "—" : text));
                setWrapText(true);
                setPrefWidth(1);
                getStyleClass().remove("back-translation");
                if (!empty) {
                    getStyleClass().add("back-translation");
                }
            }
        });
        back.rowTexts(version).addListener((javafx.collections.MapChangeListener<Integer, String>) c -> rows.refresh());
        model.selectedRowProperty().addListener((o, a, b) -> {
            int r = b.intValue();
            if (r >= 0 && r != rows.getSelectionModel().getSelectedIndex()) {
                rows.getSelectionModel().select(r);
                rows.scrollTo(r);
            }
        });
        rows.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() != model.selectedRowProperty().get()) {
                model.selectedRowProperty().set(b.intValue());
            }
        });
        Label title = new Label(BackTranslations.caption(version) + " — this session only, not saved");
        title.getStyleClass().add("back-translation-caption");
        VBox box = new VBox(4, title, rows);
        VBox.setVgrow(rows, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
