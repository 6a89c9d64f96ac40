package org.triptych.ui;

import org.triptych.workbench.LinkTable;
import org.triptych.workbench.LinkRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/**
 * Machine back-translations of versions into English, for the session only (never saved with the project): per
 * version, the English of each of its paragraphs, keyed by the paragraph's text so that an edit elsewhere keeps the
 * rest, and an edited paragraph shows nothing until translated back again. {@link #rowTexts} gives, per row of the
 * aligned view, the back-translation of that row's cell in the version; it follows the rows as they change.
 */
final class BackTranslations {

    private final AlignedViewModel model;
    private final Map<Language, Map<String, String>> byParagraphText = new LinkedHashMap<>();
    private final Map<Language, ObservableMap<Integer, String>> rowTexts = new LinkedHashMap<>();
    private final Map<Language, BooleanProperty> shown = new LinkedHashMap<>();

    BackTranslations(AlignedViewModel model) {
        this.model = model;
        model.rows().addListener((ListChangeListener<LinkRow>) c -> refreshAll());
    }

    /** The versions that have a back-translation, in the order they were made. */
    List<Language> languages() {
        return List.copyOf(byParagraphText.keySet());
    }

    /** The column's caption, e.g. "Русский → English (MT)". */
    static String caption(Language version) {
        return version.displayName() + " → " + Language.ENGLISH.displayName() + " (MT)";
    }

    /** Row index to the English back-translation of that row's cell in {@code version}; absent rows have none. */
    ObservableMap<Integer, String> rowTexts(Language version) {
        return rowTexts.computeIfAbsent(version, l -> FXCollections.observableHashMap());
    }

    /** Whether the column is shown (View menu); a new back-translation shows it. */
    BooleanProperty shownProperty(Language version) {
        return shown.computeIfAbsent(version, l -> new SimpleBooleanProperty(false));
    }

    /** Takes the English of {@code translated}'s paragraphs (one per paragraph, in order) and shows the column. */
    void put(Language version, DocumentVersion translated, List<String> english) {
        if (english.size() != translated.paragraphs().size()) {
            model.noticeProperty().set(english.size() + " back-translations for " + translated.paragraphs().size() + " paragraphs: not shown");
            return;
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < english.size(); i++) {
            map.put(translated.paragraphs().get(i).text(), english.get(i));
        }
        byParagraphText.put(version, map);
        refresh(version);
        shownProperty(version).set(true);
        model.noticeProperty().set(translated.language().displayName() + " translated back into English: "
                + english.size() + " paragraphs (kept for this session only)");
    }

    /** Forgets a version's back-translation. */
    void clear(Language version) {
        byParagraphText.remove(version);
        rowTexts(version).clear();
        shownProperty(version).set(false);
    }

    private void refreshAll() {
        for (Language l : byParagraphText.keySet()) {
            refresh(l);
        }
    }

    private void refresh(Language version) {
        Map<String, String> english = byParagraphText.get(version);
        ObservableMap<Integer, String> out = rowTexts(version);
        List<Paragraph> paragraphs = model.article().version(version).map(DocumentVersion::paragraphs).orElse(List.of());
        LinkTable table = model.table();
        Map<Integer, String> next = new HashMap<>();
        if (english != null && table != null && table.targets().contains(version)) {
            int column = table.column(version);
            // at sentence level a paragraph is shown once, on the first row that holds one of its sentences
            Set<Integer> done = new HashSet<>();
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> parts = new ArrayList<>();
                for (int u : table.rows().get(r).cells().get(column).units()) {
                    int p = table.level() == AlignmentLevel.PARAGRAPH ? u : model.paragraphOfUnit(version, u);
                    if (p >= 0 && p < paragraphs.size() && done.add(p)) {
                        String e = english.get(paragraphs.get(p).text());
                        if (e != null) {
                            parts.add(e);
                        }
                    }
                }
                if (!parts.isEmpty()) {
                    next.put(r, String.join("\n", parts));
                }
            }
        }
        out.keySet().retainAll(next.keySet());
        out.putAll(next);
    }
}
