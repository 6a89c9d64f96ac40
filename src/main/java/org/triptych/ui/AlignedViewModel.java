package org.triptych.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;
import org.triptych.workbench.FindingPlaces;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.LinkRow;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.ProjectState;
import org.triptych.workbench.Session;
import org.triptych.workbench.SessionListener;
import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.UndoableEdit;
import org.triptych.workbench.UnitAligner;
import org.triptych.workbench.Units;

/**
 * The aligned view's JavaFX face of the open project's {@link Session}: the rows at the level shown, the findings,
 * the selection, and the history's labels, as properties the view binds to. Every command goes to the session with
 * the level shown; nothing here changes the project itself.
 *
 * <p>What a row is drawn with comes from one {@link Shown} snapshot, swapped together with the rows: a cell is never
 * drawn with the rows of one project or level and the text of another.
 */
public final class AlignedViewModel {

    /** The state and level the rows were made from; cells read their text from here. */
    private record Shown(ProjectState state, AlignmentLevel level, LinkTable table) {
    }

    private final Session session;
    private final TaskRunner tasks;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<String> glossaries = FXCollections.observableArrayList();
    private final ObjectProperty<AlignmentLevel> level = new SimpleObjectProperty<>(AlignmentLevel.PARAGRAPH);
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Language> selectedColumn = new SimpleObjectProperty<>(Language.ENGLISH);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty undoName = new SimpleStringProperty("Undo");
    private final StringProperty redoName = new SimpleStringProperty("Redo");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<ProjectState> state = new SimpleObjectProperty<>();
    private final IntegerProperty rebuilt = new SimpleIntegerProperty();
    private Shown shown;
    private Highlights highlights;

    /** A view model with a session of its own (tests, and a window that opens one project). */
    public AlignedViewModel(TaskRunner tasks, UnitAligner aligner, FindingsSource checks) {
        this(new Session(tasks, aligner, checks), tasks);
    }

    public AlignedViewModel(Session session, TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
        session.addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
                if (change == Change.PROJECT) {
                    selectedRow.set(-1);
                    session.ensureAligned(level.get());
                }
                if (change == Change.FINDINGS || change == Change.PROJECT) {
                    findings.setAll(session.findings());
                }
                refresh();
            }

            @Override
            public void notice(String message) {
                notice.set(message);
            }
        });
        refresh();
    }

    public Session session() {
        return session;
    }

    // ---- what the view binds to ----

    public ObservableList<LinkRow> rows() {
        return rows;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Glossary terms and findings to draw over the text; made on first use, with this model's task runner. */
    public Highlights highlights() {
        if (highlights == null) {
            highlights = new Highlights(this, tasks);
        }
        return highlights;
    }

    public ObjectProperty<AlignmentLevel> levelProperty() {
        return level;
    }

    public IntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    public ObjectProperty<Language> selectedColumnProperty() {
        return selectedColumn;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** The Edit menu's label for Undo: "Undo delete concept 'X'", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The state the rows show; replaced with the rows. */
    public ReadOnlyObjectProperty<ProjectState> stateProperty() {
        return state;
    }

    /** Goes up each time the view is rebuilt from the session after a failure: views drop what they cached. */
    ReadOnlyIntegerProperty rebuiltProperty() {
        return rebuilt;
    }

    public Article article() {
        return shown.state().article();
    }

    /** What the project file would hold now. */
    public Project project() {
        return session.state().toProject();
    }

    /** The links at the level shown, or null while they are being made. */
    public LinkTable table() {
        return shown.table();
    }

    /** Target languages in column order. */
    public List<Language> targets() {
        return shown.state().targets();
    }

    /** The text of unit {@code u} of a version at the level shown; empty when there is no such unit. */
    public String unitText(Language language, int u) {
        List<String> texts = unitTexts(language);
        return u >= 0 && u < texts.size() ? texts.get(u) : "";
    }

    /** Unit texts of the shown state, made once per version and state: drawing a row does not rebuild the list. */
    private final Map<Language, List<String>> unitTexts = new java.util.HashMap<>();
    private Shown unitTextsOf;

    private List<String> unitTexts(Language language) {
        if (unitTextsOf != shown) {
            unitTexts.clear();
            unitTextsOf = shown;
        }
        return unitTexts.computeIfAbsent(language, l -> Units.texts(shown.state().article(), l, shown.level()));
    }

    public boolean isHeading(Language language, int u) {
        return shown.level() == AlignmentLevel.PARAGRAPH && shown.state().isHeading(language, u);
    }

    /** Whether unit {@code u} of a cell is an unreviewed machine draft: inserted as one, unedited, row not confirmed. */
    public boolean isMachineDraft(Language language, int u, LinkStatus cellStatus) {
        return cellStatus != LinkStatus.CONFIRMED && shown.state().isMachineDraft(shown.level(), language, u);
    }

    /** The paragraph unit {@code u} of a version belongs to at the level shown; -1 when there is none. */
    int paragraphOfUnit(Language language, int u) {
        try {
            return Units.locate(article(), language, shown.level(), u).paragraph();
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    // ---- opening, level ----

    /** Shows another project (tests and benchmarks; the window opens projects through the workbench). */
    public void open(Project p) {
        session.replace(p, null, true);
    }

    public void setLevel(AlignmentLevel l) {
        level.set(l);
        refresh();
        session.ensureAligned(l);
        // the status line says what is shown now, not what the other level's alignment said ("Aligned: 33 rows")
        String name = l == AlignmentLevel.PARAGRAPH ? "Paragraphs" : "Sentences";
        notice.set(shown.table() != null ? name + ": " + rows.size() + " rows"
                : session.isAligning(l) ? name + ": aligning…" : name);
    }

    /** Draws everything again from the session, dropping what the views cached (after a failure while drawing). */
    public void rebuildView() {
        rebuilt.set(rebuilt.get() + 1);
        refresh();
    }

    // ---- commands: each goes to the session with the level shown ----

    public void realign() {
        session.realign(level.get());
    }

    public void mergeWithNext(int r) {
        session.mergeWithNext(level.get(), r);
    }

    public void split(int r, Language column, int k) {
        session.split(level.get(), r, column, k);
    }

    public void move(int r, Language column, int delta) {
        if (session.move(level.get(), r, column, delta) && !rows.isEmpty()) {
            selectedRow.set(Math.max(0, Math.min(rows.size() - 1, r + delta)));
        }
    }

    public void insertEmpty(int r, Language column) {
        session.insertEmpty(level.get(), r, column);
    }

    public void confirm(int r) {
        session.confirm(level.get(), r);
    }

    public void markForReview(int r) {
        session.markForReview(level.get(), r);
    }

    public void editText(Language language, int u, String text) {
        session.editText(level.get(), language, u, text);
    }

    public void check() {
        session.check();
    }

    public void ignore(Finding f) {
        session.ignore(f);
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    public void record(UndoableEdit edit) {
        session.record(edit);
    }

    public ObservableList<String> glossaries() {
        return glossaries;
    }

    public void addGlossary(String path) {
        session.addGlossary(path);
    }

    public void removeGlossary(String path) {
        session.removeGlossary(path);
    }

    public void relocate(Language language, String source) {
        session.relocate(language, source);
    }

    public List<Integer> missingParagraphs(Language target) {
        return session.missingParagraphs(target);
    }

    public List<Integer> missingParagraphsOfRow(int r, Language target) {
        return session.missingParagraphsOfRow(level.get(), r, target);
    }

    public int insertDrafts(Language target, Map<Integer, Paragraph> drafts) {
        return session.insertDrafts(target, drafts);
    }

    /** The person's note on row {@code r} at the level shown ("" when none). */
    public String note(int r) {
        return session.note(level.get(), r);
    }

    /** Sets the note on row {@code r} (blank removes it): kept in the project, undoable. */
    public void setNote(int r, String text) {
        session.setNote(level.get(), r, text);
    }

    public boolean hasPersonEdits(Language language) {
        return session.personEditCount(language) > 0;
    }

    // ---- findings ----

    public Optional<FindingPlaces.Place> place(Finding f) {
        return session.place(f);
    }

    /**
     * The row (0-based, at the level shown) whose cell holds the finding's text; -1 when it cannot be placed. The
     * findings list numbers a finding by it, so "ar ¶4" is the row the person sees as 4.
     */
    public int rowOf(Finding f) {
        Optional<FindingPlaces.Place> at = place(f);
        if (at.isEmpty()) {
            return -1;
        }
        FindingPlaces.Place p = at.get();
        LinkTable t = table();
        int u;
        try {
            u = Units.unitAt(article(), p.language(), shown.level(), p.paragraph(), p.start());
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        return t == null ? (p.language().equals(Language.ENGLISH) ? u : -1)
                : p.language().equals(Language.ENGLISH) ? t.rowOfEnglish(u) : t.rowOfTarget(p.language(), u);
    }

    /** Selects the row that shows the finding (and its column); false when it cannot be placed. */
    public boolean jumpTo(Finding f) {
        Optional<FindingPlaces.Place> at = place(f);
        if (at.isEmpty()) {
            notice.set("Cannot place this finding in the text");
            return false;
        }
        FindingPlaces.Place p = at.get();
        int row = rowOf(f);
        if (row < 0) {
            notice.set("The finding's text is not in any row");
            return false;
        }
        selectedColumn.set(p.language());
        selectedRow.set(-1);
        selectedRow.set(row);
        notice.set(f.message());
        return true;
    }

    /** Puts a suggestion in place of the finding's span (undoable) and shows where it went. */
    public boolean applySuggestion(Finding f, String suggestion) {
        if (!session.applySuggestion(f, suggestion)) {
            return false;
        }
        String said = notice.get();
        jumpTo(new Finding(f.kind(), f.severity(), f.language(), f.unit(), f.start(), f.start() + suggestion.length(),
                suggestion, f.concept(), said, List.of(), f.ruleId()));
        return true;
    }

    // ---- keeping the properties in step with the session ----

    private void refresh() {
        ProjectState s = session.state();
        AlignmentLevel l = level.get();
        LinkTable t = s.table(l);
        List<LinkRow> now = t == null ? LinkTable.englishOnly(s.article(), l).rows() : t.rows();
        shown = new Shown(s, l, t); // first: listeners of the rows read the new snapshot
        rows.setAll(now);
        if (selectedRow.get() >= now.size()) {
            selectedRow.set(now.size() - 1);
        }
        if (!glossaries.equals(s.glossaries())) {
            glossaries.setAll(s.glossaries());
        }
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
        undoName.set(session.undoName());
        redoName.set(session.redoName());
        dirty.set(session.isDirty());
        state.set(s);
    }
}
