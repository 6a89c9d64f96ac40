package org.triptych.ui;

import java.util.List;
import java.util.Objects;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.triptych.model.Finding;
import org.triptych.model.Severity;

/**
 * The findings of the last check, filtered by kind, language and severity. Clicking a finding selects its row;
 * "Apply" puts its first suggestion in the text (undoable), "Ignore" hides it for good (kept in the project).
 */
final class FindingsPanel extends VBox {

    private static final String ALL = "all";
    private final ListView<Finding> list = new ListView<>();

    FindingsPanel(AlignedViewModel model) {
        getStyleClass().add("findings-panel");
        setPadding(new Insets(6));
        setSpacing(6);
        setPrefWidth(330);
        ComboBox<String> kind = filter("kind");
        ComboBox<String> language = filter("language");
        ComboBox<String> severity = filter("severity");
        for (Severity s : Severity.values()) {
            severity.getItems().add(s.code());
        }
        FilteredList<Finding> shown = new FilteredList<>(model.findings());
        // the filters' choices follow the findings; the filter itself is set only when a choice changes, since
        // FilteredList follows changes of its source by itself
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Set<String> languages = new java.util.HashSet<>();
        model.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> {
            List<String> newKinds = new java.util.ArrayList<>();
            List<String> newLanguages = new java.util.ArrayList<>();
            for (Finding f : model.findings()) {
                if (kinds.add(f.kind())) {
                    newKinds.add(f.kind());
                }
                if (languages.add(f.language().code())) {
                    newLanguages.add(f.language().code());
                }
            }
            kind.getItems().addAll(newKinds);
            language.getItems().addAll(newLanguages);
        });
        Runnable filter = () -> shown.setPredicate(f -> matches(kind, f.kind()) && matches(language, f.language().code())
                && matches(severity, f.severity().code()));
        for (ComboBox<String> c : List.of(kind, language, severity)) {
            c.valueProperty().addListener((o, a, b) -> filter.run());
        }
        list.setId("findings");
        list.setItems(shown);
        // a click on an underlined word in the text selects its finding here too
        model.highlights().selectedFindingProperty().addListener((o, a, f) -> {
            if (f != null && shown.contains(f)) {
                list.getSelectionModel().select(f);
                list.scrollTo(f);
            }
        });
        list.setPlaceholder(new Label("No findings. Check ▸ Run checks (F7)"));
        list.setCellFactory(lv -> new FindingCell(lv));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                model.jumpTo(f);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button apply = new Button("Apply suggestion");
        apply.setId("apply-suggestion");
        apply.setOnAction(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f == null || f.suggestions().isEmpty()) {
                model.noticeProperty().set("This finding has no suggestion: edit the cell (F2)");
                return;
            }
            if (f.suggestions().size() == 1) {
                model.applySuggestion(f, f.suggestions().get(0));
            } else {
                javafx.scene.control.ChoiceDialog<String> which = new javafx.scene.control.ChoiceDialog<>(
                        f.suggestions().get(0), f.suggestions());
                which.setHeaderText("Replace '" + f.text() + "' with");
                which.showAndWait().ifPresent(chosen -> model.applySuggestion(f, chosen));
            }
        });
        apply.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button ignore = new Button("Ignore");
        ignore.setId("ignore-finding");
        ignore.setOnAction(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null) {
                model.ignore(f);
            }
        });
        ignore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(new HBox(4, kind, language, severity), list, new HBox(6, apply, ignore));
    }

    private static ComboBox<String> filter(String what) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add(ALL);
        c.setValue(ALL);
        c.setPromptText(what);
        c.setId("filter-" + what);
        return c;
    }

    private static boolean matches(ComboBox<String> c, String value) {
        return c.getValue() == null || ALL.equals(c.getValue()) || Objects.equals(c.getValue(), value);
    }

    /** What a finding's line says: where it is, what is wrong, the first suggestion. */
    static String describe(Finding f) {
        return f.severity().code() + " · " + f.kind() + " · " + f.language().code() + " ¶" + (f.unit() + 1)
                + " — " + (f.text().isEmpty() || f.message().contains(f.text()) ? "" : "‘" + f.text() + "’: ") + f.message()
                + (f.suggestions().isEmpty() ? "" : "  →  " + f.suggestions().get(0));
    }

    /**
     * A finding's line, laid out by {@link ParagraphText} rather than a wrapping Label: the messages mix Latin and
     * Arabic, and a Label with Arabic in it wraps into JavaFX's right-to-left bug (Arabic painted past the cell's
     * edge). The flow is as wide as the list's viewport, and the cell is as tall as the wrapped flow.
     */
    private static final class FindingCell extends ListCell<Finding> {
        private final ListView<Finding> owner;
        private javafx.scene.text.TextFlow flow;

        FindingCell(ListView<Finding> owner) {
            this.owner = owner;
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                flow = null;
                setGraphic(null);
                return;
            }
            flow = ParagraphText.create(describe(f), false, getFont());
            flow.setId("finding-text");
            setGraphic(flow);
        }

        /** The width the text may take: the list's width less its borders, the scroll bar and the cell's padding. */
        private double textWidth() {
            double w = owner.getWidth() - owner.snappedLeftInset() - owner.snappedRightInset() - 18
                    - snappedLeftInset() - snappedRightInset();
            return Math.max(40, w);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (flow == null) {
                return super.computePrefHeight(width);
            }
            return flow.prefHeight(textWidth()) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            if (flow != null) {
                double w = textWidth();
                flow.setPrefWidth(w);
                flow.setMaxWidth(w);
            }
            super.layoutChildren();
        }
    }

    ListView<Finding> list() {
        return list;
    }
}
