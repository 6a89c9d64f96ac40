package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.triptych.model.Concept;
import org.triptych.model.Language;
import org.triptych.workbench.GlossaryCandidate;
import org.triptych.workbench.GlossaryEdits;

/**
 * The glossaries tab: searches the concepts of the project's glossaries, adds, edits and deletes concepts (saved back
 * to their file at once; Edit ▸ Undo writes the file's previous content back), lists the glossary files the
 * project refers to (adding and removing them is undoable too), and proposes candidates: names the article's versions
 * share that no glossary holds, each added through the concept dialog.
 */
final class GlossaryPanel extends VBox {

    private final AlignedViewModel model;
    private final GlossaryViewModel glossary;
    private final ListView<Concept> concepts = new ListView<>();

    private final DialogService dialogs;
    private final CandidatesViewModel candidates;

    GlossaryPanel(AlignedViewModel model, GlossaryEdits edits, TaskRunner tasks, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.glossary = new GlossaryViewModel(tasks, edits);
        this.candidates = new CandidatesViewModel(tasks);
        // same list, new content: the highlights read the files again (a new file reloads through the list itself)
        glossary.onFileWritten((file, joined) -> {
            if (!joined) {
                model.highlights().reloadGlossaries();
            }
        }, file -> model.highlights().reloadGlossaries());
        setPadding(new Insets(6));
        setSpacing(6);
        TextField search = new TextField();
        search.setId("glossary-search");
        search.setPromptText("Search terms in any language");
        glossary.queryProperty().bind(search.textProperty());
        concepts.setId("concepts");
        concepts.setItems(glossary.shown());
        concepts.setPlaceholder(new Label("No concept"));
        // a shorter list after a search keeps the old scroll offset and shows its first line cut: start at the top
        glossary.shown().addListener((ListChangeListener<Concept>) c -> concepts.scrollTo(0));
        concepts.setCellFactory(v -> new WrappedLineCell<>(concepts, GlossaryViewModel::line));
        concepts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        concepts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        MenuItem editItem = new MenuItem("Edit…");
        editItem.setOnAction(e -> edit());
        MenuItem deleteItem = new MenuItem("Delete concept…");
        deleteItem.setOnAction(e -> delete());
        editItem.disableProperty().bind(concepts.getSelectionModel().selectedItemProperty().isNull());
        deleteItem.disableProperty().bind(concepts.getSelectionModel().selectedItemProperty().isNull());
        concepts.setContextMenu(new ContextMenu(editItem, deleteItem));
        VBox.setVgrow(concepts, Priority.ALWAYS);
        Button addConcept = new Button("Add concept…");
        addConcept.setOnAction(e -> addConcept(Map.of()));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(concepts.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        Button delete = new Button("Delete…");
        delete.setId("delete-concept");
        delete.disableProperty().bind(concepts.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Label status = new Label();
        status.textProperty().bind(glossary.statusProperty());
        status.setWrapText(true);

        ListView<String> list = new ListView<>(model.glossaries());
        list.setId("glossaries");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("No glossary: Add… a TBX or CSV file"));
        Button add = new Button("Add…");
        add.setOnAction(e -> dialogs.openFile("Add a glossary", "Glossaries", List.of("tbx", "csv", "tsv"), null)
                .ifPresent(f -> model.addGlossary(f.toAbsolutePath().toString())));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeGlossary(list.getSelectionModel().getSelectedItem()));
        Button saveAs = new Button("Save as…");
        saveAs.setId("glossary-save-as");
        saveAs.setOnAction(e -> new GlossarySaveAs(dialogs, tasks, model::glossaries, glossary.statusProperty()::set).run());
        Label note = new Label("Terms are checked with Check ▸ Run checks (F7).");
        note.setWrapText(true);
        list.setMinHeight(56); // a path must show, however short the window (it went down to its scroll bar)
        // the candidates fold away until asked for: at 1024×640 the panel has no room for every list open at once
        javafx.scene.control.TitledPane candidatesPane = new javafx.scene.control.TitledPane("Candidates",
                candidatesList(tasks));
        candidatesPane.setId("candidates-pane");
        candidatesPane.setExpanded(false);
        candidatesPane.setAnimated(false);
        getChildren().addAll(search, concepts, buttons(addConcept, edit, delete), status,
                new Label("Glossary files"), list, buttons(add, remove, saveAs), note, candidatesPane);
        model.glossaries().addListener((ListChangeListener<String>) c -> glossary.load(model.glossaries()));
        glossary.load(model.glossaries());
    }

    /** A row of buttons that wraps when the panel is narrow, each button keeping its whole label. */
    private static javafx.scene.layout.FlowPane buttons(Button... all) {
        for (Button b : all) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return new javafx.scene.layout.FlowPane(6, 6, all);
    }

    /**
     * Names every version of the open article writes that no glossary holds: Find runs the search off the FX thread;
     * Add… (or a double click) opens the concept dialog with the candidate's terms, to edit before it is added.
     */
    private VBox candidatesList(TaskRunner tasks) {
        ListView<GlossaryCandidate> list = new ListView<>(candidates.items());
        list.setId("candidates");
        list.setPrefHeight(150);
        list.setMinHeight(150); // opened, it takes its room from the concepts above: two or three wrapped candidates
        Label empty = new Label("Find: names the versions share, proposed for the glossary");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        // wrapped as the concepts above are: a candidate's three names rarely fit the panel's width, and a line cut at
        // the edge hides the Russian a person is asked to check
        list.setCellFactory(v -> new WrappedLineCell<>(list, CandidatesViewModel::line));
        // the cells size their wrap from the list's width: lay them out again when it changes
        list.widthProperty().addListener((o, was, now) -> list.refresh());
        Button find = new Button("Find");
        find.setId("find-candidates");
        find.setOnAction(e -> candidates.extract(model.stateProperty().get()));
        Button addCandidate = new Button("Add…");
        addCandidate.setId("add-candidate");
        addCandidate.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        addCandidate.setOnAction(e -> addCandidate(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addCandidate(list.getSelectionModel().getSelectedItem());
            }
        });
        Label status = new Label();
        status.textProperty().bind(candidates.statusProperty());
        status.setWrapText(true);
        // its full height, so it wraps rather than end in "…" when the panel is narrow (1024×640)
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(6, list, new HBox(6, find, addCandidate), status);
    }

    private void addCandidate(GlossaryCandidate c) {
        if (c != null && open(null, CandidatesViewModel.prefill(c), null,
                getScene() == null ? null : getScene().getWindow())) {
            candidates.added(c);
        }
    }

    /** Opens the concept dialog for a new concept, its first terms filled from {@code prefill} (a text selection). */
    void addConcept(Map<Language, String> prefill) {
        addConcept(prefill, getScene() == null ? null : getScene().getWindow());
    }

    /** As {@link #addConcept(Map)}, the dialog owned by {@code owner} (the cell-text dialog it was opened from). */
    void addConcept(Map<Language, String> prefill, Window owner) {
        open(null, prefill, null, owner);
    }

    private void edit() {
        Concept c = concepts.getSelectionModel().getSelectedItem();
        if (c != null) {
            open(c, Map.of(), glossary.fileOf(c.id()).orElse(null), getScene() == null ? null : getScene().getWindow());
        }
    }

    /** Deletes the selected concept from the file it was read from, after the person confirms (undoable). */
    private void delete() {
        Concept c = concepts.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        Optional<String> file = glossary.fileOf(c.id());
        if (file.isEmpty()) {
            model.noticeProperty().set("The concept '" + c.label() + "' is in no glossary file any more");
            return;
        }
        if (dialogs.confirm("Delete this concept?", deleteQuestion(c, file.get()), "Delete", "Cancel")) {
            glossary.delete(c, file.get(), problem -> model.noticeProperty().set("Concept not deleted: " + problem));
        }
    }

    /** What the confirmation asks: names the concept (its label and id) and the file. */
    static String deleteQuestion(Concept c, String file) {
        return "Delete the concept '" + c.label() + "' (" + c.id() + ") from " + Path.of(file).getFileName()
                + "? Edit ▸ Undo brings it back.";
    }

    /** Opens the concept dialog; whether the person confirmed it (the concept then goes to its file, undoably). */
    private boolean open(Concept existing, Map<Language, String> prefill, String file, Window owner) {
        Optional<ConceptDialog.Result> answer = dialogs.concept(existing, prefill, glossary.files(),
                file != null ? file : glossary.defaultTarget(), glossary.ids(), owner);
        answer.ifPresent(r -> glossary.put(r.concept(), existing == null ? null : existing.id(), r.file(),
                problem -> model.noticeProperty().set("Glossary not saved: " + problem)));
        return answer.isPresent();
    }

    /** Edit ▸ Preferences: the glossary new concepts go to (while the project uses it). */
    void preferTarget(String file) {
        glossary.preferTarget(file);
    }

    /** The glossary files the panel read (for the concept dialog's default target). */
    List<String> files() {
        return glossary.files();
    }

    /** A list cell showing its item as one line of text that wraps within the list instead of running past its edge. */
    private static final class WrappedLineCell<T> extends ListCell<T> {
        private final ListView<T> list;
        private final java.util.function.Function<T, String> line;

        WrappedLineCell(ListView<T> list, java.util.function.Function<T, String> line) {
            this.list = list;
            this.line = line;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setPrefHeight(USE_COMPUTED_SIZE);
                return;
            }
            // ParagraphText, not a Label: the line holds Arabic, which a Label wraps wrongly.
            TextFlow flow = ParagraphText.create(line.apply(item), false, Font.font(13));
            // narrower than the list (its scroll bar and cell padding), so the line wraps instead of scrolling sideways
            flow.setPrefWidth(Math.max(100, list.getWidth() - 44));
            flow.setMaxWidth(Math.max(100, list.getWidth() - 44));
            // the list reuses a cell's old height when its items change: size it for this line's wrap
            setPrefHeight(flow.prefHeight(flow.getPrefWidth()) + 6);
            setGraphic(flow);
        }
    }
}
