package org.triptych.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Adds or edits a glossary concept: id (suggested from the English term until the person types one), type, note, and
 * per language one or more terms with their status; and the glossary file it is saved to. What the dialog does not
 * show is kept when a concept is edited: each term's note, source and matching options stay with its row (also when
 * its text is corrected), and the concept keeps its source.
 */
final class ConceptDialog extends Dialog<ConceptDialog.Result> {

    /** The concept as filled in, and the file to save it to. */
    record Result(Concept concept, String file) {
    }

    private static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN);

    private final TextField id = new TextField();
    private final Map<Language, VBox> termBoxes = new LinkedHashMap<>();
    private boolean idTyped;

    /**
     * @param existing a concept to edit, or null for a new one
     * @param prefill  for a new concept, a first term per language (a selection in the text)
     * @param files    the project's glossary files; the first is the default target unless {@code file} is given
     * @param takenIds ids of the other concepts: OK stays off while the id is one of them
     */
    ConceptDialog(Concept existing, Map<Language, String> prefill, List<String> files, String file, java.util.Set<String> takenIds) {
        setTitle(existing == null ? "Add concept" : "Edit concept " + existing.id());
        setResizable(true);
        id.setId("concept-id");
        ChoiceBox<ConceptType> type = new ChoiceBox<>();
        type.getItems().setAll(ConceptType.values());
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ConceptType t) {
                return t == null ? "" : t.code();
            }

            @Override
            public ConceptType fromString(String s) {
                return ConceptType.parse(s);
            }
        });
        type.setValue(existing == null ? ConceptType.PERSON : existing.type());
        TextField note = new TextField(existing == null ? "" : existing.note());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Id"), id);
        grid.addRow(1, new Label("Type"), type);
        grid.addRow(2, new Label("Note"), note);
        int row = 3;
        for (Language l : LANGUAGES) {
            VBox box = new VBox(4);
            box.setId("terms-" + l.code());
            termBoxes.put(l, box);
            List<Term> terms = existing == null ? List.of() : existing.terms(l);
            if (terms.isEmpty()) {
                String pre = prefill == null ? null : prefill.get(l);
                addTerm(l, pre == null ? "" : pre.strip(), TermStatus.PREFERRED);
            } else {
                terms.forEach(t -> addTerm(l, t));
            }
            Button more = new Button("+ term");
            more.setOnAction(e -> addTerm(l, "", TermStatus.ADMITTED));
            // ParagraphText, not a Label: the Arabic name of the language (the project's rule for any Arabic text)
            grid.addRow(row++, ParagraphText.create(l.displayName(), false, javafx.scene.text.Font.font(13)), new VBox(4, box, more));
        }
        if (existing != null) {
            id.setText(existing.id());
            idTyped = true;
        } else {
            id.setText(GlossaryViewModel.suggestId(firstTerm(Language.ENGLISH)));
        }
        id.textProperty().addListener((o, a, b) -> {
            if (!b.equals(GlossaryViewModel.suggestId(firstTerm(Language.ENGLISH)))) {
                idTyped = true;
            }
        });
        ComboBox<String> target = new ComboBox<>();
        target.setId("concept-file");
        target.getItems().setAll(files);
        target.setValue(file != null ? file : files.isEmpty() ? null : files.get(0));
        target.setMaxWidth(Double.MAX_VALUE);
        Button newFile = new Button("New file…");
        newFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the concept to a new glossary");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("TBX", "*.tbx"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                target.getItems().add(f.getAbsolutePath());
                target.setValue(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(target, Priority.ALWAYS);
        grid.addRow(row, new Label("Save to"), new HBox(6, target, newFile));
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Label taken = new Label("This id is already used by another concept");
        taken.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> takenIds.contains(id.getText().strip()) && (existing == null || !existing.id().equals(id.getText().strip())),
                id.textProperty()));
        grid.add(taken, 1, row + 1);
        Label copied = new Label("The sample glossary is Triptych's own: at this save it is copied to your glossaries"
                + " folder, and the project uses your copy from then on");
        copied.setId("concept-file-copied");
        copied.setWrapText(true);
        copied.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> target.getValue() != null && org.triptych.workbench.GlossaryEdits.isBundledCopy(target.getValue()),
                target.valueProperty()));
        copied.managedProperty().bind(copied.visibleProperty());
        grid.add(copied, 1, row + 2);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> id.getText().isBlank() || target.getValue() == null || taken.isVisible(),
                id.textProperty(), target.valueProperty(), taken.visibleProperty()));
        // typing starts in the first empty term field (English for a new concept, the gap beside a selection)
        setOnShown(e -> termBoxes.values().stream().map(b -> (TextField) ((HBox) b.getChildren().get(0)).getChildren().get(0))
                .filter(f -> f.getText().isEmpty()).findFirst().ifPresent(TextField::requestFocus));
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<Language, List<Term>> terms = new LinkedHashMap<>();
            for (Language l : LANGUAGES) {
                List<Term> list = new ArrayList<>();
                for (Node n : termBoxes.get(l).getChildren()) {
                    HBox h = (HBox) n;
                    String text = ((TextField) h.getChildren().get(0)).getText();
                    @SuppressWarnings("unchecked")
                    TermStatus s = ((ChoiceBox<TermStatus>) h.getChildren().get(1)).getValue();
                    if (!text.isBlank()) {
                        list.add(h.getUserData() instanceof Term was ? new Term(text, s, was.caseSensitive(),
                                was.exactForm(), was.acronym(), was.shortForm(), was.note(), was.source()) : Term.of(text, s));
                    }
                }
                terms.put(l, list);
            }
            if (existing != null) { // languages the dialog does not show are kept
                existing.terms().forEach(terms::putIfAbsent);
            }
            return new Result(new Concept(id.getText().strip(), type.getValue(), note.getText().strip(), terms,
                    existing == null ? "" : existing.source()), target.getValue());
        });
    }

    /** The text typed in a language's first term field. */
    String firstTerm(Language l) {
        VBox box = termBoxes.get(l);
        if (box == null || box.getChildren().isEmpty()) {
            return "";
        }
        return ((TextField) ((HBox) box.getChildren().get(0)).getChildren().get(0)).getText();
    }

    String idText() {
        return id.getText();
    }

    /** A row for a term the concept has: the row keeps the term, so what it does not show survives an edit. */
    private void addTerm(Language l, Term term) {
        addTerm(l, term.text(), term.status());
        VBox box = termBoxes.get(l);
        box.getChildren().get(box.getChildren().size() - 1).setUserData(term);
    }

    private void addTerm(Language l, String text, TermStatus status) {
        TextField field = new TextField(text);
        field.setPrefColumnCount(24);
        // A one-line field: the RTL wrapping bug of TextArea and Label does not arise here.
        field.setNodeOrientation(l.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ChoiceBox<TermStatus> s = new ChoiceBox<>();
        s.getItems().setAll(TermStatus.values());
        s.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TermStatus t) {
                return t == null ? "" : t.code();
            }

            @Override
            public TermStatus fromString(String v) {
                return TermStatus.parse(v).orElse(TermStatus.ADMITTED);
            }
        });
        s.setValue(status);
        HBox h = new HBox(6, field, s);
        termBoxes.get(l).getChildren().add(h);
        if (l.equals(Language.ENGLISH) && termBoxes.get(l).getChildren().size() == 1) {
            field.textProperty().addListener((o, a, b) -> {
                if (!idTyped) {
                    id.setText(GlossaryViewModel.suggestId(b));
                    idTyped = false;
                }
            });
        }
    }

    Optional<Result> ask() {
        return showAndWait();
    }
}
