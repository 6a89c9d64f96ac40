package org.triptych.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/** One column of the workbench: a language version's paragraphs and a caption saying where they came from. */
public final class VersionColumnViewModel {

    private final Language language;
    private final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    private final StringProperty caption = new SimpleStringProperty();

    public VersionColumnViewModel(Language language) {
        this.language = language;
        caption.set(caption("no file"));
    }

    public Language language() {
        return language;
    }

    public ObservableList<Paragraph> paragraphs() {
        return paragraphs;
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption;
    }

    /** Left-to-right marks keep an Arabic language name from reordering the file name and counts after it. */
    private String caption(String rest) {
        return "\u200E" + language.displayName() + "\u200E — " + rest;
    }

    void show(DocumentVersion version) {
        paragraphs.setAll(version.paragraphs());
        String source = version.source();
        String file = source.isEmpty() ? "no file" : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        caption.set(caption(file + " · " + version.paragraphs().size() + " ¶"));
    }
}
