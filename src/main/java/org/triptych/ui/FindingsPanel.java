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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.triptych.model.Finding;
import org.triptych.model.Severity;
import org.triptych.text.BidiIsolates;

/**
 * The findings of the last check, filtered by kind, language and severity. Clicking a finding selects its row;
 * "Apply" puts its first suggestion in the text (undoable), "Ignore" hides it for good (kept in the project).
 */
final class FindingsPanel extends VBox {

    private static final String ALL = "all";
    private final ListView<Finding> list = new ListView<>();
    private final AlignedViewModel model;
    private final javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 4);

    FindingsPanel(AlignedViewModel model) {
        this.model = model;
        getStyleClass().add("findings-panel");
        setPadding(new Insets(6));
        setSpacing(6);
        setPrefWidth(330);
        setMinWidth(0);
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
        list.setCellFactory(lv -> new FindingCell(lv, model));
        // a finding's line names its row as the window numbers it: rows merged or split renumber the lines
        model.rows().addListener((javafx.collections.ListChangeListener<org.triptych.workbench.LinkRow>) c -> list.refresh());
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
        ignore.setOnAction(e -> settle(model::ignore));
        ignore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        buttons.getChildren().addAll(apply, ignore);
        getChildren().addAll(filters(kind, language, severity), list, buttons);
    }

    /** Three labelled filters side by side, each as wide as a third of the panel (never cut to "…"). */
    private static javafx.scene.layout.GridPane filters(ComboBox<String> kind, ComboBox<String> language,
                                                        ComboBox<String> severity) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(4);
        grid.setVgap(1);
        String[] names = {"Kind", "Language", "Severity"};
        List<ComboBox<String>> boxes = List.of(kind, language, severity);
        for (int i = 0; i < 3; i++) {
            Label l = new Label(names[i]);
            l.getStyleClass().add("filter-label");
            l.setLabelFor(boxes.get(i));
            grid.add(l, i, 0);
            grid.add(boxes.get(i), i, 1);
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(100 / 3.0);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    /**
     * Does something to the selected finding that takes it (and maybe others) off the list, then selects the finding
     * that took its place, so the person goes on down the list.
     */
    void settle(java.util.function.Consumer<Finding> action) {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        action.accept(f);
        selectAt(at);
    }

    private void selectAt(int at) {
        if (list.getItems().isEmpty()) {
            list.getSelectionModel().clearSelection();
            return;
        }
        int i = Math.max(0, Math.min(at, list.getItems().size() - 1));
        list.getSelectionModel().clearAndSelect(i);
        list.scrollTo(Math.max(0, i - 2));
    }

    /**
     * The next ({@code delta} 1) or previous (-1) finding of the list as filtered, selected and jumped to: F8 and
     * Shift+F8. From no selection, the first or the last. Returns whether there was one.
     */
    boolean step(int delta) {
        int n = list.getItems().size();
        if (n == 0) {
            model.noticeProperty().set("No findings to go to: Check ▸ Run checks (F7)");
            return false;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (delta > 0 ? 0 : n - 1) : at + delta;
        if (next < 0 || next >= n) {
            model.noticeProperty().set(delta > 0 ? "That was the last finding" : "That was the first finding");
            return false;
        }
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(Math.max(0, next - 2));
        return true;
    }

    /** Adds the buttons that settle a finding once and for all: ignore all like it, dictionary, glossary. */
    void settleWith(FindingSettlement settlement) {
        Button ignoreAll = new Button("Ignore all like this");
        ignoreAll.setId("ignore-all-like");
        ignoreAll.setOnAction(e -> settle(settlement::ignoreAllLike));
        ignoreAll.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            return f == null || f.text().isBlank();
        }, list.getSelectionModel().selectedItemProperty()));
        Button dictionary = new Button("Add to dictionary");
        dictionary.setId("add-to-dictionary");
        dictionary.setOnAction(e -> settle(settlement::addToDictionary));
        dictionary.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            return f == null || !FindingSettlement.isWord(f);
        }, list.getSelectionModel().selectedItemProperty()));
        Button glossary = new Button("Add to glossary…");
        glossary.setId("add-finding-to-glossary");
        glossary.setOnAction(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null) {
                settlement.addToGlossary(f);
            }
        });
        glossary.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            return f == null || f.text().isBlank();
        }, list.getSelectionModel().selectedItemProperty()));
        buttons.getChildren().addAll(ignoreAll, dictionary, glossary);
    }

    private static ComboBox<String> filter(String what) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add(ALL);
        c.setValue(ALL);
        c.setPromptText(what);
        c.setId("filter-" + what);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setMinWidth(60);
        return c;
    }

    private static boolean matches(ComboBox<String> c, String value) {
        return c.getValue() == null || ALL.equals(c.getValue()) || Objects.equals(c.getValue(), value);
    }

    /**
     * What a finding's line says: where it is (the row as the window numbers it, -1: not placed), what is wrong, the
     * first suggestion. Every right-to-left part is isolated (FSI…PDI), so "use 'هالفورسن' → هالفورسن" keeps its
     * quotes and arrow in place, and an Arabic message reads right to left with its brackets the right way round.
     */
    static String describe(Finding f, int row) {
        return f.severity().code() + " · " + f.kind() + " · " + f.language().code() + " ¶" + (row < 0 ? "?" : row + 1)
                + " — " + (f.text().isEmpty() || f.message().contains(f.text()) ? "" : "‘" + BidiIsolates.isolate(f.text()) + "’: ")
                + BidiIsolates.isolateTerms(f.message())
                + (f.suggestions().isEmpty() ? "" : "  →  " + BidiIsolates.isolate(f.suggestions().get(0)));
    }

    /**
     * A finding's line, laid out by {@link ParagraphText} rather than a wrapping Label: the messages mix Latin and
     * Arabic, and a Label with Arabic in it wraps into JavaFX's right-to-left bug (Arabic painted past the cell's
     * edge). The flow is as wide as the list's viewport, and the cell is as tall as the wrapped flow.
     */
    private static final class FindingCell extends ListCell<Finding> {
        private final ListView<Finding> owner;
        private final AlignedViewModel model;
        private javafx.scene.text.TextFlow flow;

        FindingCell(ListView<Finding> owner, AlignedViewModel model) {
            this.owner = owner;
            this.model = model;
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
            flow = ParagraphText.create(describe(f, model.rowOf(f)), false, getFont());
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
