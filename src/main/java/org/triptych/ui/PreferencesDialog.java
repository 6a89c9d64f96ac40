package org.triptych.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.triptych.io.settings.Preferences;

/**
 * Edit ▸ Preferences: machine translation (provider, endpoint, model, where keys come from, and a key put into the OS
 * key store — the key itself is never kept anywhere else), the glossary new concepts go to, fonts and sizes per
 * script, spelling and grammar per language and the English variant, and how often work is autosaved. One dialog;
 * the answer is saved in the settings folder.
 */
final class PreferencesDialog extends Dialog<PreferencesDialog.Answer> {

    /**
     * What the person decided: the preferences, and a key typed to go into the OS key store (null: none). The key is
     * handed over once and cleared; it never becomes part of the preferences.
     */
    record Answer(Preferences preferences, String keyProvider, char[] keyToStore) {
    }

    private static final String[] SCRIPTS = {"latin", "cyrillic", "arabic"};
    private static final Map<String, String> SCRIPT_NAMES = Map.of("latin", "Latin (English)", "cyrillic",
            "Cyrillic (Russian)", "arabic", "Arabic");

    PreferencesDialog(Preferences p, List<String> providers, List<String> glossaries, List<String> languages,
                      List<String> families, boolean keyStore) {
        setTitle("Preferences");
        setHeaderText("Preferences (kept in your settings folder)");
        setResizable(true);
        getDialogPane().setId("preferences");

        // machine translation
        ChoiceBox<String> provider = new ChoiceBox<>(FXCollections.observableArrayList(providers));
        provider.setId("pref-provider");
        provider.setValue(providers.contains(p.mtProvider()) ? p.mtProvider() : providers.get(0));
        TextField endpoint = new TextField(p.mtEndpoint());
        endpoint.setId("pref-endpoint");
        endpoint.setPromptText("the provider's default");
        endpoint.setPrefColumnCount(34); // a whole URL fits
        TextField model = new TextField(p.mtModel());
        model.setId("pref-model");
        model.setPromptText("for OpenAI-compatible servers");
        ChoiceBox<String> keys = new ChoiceBox<>(FXCollections.observableArrayList(Preferences.KEYS_FROM_SYSTEM,
                Preferences.KEYS_TYPED));
        keys.setId("pref-keys");
        keys.setValue(p.keySource());
        PasswordField key = new PasswordField();
        key.setId("pref-key");
        key.setPromptText(keyStore ? "a key to keep in the OS key store" : "no OS key store here (secret-tool)");
        key.setDisable(!keyStore);
        GridPane mt = grid();
        mt.addRow(0, new Label("Provider"), provider);
        mt.addRow(1, new Label("Endpoint"), endpoint);
        mt.addRow(2, new Label("Model"), model);
        mt.addRow(3, new Label("API keys"), keys);
        mt.addRow(4, new Label("Store a key"), key);
        GridPane.setHgrow(endpoint, Priority.ALWAYS);

        // glossary
        ComboBox<String> glossary = new ComboBox<>(FXCollections.observableArrayList(glossaries));
        glossary.setId("pref-glossary");
        glossary.setEditable(true);
        glossary.setValue(p.conceptGlossary());
        glossary.setPromptText("the glossary added last");
        glossary.setMaxWidth(Double.MAX_VALUE);
        GridPane g = grid();
        g.addRow(0, new Label("New concepts go to"), glossary);
        GridPane.setHgrow(glossary, Priority.ALWAYS);

        // fonts
        GridPane fonts = grid();
        Map<String, ComboBox<String>> familyBoxes = new LinkedHashMap<>();
        Map<String, Spinner<Double>> sizeBoxes = new LinkedHashMap<>();
        for (int i = 0; i < SCRIPTS.length; i++) {
            String s = SCRIPTS[i];
            ComboBox<String> family = new ComboBox<>(FXCollections.observableArrayList(families));
            family.setId("pref-font-" + s);
            family.setEditable(true);
            family.setValue(p.font(s).family());
            family.setMaxWidth(Double.MAX_VALUE);
            Spinner<Double> size = new Spinner<>(8.0, 40.0, p.font(s).size(), 1.0);
            size.setId("pref-size-" + s);
            size.setEditable(true);
            size.setPrefWidth(80);
            familyBoxes.put(s, family);
            sizeBoxes.put(s, size);
            fonts.addRow(i, new Label(SCRIPT_NAMES.get(s)), family, size);
            GridPane.setHgrow(family, Priority.ALWAYS);
        }

        // spelling and grammar
        HBox checks = new HBox(12);
        Map<String, CheckBox> perLanguage = new LinkedHashMap<>();
        for (String l : languages) {
            CheckBox c = new CheckBox(l);
            c.setId("pref-lt-" + l);
            c.setSelected(p.checks(l));
            perLanguage.put(l, c);
            checks.getChildren().add(c);
        }
        ChoiceBox<String> variant = new ChoiceBox<>(FXCollections.observableArrayList(Preferences.ENGLISH_AS_WRITTEN,
                "en-US", "en-GB"));
        variant.setId("pref-english-variant");
        variant.setValue(p.englishVariant());
        GridPane lt = grid();
        lt.addRow(0, new Label("Check"), checks);
        lt.addRow(1, new Label("English"), variant);

        // autosave
        Spinner<Integer> autosave = new Spinner<>(10, 3600, p.autosaveSeconds(), 10);
        autosave.setId("pref-autosave");
        autosave.setEditable(true);
        autosave.setPrefWidth(100);
        GridPane a = grid();
        HBox every = new HBox(6, autosave, new Label("seconds"));
        every.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        a.addRow(0, new Label("Autosave every"), every);

        VBox content = new VBox(6, section("Machine translation", mt), section("Glossary", g),
                section("Fonts and sizes", fonts), section("Spelling and grammar (LanguageTool)", lt),
                section("Autosave", a));
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(620);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(save)).setId("pref-save");
        setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            Map<String, Preferences.FontChoice> f = new LinkedHashMap<>();
            for (String s : SCRIPTS) {
                String family = familyBoxes.get(s).getValue();
                f.put(s, new Preferences.FontChoice(family == null || family.isBlank() ? p.font(s).family() : family,
                        sizeBoxes.get(s).getValue()));
            }
            Map<String, Boolean> on = new LinkedHashMap<>();
            perLanguage.forEach((l, c) -> on.put(l, c.isSelected()));
            Preferences chosen = new Preferences(provider.getValue(), endpoint.getText(), model.getText(), keys.getValue(),
                    glossary.getValue() == null ? "" : glossary.getValue(), f, on, variant.getValue(), autosave.getValue());
            char[] typed = key.getText().isEmpty() ? null : key.getText().toCharArray();
            key.clear();
            return new Answer(chosen, typed == null ? null : provider.getValue(), typed);
        });
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(120);
        g.getColumnConstraints().add(label);
        return g;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        return t;
    }

    /** The font families a person can choose from: those installed. */
    static List<String> families() {
        return Font.getFamilies();
    }
}
