package org.triptych.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Label;
import org.triptych.model.Language;

/**
 * The nodes of a back-translation column: a caption, and one read-only lighter cell per row, which the aligned
 * view places beside the version's cell.
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
}
