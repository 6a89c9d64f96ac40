package org.triptych.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.model.Language;
import org.triptych.workbench.GlossaryCandidate;
import org.triptych.workbench.ProjectState;
import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.TermExtraction;

/**
 * The glossary panel's Candidates list: names the open article's versions share, found away from the FX thread
 * ({@link TermExtraction#fromProject}, over the paragraph links the person sees, the project's glossaries left out),
 * each offered to the concept dialog with its terms filled in, so the person edits it before it is added.
 */
final class CandidatesViewModel {

    private final TaskRunner tasks;
    private final ObservableList<GlossaryCandidate> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    CandidatesViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    ObservableList<GlossaryCandidate> items() {
        return items;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Looks for candidates in {@code state} (an immutable snapshot, so the work may read it off the FX thread). */
    void extract(ProjectState state) {
        if (state == null || state.paragraphs() == null) {
            status.set("Open an article with its versions to find candidates");
            return;
        }
        status.set("Looking for names the versions share…");
        tasks.run("Glossary candidates", () -> TermExtraction.fromProject(state), found -> {
            items.setAll(found);
            status.set(found.isEmpty() ? "No new name found in every version"
                    : found.size() + (found.size() == 1 ? " candidate" : " candidates") + ": Add… opens it to edit first");
        }, failure -> status.set("No candidates: " + (failure.getMessage() == null ? "the search failed"
                : failure.getMessage())));
    }

    /** The candidate was added to a glossary: it is no longer a candidate. */
    void added(GlossaryCandidate c) {
        items.remove(c);
    }

    /** The concept dialog's first terms for a candidate. */
    static Map<Language, String> prefill(GlossaryCandidate c) {
        Map<Language, String> out = new LinkedHashMap<>();
        out.put(Language.ENGLISH, c.en());
        if (c.ar() != null) {
            out.put(Language.ARABIC, c.ar());
        }
        if (c.ru() != null) {
            out.put(Language.RUSSIAN, c.ru());
        }
        return out;
    }

    /** One line of the list, as the concepts list writes its own: the renderings, the type guess, the evidence. */
    static String line(GlossaryCandidate c) {
        return c.en() + " | " + (c.ar() == null ? "—" : c.ar()) + " | " + (c.ru() == null ? "—" : c.ru()) + " · "
                + c.type().code() + " · " + c.count() + (c.count() == 1 ? " time" : " times");
    }
}
