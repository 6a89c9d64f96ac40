package org.triptych.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.triptych.model.Language;

/**
 * File ▸ New project: the English, Arabic and Russian files, picked with Browse… or dropped (on a row, or several at
 * once on the dialog: a name such as {@code story.ar.docx} or {@code ru.txt} says its language), and the glossary to
 * check against. English is required; a version left empty is simply not in the project.
 */
final class NewProjectDialog extends Dialog<NewProjectRequest> {

    static final String NO_GLOSSARY = "No glossary";
    private static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN);

    private final Map<Language, TextField> fields = new LinkedHashMap<>();
    private final ComboBox<String> glossary = new ComboBox<>();

    NewProjectDialog(List<String> glossaries) {
        setTitle("New project");
        setHeaderText("The versions of one article: English is the pivot the others are aligned to");
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        for (Language l : LANGUAGES) {
            TextField path = new TextField();
            path.setId("new-" + l.code());
            path.setPromptText(l.equals(Language.ENGLISH) ? "required: pick or drop a file" : "optional");
            path.setPrefColumnCount(36);
            GridPane.setHgrow(path, Priority.ALWAYS);
            acceptDrops(path, l);
            Button browse = new Button("Browse…");
            browse.setOnAction(e -> browse(l));
            fields.put(l, path);
            grid.addRow(row++, new Label("\u200E" + l.displayName() + "\u200E"), path, browse);
        }
        glossary.setId("new-glossary");
        glossary.getItems().add(NO_GLOSSARY);
        glossary.getItems().addAll(glossaries);
        glossary.setValue(glossaries.isEmpty() ? NO_GLOSSARY : glossaries.get(0));
        glossary.setMaxWidth(Double.MAX_VALUE);
        Button pickGlossary = new Button("Browse…");
        pickGlossary.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Glossary");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Glossaries", "*.tbx", "*.csv", "*.tsv"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                glossary.getItems().add(f.getAbsolutePath());
                glossary.setValue(f.getAbsolutePath());
            }
        });
        grid.addRow(row, new Label("Glossary"), glossary, pickGlossary);
        getDialogPane().setContent(grid);
        getDialogPane().setOnDragOver(this::dragOver);
        getDialogPane().setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            for (File f : files) {
                place(f.toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        ButtonType create = new ButtonType("Create and align", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().lookupButton(create).disableProperty().bind(fields.get(Language.ENGLISH).textProperty().isEmpty());
        setResultConverter(b -> b == create ? request() : null);
        setOnShown(e -> fields.get(Language.ENGLISH).requestFocus()); // the keyboard starts where the first answer goes
    }

    private NewProjectRequest request() {
        Map<Language, Path> files = new LinkedHashMap<>();
        fields.forEach((l, f) -> {
            if (!f.getText().isBlank()) {
                files.put(l, Path.of(f.getText().strip()));
            }
        });
        String g = glossary.getValue();
        return new NewProjectRequest(files, g == null || g.equals(NO_GLOSSARY) ? List.of() : List.of(g));
    }

    private void browse(Language l) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The " + l.displayName() + " version");
        List<String> patterns = new ArrayList<>();
        for (String ext : org.triptych.io.document.DocumentImporter.EXTENSIONS) {
            patterns.add("*." + ext);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", patterns));
        File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            fields.get(l).setText(f.getAbsolutePath());
        }
    }

    private void acceptDrops(TextField field, Language l) {
        field.setOnDragOver(this::dragOver);
        field.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files.size() == 1) {
                field.setText(files.get(0).getAbsolutePath());
            } else {
                files.forEach(f -> place(f.toPath()));
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    /** A dropped file goes to the row its name names, else to the first empty row. */
    void place(Path file) {
        Language named = languageNamed(file.getFileName().toString());
        TextField target = named != null ? fields.get(named)
                : fields.values().stream().filter(f -> f.getText().isBlank()).findFirst().orElse(null);
        if (target != null) {
            target.setText(file.toAbsolutePath().toString());
        }
    }

    /** "story.ar.docx", "ar.txt", "story-ru.pdf", "story_en.html": the language a file's name gives, or null. */
    static Language languageNamed(String fileName) {
        String[] parts = fileName.toLowerCase(Locale.ROOT).split("[._\\-\\s]+");
        for (int i = parts.length - 2; i >= 0; i--) { // the extension never names the language
            for (Language l : LANGUAGES) {
                if (parts[i].equals(l.code())) {
                    return l;
                }
            }
        }
        return null;
    }
}
