package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triptych.model.Language;

/**
 * Edit ▸ Find (Ctrl+F) and Replace (Ctrl+H): a bar above the aligned view. Enter finds the next match (Shift+Enter
 * the previous), Escape closes the bar and takes its highlights away. The options wrap onto a second line in a
 * narrow window instead of being cut off.
 */
final class FindBar extends VBox {

    private final FindReplaceModel model;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final HBox replaceRow;
    private final ComboBox<Language> column = new ComboBox<>();
    private final AlignedViewModel aligned;

    FindBar(FindReplaceModel model, AlignedViewModel aligned) {
        super(4);
        this.model = model;
        this.aligned = aligned;
        getStyleClass().add("find-bar");
        setId("find-bar");
        find.setId("find-text");
        find.setPromptText("Find in the columns");
        find.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(find, Priority.ALWAYS);
        find.setPrefColumnCount(18);
        replace.setId("replace-text");
        replace.setPromptText("Replace with");
        replace.textProperty().bindBidirectional(model.replacementProperty());
        HBox.setHgrow(replace, Priority.ALWAYS);
        replace.setPrefColumnCount(18);

        column.setId("find-column");
        column.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "All columns" : "\u2068" + l.displayName() + "\u2069";
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        column.setOnShowing(e -> fillColumns());
        fillColumns();
        column.valueProperty().bindBidirectional(model.columnProperty());

        CheckBox whole = check("find-whole-word", "Whole word", model.wholeWordProperty());
        CheckBox regex = check("find-regex", "Regular expression", model.regexProperty());
        CheckBox caseBox = check("find-match-case", "Match case", model.matchCaseProperty());
        CheckBox arabic = check("find-arabic", "Arabic: ignore tashkeel, fold hamza and alef", model.arabicFoldingProperty());

        Button next = button("find-next", "Next", model::next);
        Button previous = button("find-previous", "Previous", model::previous);
        Button all = button("find-all", "Find all", model::findAll);
        Label count = new Label();
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.textProperty().bind(model.summaryProperty());
        Button close = button("find-close", "✕", this::close);

        HBox findRow = new HBox(6, new Label("Find"), find, previous, next, all, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button one = button("replace-one", "Replace", model::replaceCurrent);
        Button every = button("replace-all", "Replace all", model::replaceAll);
        replaceRow = new HBox(6, new Label("Replace"), replace, one, every);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane options = new FlowPane(10, 2, column, whole, regex, caseBox, arabic, count);
        options.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow, options);

        find.setOnAction(e -> model.next());
        replace.setOnAction(e -> model.replaceCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                model.previous();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** "All columns" and one entry per version of the open project. */
    private void fillColumns() {
        Language chosen = column.getValue();
        List<Language> items = new ArrayList<>();
        items.add(null);
        aligned.article().versions().forEach(v -> items.add(v.language()));
        if (!column.getItems().equals(items)) {
            column.getItems().setAll(items);
            column.setValue(items.contains(chosen) ? chosen : null);
        }
    }

    /** Ctrl+F (replace false) or Ctrl+H (true): the bar opens with the selection's text, if any, and the caret in it. */
    void open(boolean withReplace) {
        fillColumns();
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        setVisible(true);
        setManaged(true);
        model.activeProperty().set(true);
        find.requestFocus();
        find.selectAll();
    }

    void close() {
        model.close();
        setVisible(false);
        setManaged(false);
        aligned.noticeProperty().set("");
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node list = getScene() == null ? null : getScene().lookup("#aligned-list");
            if (list != null) {
                list.requestFocus();
            }
        });
    }

    /**
     * Ctrl+F and Ctrl+H reach the bar from anywhere in the window. A text field would take Ctrl+H for itself (it
     * deletes the character before the caret), so the window's own filter answers the keys before any field does.
     */
    void installShortcuts(javafx.scene.Node root, Runnable first) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && (e.getCode() == KeyCode.H || e.getCode() == KeyCode.F)) {
                e.consume();
                first.run(); // an open cell editor keeps its text first, as before any command
                open(e.getCode() == KeyCode.H);
            }
        });
    }

    boolean isOpen() {
        return isVisible();
    }

    FindReplaceModel model() {
        return model;
    }
}
