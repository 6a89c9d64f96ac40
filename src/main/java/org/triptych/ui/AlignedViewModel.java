package org.triptych.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.MachineDraft;
import org.triptych.model.Paragraph;
import org.triptych.model.Article;
import org.triptych.model.Sentence;
import org.triptych.model.TextEdit;
import org.triptych.model.Project;

/**
 * The aligned view's state: one row per English link with a cell per target version, at paragraph or sentence
 * level; every edit (links, text, ignored findings) is a command that replaces an immutable {@link State}, and the
 * replaced state goes on the undo stack. Engines run through the {@link TaskRunner}, so tests drive this class with
 * {@link TaskRunner#direct()} and no FX thread.
 */
public final class AlignedViewModel {

    /** Everything undo restores. Immutable; a null table means "not aligned yet at that level". */
    record State(Article project, LinkTable paragraphs, LinkTable sentences, List<TextEdit> edits,
                 Set<IgnoredFinding> ignored, List<String> glossaries) {
        State {
            edits = List.copyOf(edits);
            ignored = Set.copyOf(ignored);
            glossaries = List.copyOf(glossaries);
        }

        LinkTable table(AlignmentLevel level) {
            return level == AlignmentLevel.PARAGRAPH ? paragraphs : sentences;
        }

        State with(AlignmentLevel level, LinkTable table) {
            return level == AlignmentLevel.PARAGRAPH
                    ? new State(project, table, sentences, edits, ignored, glossaries)
                    : new State(project, paragraphs, table, edits, ignored, glossaries);
        }
    }

    /** One entry of the history: a state change, or an edit outside the state ({@code outside}, states null). */
    private record Step(String name, State before, State after, UndoableEdit outside) {
    }

    private final TaskRunner tasks;
    private final AlignmentEngine engine;
    private final FindingsSource checks;
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
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private State saved;
    private Project snapshot;
    private State snapshotState;

    public AlignedViewModel(TaskRunner tasks, AlignmentEngine engine, FindingsSource checks) {
        this.tasks = tasks;
        this.engine = engine;
        this.checks = checks;
        State empty = new State(Article.emptyDefault(), null, null, List.of(), Set.of(), List.of());
        state.set(empty);
        saved = empty;
        refresh();
    }

    // ---- what the view binds to ----

    public ObservableList<LinkRow> rows() {
        return rows;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    private Highlights highlights;

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

    ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public Article project() {
        return state.get().project();
    }

    public LinkTable table() {
        return state.get().table(level.get());
    }

    /** Target languages in column order. */
    public List<Language> targets() {
        return project().others().stream().map(DocumentVersion::language).toList();
    }

    /** The text of unit {@code u} of a version at the current level. */
    public String unitText(Language language, int u) {
        Article p = project();
        AlignmentLevel l = level.get();
        if (unitCache == null || unitCache.project() != p || unitCache.level() != l) {
            unitCache = new UnitCache(p, l, new java.util.HashMap<>());
        }
        return unitCache.texts().computeIfAbsent(language, x -> units(p, x, l)).get(u);
    }

    /** Unit texts of the shown project, so drawing a row does not rebuild a version's whole list. */
    private record UnitCache(Article project, AlignmentLevel level, Map<Language, List<String>> texts) {
    }

    private UnitCache unitCache;

    public boolean isHeading(Language language, int u) {
        if (level.get() != AlignmentLevel.PARAGRAPH) {
            return false;
        }
        return project().version(language).map(v -> v.paragraphs().get(u).kind()
                == org.triptych.model.ParagraphKind.HEADING).orElse(false);
    }

    // ---- opening and saving ----

    /** Shows a workspace (a freshly imported project or an opened file); aligns whatever has no links yet. */
    public void open(Project w) {
        Article p = w.article();
        LinkTable para = tableFrom(p, AlignmentLevel.PARAGRAPH, w.alignments());
        LinkTable sent = tableFrom(p, AlignmentLevel.SENTENCE, w.alignments());
        State s = new State(p, para, sent, w.edits(), new LinkedHashSet<>(w.ignoredFindings()), w.glossaries());
        undo.clear();
        redo.clear();
        machineDrafts.clear();
        for (MachineDraft d : w.machineDrafts()) {
            draftsOf(d.language()).add(p.version(d.language()).orElseThrow().paragraphs().get(d.paragraph()));
        }
        state.set(s);
        saved = s;
        findings.clear();
        refresh();
        if (table() == null) {
            align(level.get());
        }
    }

    public Project workspace() {
        State s = state.get();
        List<Alignment> alignments = new ArrayList<>();
        if (s.paragraphs() != null) {
            alignments.addAll(s.paragraphs().alignments());
        }
        if (s.sentences() != null) {
            alignments.addAll(s.sentences().alignments());
        }
        Project w = new Project(s.project(), alignments, s.edits(), new ArrayList<>(s.ignored()), s.glossaries(),
                machineDraftsIn(s.project()));
        snapshot = w;
        snapshotState = s;
        return w;
    }

    /** Recovered work is not on disk as a project yet: it counts as unsaved. */
    void forceDirty() {
        saved = null;
        refresh();
    }

    /** The state just written to disk is now the clean one. */
    public void markSaved(Project written) {
        // the state that was written, not the current one: an edit made while saving stays unsaved
        saved = written == snapshot ? snapshotState : saved;
        refresh();
    }

    private static LinkTable tableFrom(Article p, AlignmentLevel level, List<Alignment> alignments) {
        List<Alignment> own = alignments.stream().filter(a -> a.level() == level).toList();
        if (own.isEmpty()) {
            return null;
        }
        return LinkTable.of(level, units(p, Language.ENGLISH, level).size(), counts(p, level), own);
    }

    private static Map<Language, Integer> counts(Article p, AlignmentLevel level) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        for (DocumentVersion v : p.others()) {
            counts.put(v.language(), units(p, v.language(), level).size());
        }
        return counts;
    }

    static List<String> units(Article p, Language language, AlignmentLevel level) {
        DocumentVersion v = p.version(language).orElseThrow(() -> new IllegalArgumentException("No " + language + " version"));
        return level == AlignmentLevel.PARAGRAPH ? v.paragraphTexts() : v.sentenceTexts();
    }

    /**
     * Puts a segmented copy of the open project in place of its unsegmented one (same paragraphs, now with
     * sentences), when nothing has been edited yet. Paragraph links stay; sentence links are made on demand.
     */
    boolean refineSegmentation(Article segmented) {
        State s = state.get();
        // a glossary edit in the history changes no state, so it does not stop the refinement
        if (undo.stream().anyMatch(x -> x.outside() == null) || s.project().versions().size() != segmented.versions().size()) {
            return false;
        }
        for (int i = 0; i < segmented.versions().size(); i++) {
            DocumentVersion now = s.project().versions().get(i);
            DocumentVersion next = segmented.versions().get(i);
            if (!now.language().equals(next.language()) || now.paragraphs().size() != next.paragraphs().size()) {
                return false;
            }
        }
        State refined = new State(segmented, s.paragraphs(), null, s.edits(), s.ignored(), s.glossaries());
        if (saved == s) {
            saved = refined;
        }
        state.set(refined);
        refresh();
        if (table() == null) {
            align(level.get());
        }
        return true;
    }

    // ---- level ----

    public void setLevel(AlignmentLevel l) {
        level.set(l);
        refresh();
        if (table() == null && !project().english().isEmpty()) {
            align(l);
        }
    }

    // ---- alignment through the engine ----

    /** Aligns (or re-aligns) the current level: confirmed links are kept as anchors, the rest is redone. */
    public void realign() {
        align(level.get());
    }

    private void align(AlignmentLevel l) {
        State before = state.get();
        Article p = before.project();
        if (p.english().isEmpty()) {
            return;
        }
        LinkTable old = before.table(l);
        tasks.run(old == null ? "Aligning" : "Re-aligning", progress -> {
            List<Alignment> out = new ArrayList<>();
            List<Language> targets = p.others().stream().map(DocumentVersion::language).toList();
            List<String> english = units(p, Language.ENGLISH, l);
            for (int i = 0; i < targets.size(); i++) {
                Language t = targets.get(i);
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                progress.update(i, targets.size(), "Aligning English with " + t.displayName() + "…");
                List<Bead> anchors = old == null ? List.of()
                        : old.alignment(t).beads().stream().filter(b -> b.status() == LinkStatus.CONFIRMED).toList();
                List<Bead> beads = l == AlignmentLevel.SENTENCE && before.paragraphs() != null
                        ? alignSentencesWithinParagraphLinks(p, before.paragraphs(), t, anchors)
                        : engine.align(english, units(p, t, l), t, anchors);
                out.add(new Alignment(t, l, beads));
            }
            return LinkTable.of(l, english.size(), counts(p, l), out).reusing(old);
        }, (LinkTable table) -> {
            if (state.get() != before) {
                State now = state.get();
                if (now.table(l) != null || !sameUnitCounts(now.project(), p, l)) {
                    notice.set("The text changed while aligning: align again to include the change");
                    return;
                }
                // only sentences arrived (the sample's background segmentation): the links still fit
                State s = now.with(l, table);
                if (saved == now) {
                    saved = s;
                }
                state.set(s);
                refresh();
                notice.set("Aligned: " + table.rows().size() + " rows");
                return;
            }
            if (old == null) {
                // a first alignment is not an edit: nothing to undo, and the project is not dirty for it
                State s = before.with(l, table);
                if (saved == before) {
                    saved = s;
                }
                state.set(s);
                refresh();
            } else {
                apply("Re-align", before.with(l, table));
            }
            notice.set("Aligned: " + table.rows().size() + " rows");
        }, e -> notice.set("Aligning failed: " + describe(e)));
    }

    /**
     * Sentence links stay inside paragraph links: the engine aligns the sentences of each paragraph row separately
     * (with the confirmed sentence links that fall inside it), so a sentence can never be linked across paragraphs
     * the paragraph view keeps apart, and each call is small.
     */
    private List<Bead> alignSentencesWithinParagraphLinks(Article p, LinkTable paragraphs, Language t, List<Bead> anchors)
            throws Exception {
        int[] enStart = sentenceStarts(p.english());
        int[] tgStart = sentenceStarts(p.version(t).orElseThrow());
        List<String> english = units(p, Language.ENGLISH, AlignmentLevel.SENTENCE);
        List<String> target = units(p, t, AlignmentLevel.SENTENCE);
        int column = paragraphs.column(t);
        List<Bead> out = new ArrayList<>();
        for (LinkRow row : paragraphs.rows()) {
            List<Integer> ep = row.english();
            List<Integer> tp = row.cells().get(column).units();
            int e0 = ep.isEmpty() ? 0 : enStart[ep.get(0)];
            int e1 = ep.isEmpty() ? 0 : enStart[ep.get(ep.size() - 1) + 1];
            int t0 = tp.isEmpty() ? 0 : tgStart[tp.get(0)];
            int t1 = tp.isEmpty() ? 0 : tgStart[tp.get(tp.size() - 1) + 1];
            if (e1 - e0 == 0 || t1 - t0 == 0) {
                for (int e = e0; e < e1; e++) {
                    out.add(new Bead(List.of(e), List.of(), 0.5, LinkStatus.AUTOMATIC));
                }
                for (int x = t0; x < t1; x++) {
                    out.add(new Bead(List.of(), List.of(x), 0.5, LinkStatus.AUTOMATIC));
                }
                continue;
            }
            List<Bead> inside = new ArrayList<>();
            for (Bead a : anchors) {
                if (a.english().stream().allMatch(e -> e >= e0 && e < e1) && a.target().stream().allMatch(x -> x >= t0 && x < t1)) {
                    inside.add(shift(a, -e0, -t0));
                }
            }
            for (Bead b : engine.align(english.subList(e0, e1), target.subList(t0, t1), t, inside)) {
                out.add(shift(b, e0, t0));
            }
        }
        return out;
    }

    /** Index of each paragraph's first sentence in the flat sentence list, plus the total at the end. */
    private static int[] sentenceStarts(DocumentVersion v) {
        int[] starts = new int[v.paragraphs().size() + 1];
        for (int i = 0; i < v.paragraphs().size(); i++) {
            starts[i + 1] = starts[i] + v.paragraphs().get(i).sentences().size();
        }
        return starts;
    }

    private static Bead shift(Bead b, int de, int dt) {
        return new Bead(b.english().stream().map(e -> e + de).toList(), b.target().stream().map(x -> x + dt).toList(),
                b.confidence(), b.status());
    }

    private static boolean sameUnitCounts(Article a, Article b, AlignmentLevel l) {
        if (a.versions().size() != b.versions().size()) {
            return false;
        }
        for (DocumentVersion v : a.versions()) {
            Optional<DocumentVersion> w = b.version(v.language());
            if (w.isEmpty() || units(a, v.language(), l).size() != units(b, v.language(), l).size()) {
                return false;
            }
        }
        return true;
    }

    // ---- link edits (each undoable) ----

    public void mergeWithNext(int r) {
        edit("Merge with next row", t -> t.mergeWithNext(r));
    }

    /** Splits a cell after its k-th unit; {@code column} null or English splits the English cell. */
    public void split(int r, Language column, int k) {
        edit("Split", t -> t.split(r, english(column) ? null : column, k));
    }

    public void move(int r, Language column, int delta) {
        if (english(column)) {
            notice.set("English is the pivot: move the other versions' cells, or split and merge rows");
            return;
        }
        edit(delta < 0 ? "Move cell up" : "Move cell down", t -> t.move(r, column, delta));
        if (!table().rows().isEmpty()) {
            selectedRow.set(Math.max(0, Math.min(table().rows().size() - 1, r + delta)));
        }
    }

    public void insertEmpty(int r, Language column) {
        if (english(column)) {
            notice.set("English is the pivot: insert empty cells in the other versions");
            return;
        }
        edit("Insert empty cell", t -> t.insertEmpty(r, column));
    }

    public void confirm(int r) {
        edit("Confirm", t -> t.withStatus(r, LinkStatus.CONFIRMED));
    }

    public void markForReview(int r) {
        edit("Mark for review", t -> t.withStatus(r, LinkStatus.REVIEW));
    }

    private static boolean english(Language column) {
        return column == null || column.equals(Language.ENGLISH);
    }

    private void edit(String name, java.util.function.UnaryOperator<LinkTable> change) {
        LinkTable t = table();
        if (t == null) {
            notice.set("Align first");
            return;
        }
        try {
            apply(name, state.get().with(level.get(), change.apply(t)));
            notice.set(name);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            notice.set(name + ": " + e.getMessage());
        }
    }

    // ---- text edits ----

    /** Replaces the text of unit {@code u} (a paragraph, or a sentence at sentence level) of a version. */
    public void editText(Language language, int u, String text) {
        Location at = location(language, u);
        Paragraph p = project().version(language).orElseThrow().paragraphs().get(at.paragraph());
        Paragraph changed;
        if (level.get() == AlignmentLevel.PARAGRAPH) {
            changed = ParagraphEdit.rewrite(p, text);
        } else {
            Sentence s = p.sentences().get(at.sentence());
            Paragraph sentenceOnly = Paragraph.unsegmented(s.text());
            Paragraph rewritten = ParagraphEdit.rewrite(sentenceOnly, text);
            String newSentence = rewritten.text();
            changed = ParagraphEdit.replace(p, s.start(), s.end(), newSentence);
        }
        if (changed.text().equals(p.text())) {
            return;
        }
        replaceParagraph("Edit text", language, at.paragraph(), p, changed);
    }

    private void replaceParagraph(String name, Language language, int index, Paragraph before, Paragraph after) {
        State s = state.get();
        DocumentVersion v = s.project().version(language).orElseThrow();
        List<Paragraph> ps = new ArrayList<>(v.paragraphs());
        ps.set(index, after);
        Article p = s.project().withVersion(new DocumentVersion(language, v.source(), ps));
        // links at a level stay valid while that level's unit count is unchanged
        LinkTable sentences = before.sentences().size() == after.sentences().size() ? s.sentences() : null;
        List<TextEdit> edits = new ArrayList<>(s.edits());
        edits.add(new TextEdit(language, index, before.text(), after.text()));
        apply(name, new State(p, s.paragraphs(), sentences, edits, s.ignored(), s.glossaries()));
        notice.set(name + " (" + language.code() + " ¶" + (index + 1) + ")");
        if (table() == null) {
            align(level.get());
        }
    }

    private record Location(int paragraph, int sentence) {
    }

    private Location location(Language language, int u) {
        if (level.get() == AlignmentLevel.PARAGRAPH) {
            return new Location(u, -1);
        }
        List<Paragraph> ps = project().version(language).orElseThrow().paragraphs();
        int n = u;
        for (int i = 0; i < ps.size(); i++) {
            if (n < ps.get(i).sentences().size()) {
                return new Location(i, n);
            }
            n -= ps.get(i).sentences().size();
        }
        throw new IndexOutOfBoundsException("No unit " + u);
    }

    /** The unit at the current level that shows character {@code offset} of a paragraph. */
    private int unitOf(Language language, int paragraph, int offset) {
        if (level.get() == AlignmentLevel.PARAGRAPH) {
            return paragraph;
        }
        List<Paragraph> ps = project().version(language).orElseThrow().paragraphs();
        int u = 0;
        for (int i = 0; i < paragraph; i++) {
            u += ps.get(i).sentences().size();
        }
        List<Sentence> ss = ps.get(paragraph).sentences();
        for (int k = 0; k < ss.size(); k++) {
            if (offset < ss.get(k).end() || k == ss.size() - 1) {
                return u + k;
            }
        }
        return u;
    }

    // ---- undo ----

    private void apply(String name, State after) {
        undo.push(new Step(name, state.get(), after, null));
        redo.clear();
        state.set(after);
        refresh();
    }

    /** Puts an edit already made outside the project's state (a glossary file saved) into the history. */
    public void record(UndoableEdit edit) {
        undo.push(new Step(edit.name(), null, null, edit));
        redo.clear();
        refresh();
    }

    public void undo() {
        if (undo.isEmpty()) {
            notice.set("Nothing to undo");
            return;
        }
        Step s = undo.pop();
        redo.push(s);
        if (s.outside() == null) {
            state.set(s.before());
        }
        refresh();
        notice.set("Undone: " + s.name());
        if (s.outside() != null) {
            s.outside().undo(reason -> refused(redo, s, "Not undone: " + s.name() + ": " + reason));
        }
    }

    public void redo() {
        if (redo.isEmpty()) {
            notice.set("Nothing to redo");
            return;
        }
        Step s = redo.pop();
        undo.push(s);
        if (s.outside() == null) {
            state.set(s.after());
        }
        refresh();
        notice.set("Redone: " + s.name());
        if (s.outside() != null) {
            s.outside().redo(reason -> refused(undo, s, "Not redone: " + s.name() + ": " + reason));
        }
    }

    /** An outside edit that could not be undone or redone leaves the history; the rest of it stays usable. */
    private void refused(Deque<Step> movedTo, Step s, String message) {
        movedTo.removeIf(x -> x == s);
        refresh();
        notice.set(message);
    }

    private void refresh() {
        LinkTable t = table();
        List<LinkRow> now = t == null ? unalignedRows() : t.rows();
        if (selectedRow.get() >= now.size()) {
            selectedRow.set(now.size() - 1);
        }
        rows.setAll(now);
        if (!glossaries.equals(state.get().glossaries())) {
            glossaries.setAll(state.get().glossaries());
        }
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "Undo" : "Undo " + lowerFirst(undo.peek().name()));
        redoName.set(redo.isEmpty() ? "Redo" : "Redo " + lowerFirst(redo.peek().name()));
        dirty.set(state.get() != saved);
        List<Finding> kept = findings.stream().filter(f -> !ignored(f)).toList();
        if (kept.size() != findings.size()) {
            findings.setAll(kept);
        }
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Before alignment only English is shown, a row per unit: nothing is linked by guesswork. */
    private List<LinkRow> unalignedRows() {
        List<LinkRow> out = new ArrayList<>();
        int n = project().english().isEmpty() ? 0 : units(project(), Language.ENGLISH, level.get()).size();
        List<LinkCell> empty = targets().stream().map(t -> LinkCell.empty(LinkStatus.AUTOMATIC)).toList();
        for (int i = 0; i < n; i++) {
            out.add(new LinkRow(List.of(i), empty));
        }
        return out;
    }

    // ---- machine drafts ----

    /**
     * The paragraphs inserted as machine drafts, per language, by identity: a paragraph is one while the version
     * holds that very object. An edit puts a new paragraph in its place (even one that types the draft's text again);
     * undoing the insertion takes the objects out of the project, so nothing else, however alike in text, is marked;
     * redo and undoing an edit bring the objects back, and with them the marker. Saved as {@link MachineDraft}s.
     */
    private final Map<Language, Set<Paragraph>> machineDrafts = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<Paragraph> draftsOf(Language language) {
        return machineDrafts.computeIfAbsent(language,
                l -> java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
    }

    /** The paragraphs of {@code p} that are still unedited machine drafts, as the project file keeps them. */
    private List<MachineDraft> machineDraftsIn(Article p) {
        List<MachineDraft> out = new ArrayList<>();
        for (DocumentVersion v : p.versions()) {
            Set<Paragraph> drafts = machineDrafts.get(v.language());
            if (drafts == null || drafts.isEmpty()) {
                continue;
            }
            for (int i = 0; i < v.paragraphs().size(); i++) {
                if (drafts.contains(v.paragraphs().get(i))) {
                    out.add(new MachineDraft(v.language(), i));
                }
            }
        }
        return out;
    }

    /**
     * The English paragraphs whose paragraph row has nothing in {@code target}'s cell: what "Draft missing
     * paragraphs" translates. Empty before alignment.
     */
    public List<Integer> missingParagraphs(Language target) {
        LinkTable t = state.get().paragraphs();
        if (t == null || !t.targets().contains(target)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Bead b : t.alignment(target).beads()) {
            if (b.target().isEmpty()) {
                out.addAll(b.english());
            }
        }
        return out;
    }

    /**
     * Puts machine drafts into the empty cells of {@code target}'s paragraph links (one undoable edit): each drafted
     * English paragraph gets a new paragraph of {@code target}, placed after the paragraphs of the links before it,
     * and its link is marked for review; the cell shows an "MT" marker until a person edits the text or confirms the
     * row. Links that have text in {@code target} are never touched. The sentence links are aligned again when next
     * shown, since the version's sentences changed.
     *
     * @return how many paragraphs were inserted
     */
    public int insertDrafts(Language target, Map<Integer, Paragraph> draftsByEnglish) {
        State s = state.get();
        LinkTable para = s.paragraphs();
        Optional<DocumentVersion> version = s.project().version(target);
        if (para == null || version.isEmpty() || !para.targets().contains(target)) {
            notice.set("Align the paragraphs first: drafts go into the empty cells of the links");
            return 0;
        }
        DocumentVersion v = version.get();
        List<Paragraph> paragraphs = new ArrayList<>();
        int[] oldToNew = new int[v.paragraphs().size()];
        java.util.Arrays.fill(oldToNew, -1);
        List<Bead> beads = new ArrayList<>();
        List<Paragraph> inserted = new ArrayList<>();
        for (Bead b : para.alignment(target).beads()) {
            if (b.target().isEmpty() && !b.english().isEmpty() && draftsByEnglish.keySet().containsAll(b.english())) {
                List<Integer> mine = new ArrayList<>();
                for (int e : b.english()) {
                    Paragraph draft = draftsByEnglish.get(e);
                    mine.add(paragraphs.size());
                    paragraphs.add(draft);
                    inserted.add(draft);
                }
                beads.add(new Bead(b.english(), mine, 0, LinkStatus.REVIEW));
                continue;
            }
            List<Integer> mine = new ArrayList<>();
            for (int t : b.target()) {
                if (t < 0 || t >= oldToNew.length || oldToNew[t] >= 0) {
                    notice.set("The links of " + target.displayName() + " are not in order: drafts not inserted");
                    return 0;
                }
                oldToNew[t] = paragraphs.size();
                mine.add(paragraphs.size());
                paragraphs.add(v.paragraphs().get(t));
            }
            beads.add(new Bead(b.english(), mine, b.confidence(), b.status()));
        }
        for (int n : oldToNew) {
            if (n < 0) {
                notice.set("A paragraph of " + target.displayName() + " is in no link: drafts not inserted");
                return 0;
            }
        }
        if (inserted.isEmpty()) {
            notice.set("No empty " + target.displayName() + " cells to fill");
            return 0;
        }
        Article p = s.project().withVersion(new DocumentVersion(target, v.source(), paragraphs));
        List<Alignment> alignments = new ArrayList<>();
        for (Language t : para.targets()) {
            alignments.add(t.equals(target) ? new Alignment(target, AlignmentLevel.PARAGRAPH, beads) : para.alignment(t));
        }
        LinkTable table = LinkTable.of(AlignmentLevel.PARAGRAPH, units(p, Language.ENGLISH, AlignmentLevel.PARAGRAPH).size(),
                counts(p, AlignmentLevel.PARAGRAPH), alignments);
        List<TextEdit> edits = new ArrayList<>();
        for (TextEdit e : s.edits()) {
            edits.add(e.language().equals(target) && e.paragraph() >= 0 && e.paragraph() < oldToNew.length
                    ? new TextEdit(e.language(), oldToNew[e.paragraph()], e.before(), e.after()) : e);
        }
        draftsOf(target).addAll(inserted);
        apply("Insert machine drafts", new State(p, table, null, edits, s.ignored(), s.glossaries()));
        notice.set(inserted.size() + (inserted.size() == 1 ? " machine draft" : " machine drafts") + " inserted into " + target.displayName()
                + ": marked for review (MT) until edited or confirmed");
        if (table() == null) {
            align(level.get());
        }
        return inserted.size();
    }

    /**
     * The English paragraphs of row {@code r} (at the current level) whose paragraph link has nothing in
     * {@code target}: what "Draft this row's missing paragraph" translates. Empty when the cell has text.
     */
    public List<Integer> missingParagraphsOfRow(int r, Language target) {
        LinkTable t = table();
        if (t == null || r < 0 || r >= t.rows().size()) {
            return List.of();
        }
        Set<Integer> mine = new LinkedHashSet<>();
        for (int u : t.rows().get(r).english()) {
            mine.add(paragraphOfUnit(Language.ENGLISH, u));
        }
        return missingParagraphs(target).stream().filter(mine::contains).toList();
    }

    /** The paragraph that unit {@code u} of a version belongs to at the current level. */
    int paragraphOfUnit(Language language, int u) {
        return location(language, u).paragraph();
    }

    /** How many text edits a person made to {@code language} in the workbench (kept in the project). */
    public int personEditCount(Language language) {
        return (int) state.get().edits().stream().filter(e -> e.language().equals(language)).count();
    }

    /** Whether replacing {@code language} would throw away text a person edited here (Undo still brings it back). */
    public boolean hasPersonEdits(Language language) {
        return personEditCount(language) > 0;
    }

    /**
     * Puts {@code drafts} (one per English paragraph of {@code english}, in order) in place of {@code target}'s text:
     * one undoable edit; every link becomes 1-1, marked for review, and every paragraph shows the MT marker until
     * edited or confirmed. The version's earlier edits go with its old text (Undo restores both). Refused when the
     * English text changed while drafting.
     *
     * @return whether the version was replaced
     */
    public boolean replaceVersionWithDrafts(Language target, DocumentVersion english, List<Paragraph> drafts) {
        State s = state.get();
        Optional<DocumentVersion> version = s.project().version(target);
        if (version.isEmpty()) {
            notice.set("The project has no " + target.displayName() + " version to fill");
            return false;
        }
        if (!s.project().english().paragraphTexts().equals(english.paragraphTexts()) || drafts.size() != english.paragraphs().size()) {
            notice.set("The English text changed while drafting: draft the version again");
            return false;
        }
        Article p = s.project().withVersion(new DocumentVersion(target, version.get().source(), drafts));
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), 0, LinkStatus.REVIEW));
        }
        List<Alignment> alignments = new ArrayList<>();
        for (DocumentVersion v : p.others()) {
            Language t = v.language();
            if (t.equals(target)) {
                alignments.add(new Alignment(target, AlignmentLevel.PARAGRAPH, beads));
            } else if (s.paragraphs() != null && s.paragraphs().targets().contains(t)) {
                alignments.add(s.paragraphs().alignment(t));
            }
        }
        // the other versions keep their links; without them the table waits for an alignment that includes them
        boolean complete = alignments.size() == p.others().size();
        LinkTable table = complete ? LinkTable.of(AlignmentLevel.PARAGRAPH, drafts.size(),
                counts(p, AlignmentLevel.PARAGRAPH), alignments) : null;
        List<TextEdit> edits = s.edits().stream().filter(e -> !e.language().equals(target)).toList();
        draftsOf(target).addAll(drafts);
        apply("Draft whole version", new State(p, table, null, edits, s.ignored(), s.glossaries()));
        notice.set(drafts.size() + " machine drafts now make up the " + target.displayName()
                + " version: linked 1-1, marked for review (MT) until edited or confirmed");
        if (table() == null) {
            align(level.get());
        }
        return true;
    }

    /** Whether unit {@code u} of a cell is an unreviewed machine draft: inserted as one, unedited, row not confirmed. */
    public boolean isMachineDraft(Language language, int u, LinkStatus cellStatus) {
        Set<Paragraph> drafts = machineDrafts.get(language);
        if (drafts == null || drafts.isEmpty() || cellStatus == LinkStatus.CONFIRMED) {
            return false;
        }
        int paragraph = level.get() == AlignmentLevel.PARAGRAPH ? u : location(language, u).paragraph();
        List<Paragraph> ps = project().version(language).map(DocumentVersion::paragraphs).orElse(List.of());
        return paragraph >= 0 && paragraph < ps.size() && drafts.contains(ps.get(paragraph));
    }

    // ---- findings ----

    public void check() {
        State s = state.get();
        if (s.paragraphs() == null) {
            notice.set("Align the paragraphs first: checks compare linked paragraphs");
            return;
        }
        Map<Language, Alignment> links = new LinkedHashMap<>();
        for (Language t : s.paragraphs().targets()) {
            links.put(t, s.paragraphs().alignment(t));
        }
        tasks.run("Checking", progress -> checks.check(s.project(), links, s.glossaries(), progress), (List<Finding> found) -> {
            findings.setAll(found.stream().filter(f -> !ignored(f)).toList());
            notice.set(found.size() + " findings");
        }, e -> notice.set("Checking failed: " + describe(e)));
    }

    private boolean ignored(Finding f) {
        return state.get().ignored().contains(IgnoredFinding.of(f));
    }

    /** Where a finding lies: a paragraph of its version and a span in that paragraph. */
    public record Place(Language language, int paragraph, int start, int end) {
    }

    private LinkTable placesTable;
    private final Map<Language, ParagraphPlaces> places = new HashMap<>();

    /** The paragraph places of a target, read once per paragraph table (findings are placed by the thousand). */
    private ParagraphPlaces places(LinkTable table, Language target) {
        if (table != placesTable) {
            places.clear();
            placesTable = table;
        }
        return places.computeIfAbsent(target, t -> new ParagraphPlaces(table.alignment(t).beads()));
    }

    /** Resolves the finding's unit-relative offsets to a paragraph, following the terms engine's convention. */
    public Optional<Place> place(Finding f) {
        Optional<DocumentVersion> v = project().version(f.language());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        State s = state.get();
        List<Integer> paragraphs;
        if (!f.language().equals(Language.ENGLISH) && s.paragraphs() != null && s.paragraphs().targets().contains(f.language())) {
            paragraphs = places(s.paragraphs(), f.language()).targets(f.unit());
        } else {
            // an unlinked version: its offsets run from the named paragraph on
            int from = Math.max(0, f.unit());
            int size = Math.max(0, v.get().paragraphs().size() - from);
            paragraphs = new java.util.AbstractList<>() { // a view, not a copy: placed once per finding
                @Override
                public Integer get(int i) {
                    return from + i;
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
        int offset = 0;
        for (int i : paragraphs) {
            if (i < 0 || i >= v.get().paragraphs().size()) {
                break;
            }
            int len = v.get().paragraphs().get(i).text().length();
            if (f.start() <= offset + len) {
                int start = f.start() - offset;
                int end = Math.min(len, f.end() - offset);
                return Optional.of(new Place(f.language(), i, start, Math.max(start, end)));
            }
            offset += len + 1; // the '\n' the checks join a link's paragraphs with
        }
        return Optional.empty();
    }

    /** Selects the row that shows the finding (and its column); false when it cannot be placed. */
    public boolean jumpTo(Finding f) {
        Optional<Place> at = place(f);
        if (at.isEmpty()) {
            notice.set("Cannot place this finding in the text");
            return false;
        }
        Place p = at.get();
        int u = unitOf(p.language(), p.paragraph(), p.start());
        LinkTable t = table();
        int row;
        if (t == null) {
            row = p.language().equals(Language.ENGLISH) ? u : -1;
        } else {
            row = p.language().equals(Language.ENGLISH) ? t.rowOfEnglish(u) : t.rowOfTarget(p.language(), u);
        }
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

    /** Puts a suggestion in place of the finding's span (undoable) and takes the finding off the list. */
    public boolean applySuggestion(Finding f, String suggestion) {
        Optional<Place> at = place(f);
        if (at.isEmpty()) {
            notice.set("Cannot place this finding in the text");
            return false;
        }
        Place p = at.get();
        Paragraph para = project().version(p.language()).orElseThrow().paragraphs().get(p.paragraph());
        String found = para.text().substring(p.start(), p.end());
        if (!f.text().isEmpty() && !found.equals(f.text())) {
            notice.set("The text changed since the check ('" + found + "' is there now): check again");
            return false;
        }
        replaceParagraph("Apply suggestion", p.language(), p.paragraph(), para,
                ParagraphEdit.replace(para, p.start(), p.end(), suggestion));
        findings.remove(f);
        jumpTo(new Finding(f.kind(), f.severity(), f.language(), f.unit(), f.start(), f.start() + suggestion.length(),
                suggestion, f.concept(), "Applied: " + suggestion, List.of(), f.ruleId()));
        return true;
    }

    /** Ignores a finding from now on (kept in the project; undoable). */
    public void ignore(Finding f) {
        State s = state.get();
        Set<IgnoredFinding> ignored = new LinkedHashSet<>(s.ignored());
        ignored.add(IgnoredFinding.of(f));
        apply("Ignore finding", new State(s.project(), s.paragraphs(), s.sentences(), s.edits(), ignored, s.glossaries()));
        findings.remove(f);
    }

    /** The glossary files the project refers to (the checks load them). */
    public ObservableList<String> glossaries() {
        return glossaries;
    }

    /** Adds a glossary reference to the project (undoable); the file is read by the checks, not here. */
    public void addGlossary(String path) {
        State s = state.get();
        if (s.glossaries().contains(path)) {
            notice.set("The project already uses " + path);
            return;
        }
        List<String> list = new ArrayList<>(s.glossaries());
        list.add(path);
        apply("Add glossary", new State(s.project(), s.paragraphs(), s.sentences(), s.edits(), s.ignored(), list));
        notice.set("Glossary added: run the checks (F7) to use it");
    }

    public void removeGlossary(String path) {
        State s = state.get();
        List<String> list = new ArrayList<>(s.glossaries());
        if (list.remove(path)) {
            apply("Remove glossary", new State(s.project(), s.paragraphs(), s.sentences(), s.edits(), s.ignored(), list));
        }
    }

    /** A source file moved: the version now points at its new place (its imported text is kept). */
    public void relocate(Language language, String newSource) {
        State s = state.get();
        DocumentVersion v = s.project().version(language).orElseThrow();
        Article p = s.project().withVersion(new DocumentVersion(language, newSource, v.paragraphs()));
        apply("Relocate " + language.code(), new State(p, s.paragraphs(), s.sentences(), s.edits(), s.ignored(), s.glossaries()));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
