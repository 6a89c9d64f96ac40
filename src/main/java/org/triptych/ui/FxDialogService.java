package org.triptych.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triptych.model.Concept;
import org.triptych.model.Language;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.triptych.workbench.DraftCommands;

/** The window's answers to {@link DialogService}: modal dialogs owned by the main window. */
final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    /** The translation memories listed in the MT dialog, kept for the session so the next draft uses them too. */
    private final javafx.collections.ObservableList<String> memories = FXCollections.observableArrayList();

    FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner.get());
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String header, String text, String yes, String no) {
        // a quoted Arabic term (a concept's name, a flagged word) keeps the sentence around it in order
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, org.triptych.text.BidiIsolates.isolateTerms(text));
        alert.initOwner(owner.get());
        alert.setHeaderText(org.triptych.text.BidiIsolates.isolateTerms(header));
        ButtonType y = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType n = new ButtonType(no, ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(y, n);
        return alert.showAndWait().orElse(n) == y;
    }

    @Override
    public SaveChoice askToSave(String projectName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The project " + projectName + " has unsaved work.");
        alert.initOwner(owner.get());
        alert.setHeaderText("Save the changes first?");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(save, drop, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == drop ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> openFile(String title, String kind, List<String> extensions, Path initialDir) {
        FileChooser chooser = chooser(title, kind, extensions, initialDir);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String kind, String extension, String initialName, Path initialDir) {
        FileChooser chooser = chooser(title, kind, List.of(extension), initialDir);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, String kind, List<String> extensions, Path initialDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, extensions.stream().map(e -> "*." + e).toList()));
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return chooser;
    }

    @Override
    public <T> Optional<T> choose(String header, T initial, List<T> choices) {
        ChoiceDialog<T> ask = new ChoiceDialog<>(initial, choices);
        ask.initOwner(owner.get());
        ask.setHeaderText(header);
        return ask.showAndWait();
    }

    @Override
    public Optional<NewProjectRequest> newProject(List<String> glossaries) {
        NewProjectDialog dialog = new NewProjectDialog(glossaries);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public Optional<ConceptDialog.Result> concept(Concept existing, Map<Language, String> prefill, List<String> files,
                                                  String file, Set<String> takenIds, Window over) {
        ConceptDialog dialog = new ConceptDialog(existing, prefill, files, file, takenIds);
        dialog.initOwner(over != null ? over : owner.get());
        return dialog.ask();
    }

    /**
     * The translation memories (TMX) asked before the provider: exact and fuzzy matches (75% and up) become the drafts,
     * and only the rest is sent; with the provider "memory" nothing is sent.
     */
    private javafx.scene.Node memoryList(Dialog<?> dialog) {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(memories);
        list.setId("mt-memories");
        list.setPrefHeight(70);
        list.setPlaceholder(new Label("No translation memory: drafts come from the provider alone"));
        javafx.scene.control.Button add = new javafx.scene.control.Button("Add TMX…");
        add.setOnAction(e -> {
            FileChooser chooser = chooser("Add a translation memory", "TMX translation memories", List.of("tmx"), null);
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null && !memories.contains(f.getAbsolutePath())) {
                memories.add(f.getAbsolutePath());
            }
        });
        javafx.scene.control.Button remove = new javafx.scene.control.Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> memories.remove(list.getSelectionModel().getSelectedItem()));
        return new javafx.scene.layout.VBox(4, list, new javafx.scene.layout.HBox(6, add, remove));
    }

    @Override
    public Optional<WebAddressRequest> webAddress(List<Language> languages, boolean projectOpen) {
        WebAddressDialog dialog = new WebAddressDialog(languages, projectOpen);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Map<Language, String>> webVersions(Language opened, Map<Language, String> found, List<Language> wanted) {
        WebVersionsDialog dialog = new WebVersionsDialog(opened, found, wanted);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    /**
     * Provider, endpoint, model and (when the environment has none) the key. A typed key lives in this dialog's
     * result only: never saved, never logged.
     */
    @Override
    public Optional<DraftCommands.Settings> mtSettings(String title, String header, String button) {
        return mtSettings(title, header, button, null, false);
    }

    /** The MT dialog with the provider, endpoint and model used last; never a key. */
    @Override
    public Optional<DraftCommands.Settings> mtSettings(String title, String header, String button,
                                                      DraftCommands.Settings last, boolean typedKey) {
        Dialog<DraftCommands.Settings> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.initOwner(owner.get());
        dialog.setResizable(true);
        ChoiceBox<String> provider = new ChoiceBox<>(FXCollections.observableArrayList(DraftCommands.providerNames()));
        provider.setValue(last != null && DraftCommands.providerNames().contains(last.provider()) ? last.provider()
                : "libretranslate");
        TextField endpoint = new TextField(last == null || last.endpoint() == null ? "" : last.endpoint());
        endpoint.setPromptText("the provider's default");
        endpoint.setPrefColumnCount(36); // room for a whole URL
        endpoint.setPrefColumnCount(40);
        TextField modelName = new TextField(last == null || last.model() == null ? "" : last.model());
        modelName.setPromptText("for OpenAI-compatible servers");
        PasswordField key = new PasswordField();
        key.setId("mt-key");
        Runnable keyHint = () -> key.setPromptText(typedKey ? "typed for this run only (Preferences say so)"
                : DraftCommands.needsTypedKey(provider.getValue())
                ? "needed (or set " + DraftCommands.keyVariable(provider.getValue()) + ")"
                : "from " + DraftCommands.keyVariable(provider.getValue()) + " or not needed");
        provider.valueProperty().addListener((o, a, b) -> keyHint.run());
        keyHint.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Provider"), provider);
        grid.addRow(1, new Label("Endpoint"), endpoint);
        grid.addRow(2, new Label("Model"), modelName);
        grid.addRow(3, new Label("API key"), key);
        grid.addRow(4, new Label("Memories"), memoryList(dialog));
        GridPane.setHgrow(endpoint, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560); // a URL fits in the endpoint field
        ButtonType go = new ButtonType(button, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == go ? new DraftCommands.Settings(provider.getValue(), endpoint.getText(),
                modelName.getText(), key.getText().isEmpty() ? null : key.getText(), List.copyOf(memories)) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String header, String label, String initial) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(initial);
        ask.initOwner(owner.get());
        ask.setHeaderText(header);
        ask.setContentText(label);
        return ask.showAndWait();
    }

    @Override
    public Optional<PreferencesDialog.Answer> preferences(org.triptych.io.settings.Preferences current,
                                                          List<String> providers, List<String> glossaries,
                                                          List<String> languages, boolean keyStore) {
        PreferencesDialog dialog = new PreferencesDialog(current, providers, glossaries, languages,
                PreferencesDialog.families(), keyStore);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }
}
