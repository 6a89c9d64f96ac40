package org.triptych.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.triptych.io.settings.Preferences;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.workbench.DraftCommands;
import org.triptych.workbench.PreferencesStore;

/**
 * Edit ▸ Preferences and what the preferences do to the window: the fonts of the text columns, the autosave period,
 * which languages LanguageTool checks and in which English, the glossary new concepts go to, and the MT dialog
 * opening with what was used last. Read from the settings folder in the background when the window opens.
 */
final class PreferencesActions {

    private final WorkbenchViewModel model;
    private final DialogService dialogs;
    private final AlignedView view;
    private final GlossaryPanel glossaryPanel;
    private final PreferencesStore store;
    private Timeline autosave;

    PreferencesActions(WorkbenchViewModel model, DialogService dialogs, AlignedView view, GlossaryPanel glossaryPanel,
                       DraftActions drafts) {
        this.model = model;
        this.dialogs = dialogs;
        this.view = view;
        this.glossaryPanel = glossaryPanel;
        this.store = model.preferences();
        drafts.rememberWith(() -> {
            Preferences p = store.current();
            return new DraftCommands.Settings(p.mtProvider(), p.mtEndpoint(), p.mtModel(), null);
        }, used -> store.save(store.current().withMt(used.provider(), used.endpoint(), used.model())),
                () -> Preferences.KEYS_TYPED.equals(store.current().keySource()));
        store.addListener(this::apply);
        apply(store.current());
        // the project's languages may change (a fourth version): the checks follow at the next apply
        model.aligned().stateProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.article().versions().stream().map(DocumentVersion::language).toList()
                    .equals(b.article().versions().stream().map(DocumentVersion::language).toList())) {
                applyChecks(store.current());
            }
        });
        store.load();
    }

    /** Asks for the preferences; Save puts them in force and writes them (a typed key goes to the key store only). */
    void open() {
        List<String> glossaries = new ArrayList<>(model.aligned().glossaries());
        dialogs.preferences(store.current(), DraftCommands.providerNames(), glossaries, languages().stream()
                .map(Language::code).toList(), PreferencesStore.hasKeyStore()).ifPresent(answer -> {
                    store.save(answer.preferences());
                    if (answer.keyToStore() != null) {
                        store.storeKey(answer.keyProvider(), answer.keyToStore());
                    }
                    model.aligned().noticeProperty().set("Preferences saved in " + store.file());
                });
    }

    private List<Language> languages() {
        List<Language> out = new ArrayList<>(List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN));
        for (DocumentVersion v : model.article().versions()) {
            if (!out.contains(v.language())) {
                out.add(v.language());
            }
        }
        return out;
    }

    private void apply(Preferences p) {
        ParagraphText.useFonts(font(p, "latin"), font(p, "cyrillic"), font(p, "arabic"));
        view.redrawAll();
        glossaryPanel.preferTarget(p.conceptGlossary());
        applyChecks(p);
        // -Dtriptych.autosaveSeconds (tests, benchmarks) wins over the preference
        int seconds = Integer.getInteger("triptych.autosaveSeconds", p.autosaveSeconds());
        if (autosave == null || autosave.getKeyFrames().get(0).getTime().toSeconds() != seconds) {
            if (autosave != null) {
                autosave.stop();
            }
            autosave = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> model.autosave()));
            autosave.setCycleCount(Timeline.INDEFINITE);
            autosave.play();
        }
    }

    private void applyChecks(Preferences p) {
        model.languageChecks().ifPresent(lt -> PreferencesStore.applyTo(lt, p, languages()));
    }

    private static Font font(Preferences p, String script) {
        Preferences.FontChoice f = p.font(script);
        return Font.font(f.family(), f.size());
    }

    /** How often work is autosaved now, in seconds (tests). */
    double autosaveSeconds() {
        return autosave.getKeyFrames().get(0).getTime().toSeconds();
    }
}
