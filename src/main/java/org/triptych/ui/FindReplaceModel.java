package org.triptych.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triptych.model.Language;
import org.triptych.workbench.ProjectState;
import org.triptych.workbench.TextSearch;

/**
 * The find bar's state as properties (what to find, in which column, how) and its commands: find all, next,
 * previous, replace this one, replace all. Matching runs in the workbench ({@link TextSearch}) off the FX thread; a
 * replace is a session command (one undoable step). While the bar is open the matches follow every edit: a changed
 * project is searched again in the background.
 */
final class FindReplaceModel {

    private final AlignedViewModel aligned;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    /** The one version searched, or null for all. */
    private final ObjectProperty<Language> column = new SimpleObjectProperty<>();
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(false);
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty arabicFolding = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private List<TextSearch.Hit> hits = List.of();
    private TextSearch.Query searched;
    private ProjectState searchedIn;
    private int current = -1;
    private boolean searchAgainPending;

    FindReplaceModel(AlignedViewModel aligned) {
        this.aligned = aligned;
        // an edit, an undo or a replace changes the text: the matches are found again (in the background)
        aligned.stateProperty().addListener((o, a, b) -> {
            if (active.get() && searched != null && b != searchedIn) {
                searchAgain();
            }
        });
        aligned.levelProperty().addListener((o, a, b) -> {
            if (active.get() && searched != null) {
                searchAgain();
            }
        });
    }

    StringProperty textProperty() {
        return text;
    }

    StringProperty replacementProperty() {
        return replacement;
    }

    ObjectProperty<Language> columnProperty() {
        return column;
    }

    BooleanProperty regexProperty() {
        return regex;
    }

    BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    BooleanProperty arabicFoldingProperty() {
        return arabicFolding;
    }

    /** Whether the bar is open: its matches are drawn and kept up to date. */
    BooleanProperty activeProperty() {
        return active;
    }

    /** "3 of 41", "No matches", or why the search could not run. */
    ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    List<TextSearch.Hit> hits() {
        return hits;
    }

    /** The match the bar is on, or null. */
    TextSearch.Hit currentHit() {
        return current >= 0 && current < hits.size() ? hits.get(current) : null;
    }

    TextSearch.Query query() {
        return new TextSearch.Query(text.get(), column.get(), regex.get(), wholeWord.get(), matchCase.get(),
                arabicFolding.get());
    }

    /** Finds every match and goes to the first one at or after the selected row. */
    void findAll() {
        search(query(), true);
    }

    /** The next match (Enter, F3), finding first when the query changed. */
    void next() {
        step(1);
    }

    /** The previous match (Shift+Enter, Shift+F3). */
    void previous() {
        step(-1);
    }

    private void step(int delta) {
        if (!query().equals(searched) || hits.isEmpty()) {
            search(query(), true);
            return;
        }
        current = Math.floorMod(current + delta, hits.size());
        showCurrent();
    }

    /** Replaces the match the bar is on (one undoable step), then goes to the next. */
    void replaceCurrent() {
        TextSearch.Hit h = currentHit();
        if (h == null || !query().equals(searched)) {
            findAll();
            return;
        }
        aligned.session().replaceOne(searched, h.match(), replacement.get());
    }

    /** Replaces every match of the query, in the column chosen or all, as ONE undoable step. */
    void replaceAll() {
        if (text.get().isEmpty()) {
            summary.set("Type what to find");
            return;
        }
        searched = query();
        aligned.session().replaceAll(searched, replacement.get());
    }

    /** Closes the bar: its highlights go. */
    void close() {
        active.set(false);
        hits = List.of();
        current = -1;
        searched = null;
        summary.set("");
        aligned.highlights().showSearchHits(Highlights.SearchIndex.EMPTY, null);
    }

    private void searchAgain() {
        if (searchAgainPending) {
            return;
        }
        searchAgainPending = true;
        javafx.application.Platform.runLater(() -> {
            searchAgainPending = false;
            if (active.get() && searched != null) {
                search(searched, false);
            }
        });
    }

    private void search(TextSearch.Query q, boolean go) {
        if (q.text().isEmpty()) {
            summary.set("Type what to find");
            return;
        }
        active.set(true);
        ProjectState in = aligned.session().state();
        TextSearch.Hit was = currentHit();
        java.util.Optional<String> problem = TextSearch.problem(q);
        if (problem.isPresent()) {
            summary.set(problem.get());
            return;
        }
        aligned.session().find(q, aligned.levelProperty().get(), Highlights::index, (found, placed, index) -> {
            if (!active.get()) {
                return;
            }
            searched = q;
            searchedIn = in;
            hits = placed;
            if (hits.isEmpty()) {
                current = -1;
                summary.set("No matches");
                aligned.highlights().showSearchHits(Highlights.SearchIndex.EMPTY, null);
                return;
            }
            current = go ? firstFrom(aligned.selectedRowProperty().get()) : keepPlace(was);
            aligned.highlights().showSearchHits(index, currentHit());
            if (go) {
                showCurrent();
            } else {
                summary.set(count());
            }
        });
    }

    /** The first match in or after row {@code row}. */
    private int firstFrom(int row) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).row() >= Math.max(0, row)) {
                return i;
            }
        }
        return 0;
    }

    /** After the text changed: the match where the old current one was, or the next after it. */
    private int keepPlace(TextSearch.Hit was) {
        if (was == null) {
            return 0;
        }
        for (int i = 0; i < hits.size(); i++) {
            TextSearch.Hit h = hits.get(i);
            if (h.row() > was.row() || h.row() == was.row() && h.match().language().equals(was.match().language())
                    && h.unit() == was.unit() && h.start() >= was.start()) {
                return i;
            }
        }
        return hits.size() - 1;
    }

    private void showCurrent() {
        TextSearch.Hit h = currentHit();
        if (h == null) {
            return;
        }
        aligned.highlights().showCurrentHit(h);
        if (h.row() >= 0) {
            aligned.selectedColumnProperty().set(h.match().language());
            aligned.selectedRowProperty().set(h.row());
        }
        summary.set(count());
    }

    private String count() {
        return (current + 1) + " of " + hits.size() + (hits.size() == 1 ? " match" : " matches");
    }
}
