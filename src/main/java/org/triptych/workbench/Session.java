package org.triptych.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;
import org.triptych.model.TextEdit;
import org.triptych.model.WebOrigin;

/**
 * One open project: its state (article, links, edits, ignored findings, glossaries, machine drafts), the one undo
 * history every change goes through, whether it is saved and where, and the findings of the last check. The window
 * and the command line both drive it, so they behave the same.
 *
 * <p>Everything here runs on the session's owner thread (the FX thread in the window, the main thread on the command
 * line); engines run through the {@link TaskRunner}, whose results come back on that thread. Work started for one
 * project never lands in another: each project that replaces the open one starts a new generation, and results of an
 * older generation are dropped.
 */
public final class Session {

    private final TaskRunner tasks;
    private final UnitAligner aligner;
    private final FindingsSource checks;
    private final History history = new History();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final FindingPlaces places = new FindingPlaces();
    private final Map<AlignmentLevel, ProjectState> aligning = new EnumMap<>(AlignmentLevel.class);
    private ProjectState state = ProjectState.empty();
    /** The state the project file holds; null when none does (new, recovered or never saved). */
    private ProjectState saved = state;
    private Path file;
    private List<Finding> findings = List.of();
    /** The state the findings were found in. */
    private ProjectState checkedState;
    private long generation;

    public Session(TaskRunner tasks, UnitAligner aligner, FindingsSource checks) {
        this.tasks = tasks;
        this.aligner = aligner;
        this.checks = checks;
    }

    public void addListener(SessionListener l) {
        listeners.add(l);
    }

    public void removeListener(SessionListener l) {
        listeners.remove(l);
    }

    // ---- what the session holds ----

    public ProjectState state() {
        return state;
    }

    public Article article() {
        return state.article();
    }

    /** The links at {@code level}, or null while that level is not aligned. */
    public LinkTable table(AlignmentLevel level) {
        return state.table(level);
    }

    /** The project file, or empty for an untitled project. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the project holds work its file does not (or it has no file and holds work). */
    public boolean isDirty() {
        return state != saved;
    }

    /** What a window title says: the project's file name, or "Untitled". */
    public String title() {
        return file == null ? "Untitled" : file.getFileName().toString();
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * Which project is open: goes up each time another project replaces the open one. Work started for one project
     * checks it before it lands, so a result never reaches another project.
     */
    public long generation() {
        return generation;
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** "Undo merge with next row", or "Undo" when there is nothing to undo. */
    public String undoName() {
        return label("Undo", history.nextUndo());
    }

    public String redoName() {
        return label("Redo", history.nextRedo());
    }

    private static String label(String verb, String step) {
        return step == null || step.isEmpty() ? verb : verb + " " + Character.toLowerCase(step.charAt(0)) + step.substring(1);
    }

    // ---- which project is open ----

    /**
     * Puts another project in place of the open one: a fresh history, no findings, and any background work for the
     * old one dropped. {@code onDisk} says whether {@code file} holds exactly this project (opened from it) or not (a
     * new project, a recovered autosave: unsaved until saved).
     */
    public void replace(Project project, Path projectFile, boolean onDisk) {
        generation++;
        aligning.clear();
        sentencesWanted = false;
        history.clear();
        state = ProjectState.of(project);
        saved = onDisk ? state : null;
        file = projectFile;
        findings = List.of();
        fire(SessionListener.Change.PROJECT);
        ensureAligned(AlignmentLevel.PARAGRAPH);
    }

    /** {@code written} is what is in {@code projectFile} now: that state is the clean one (later edits stay unsaved). */
    public void markSaved(ProjectState written, Path projectFile) {
        saved = written;
        file = projectFile;
        fire(SessionListener.Change.SAVED);
    }

    /** Says a sentence to whoever shows this session (status line, terminal). */
    public void notice(String message) {
        for (SessionListener l : listeners) {
            l.notice(message);
        }
    }

    // ---- aligning ----

    /** Aligns {@code level} when it has no links yet (not an edit: nothing to undo, nothing unsaved). */
    public void ensureAligned(AlignmentLevel level) {
        if (state.table(level) != null || state.article().english().isEmpty() || aligning.get(level) != null) {
            return;
        }
        if (level == AlignmentLevel.SENTENCE && state.paragraphs() == null) {
            // sentence links stay inside paragraph links: they wait for those
            sentencesWanted = true;
            ensureAligned(AlignmentLevel.PARAGRAPH);
            return;
        }
        align(level, null);
    }

    /** Sentences were asked for while the paragraphs were still being aligned. */
    private boolean sentencesWanted;

    /** Aligns {@code level} again: confirmed links are kept as anchors, the rest is redone (undoable). */
    public void realign(AlignmentLevel level) {
        if (state.article().english().isEmpty()) {
            notice("There is no English text to align with");
            return;
        }
        align(level, state.table(level) == null ? null : "Re-align");
    }

    /** Whether links for {@code level} are being made now. */
    public boolean isAligning(AlignmentLevel level) {
        return aligning.get(level) != null;
    }

    private void align(AlignmentLevel level, String stepName) {
        ProjectState before = state;
        long gen = generation;
        aligning.put(level, before);
        LinkTable old = before.table(level);
        tasks.run(old == null ? "Aligning" : "Re-aligning", progress -> {
            Map<Language, Alignment> fresh = LinkAligning.align(aligner, before.article(), level, before.targets(), old,
                    before.paragraphs(), progress);
            LinkTable table = LinkAligning.table(before.article(), level, fresh, null);
            return table == null ? null : table.reusing(old);
        }, (LinkTable table) -> {
            if (gen != generation) {
                return; // made for a project that is no longer open
            }
            aligning.remove(level);
            if (table == null) {
                return;
            }
            boolean thenSentences = level == AlignmentLevel.PARAGRAPH && sentencesWanted;
            sentencesWanted = false;
            if (state != before) {
                ProjectState now = state;
                if (now.table(level) != null || !sameUnitCounts(now.article(), before.article(), level)) {
                    notice("The text changed while aligning: align again to include the change");
                    return;
                }
                // only what the links do not depend on changed (sentences found, a glossary added): they still fit
                settle(now, now.with(level, table));
            } else if (stepName == null) {
                settle(before, before.with(level, table)); // a first alignment is not an edit
            } else {
                apply(stepName, before.with(level, table));
            }
            notice("Aligned: " + table.rows().size() + " rows");
            if (thenSentences) {
                ensureAligned(AlignmentLevel.SENTENCE);
            }
        }, e -> {
            if (gen == generation) {
                aligning.remove(level);
                notice("Aligning failed: " + describe(e));
            }
        });
    }

    /** Puts a state in without a history step (links that complete the state); a clean state stays clean. */
    private void settle(ProjectState from, ProjectState to) {
        if (saved == from) {
            saved = to;
        }
        state = to;
        fire(SessionListener.Change.STATE);
    }

    private static boolean sameUnitCounts(Article a, Article b, AlignmentLevel level) {
        if (a.versions().size() != b.versions().size()) {
            return false;
        }
        for (DocumentVersion v : a.versions()) {
            if (b.version(v.language()).isEmpty()
                    || Units.count(a, v.language(), level) != Units.count(b, v.language(), level)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts another article in place of the open one's, keeping links, edits, glossaries and history (the bundled
     * sample's sentences found in the background): only while nothing but glossary files was edited, and the
     * paragraphs are the same. Returns whether it was put in.
     */
    public boolean refineSegmentation(Article segmented) {
        ProjectState s = state;
        if (history.hasStateSteps() || s.article().versions().size() != segmented.versions().size()) {
            return false;
        }
        for (int i = 0; i < segmented.versions().size(); i++) {
            DocumentVersion now = s.article().versions().get(i);
            DocumentVersion next = segmented.versions().get(i);
            if (!now.language().equals(next.language()) || !now.paragraphTexts().equals(next.paragraphTexts())) {
                return false;
            }
        }
        aligning.remove(AlignmentLevel.SENTENCE);
        settle(s, s.withArticle(segmented, s.paragraphs(), null));
        return true;
    }

    // ---- replacing a version (import) ----

    /**
     * Puts {@code version} in place of the version in its language (or adds it) and aligns it at once in the
     * background; the whole change is one undoable step named {@code stepName}. Edits and ignored findings of the
     * replaced text go with it (undo brings them back); a new English version is aligned with every other version.
     */
    public void replaceVersion(DocumentVersion version, String stepName) {
        replaceVersion(version, null, stepName);
    }

    /**
     * As {@link #replaceVersion(DocumentVersion, String)} for a version read from a web page: {@code origin} (its
     * address and fetch time) goes into the same step, so undo takes both back.
     */
    public void replaceVersion(DocumentVersion version, WebOrigin origin, String stepName) {
        ProjectState before = state;
        long gen = generation;
        Language l = version.language();
        boolean english = l.equals(Language.ENGLISH);
        tasks.run("Aligning the new " + l.displayName() + " version", progress -> {
            Article a = before.article().withVersion(version);
            List<Language> targets = english ? targetsOf(a) : List.of(l);
            LinkTable keptParagraphs = english ? null : before.paragraphs();
            LinkTable keptSentences = english ? null : before.sentences();
            if (a.english().isEmpty()) {
                return before.withArticle(a, null, null);
            }
            LinkTable paragraphs = LinkAligning.table(a, AlignmentLevel.PARAGRAPH,
                    LinkAligning.align(aligner, a, AlignmentLevel.PARAGRAPH, targets, null, null, progress), keptParagraphs);
            LinkTable sentences = null;
            if (keptSentences != null && paragraphs != null) {
                sentences = LinkAligning.table(a, AlignmentLevel.SENTENCE, LinkAligning.align(aligner, a,
                        AlignmentLevel.SENTENCE, targets, null, paragraphs, progress), keptSentences);
            }
            return before.withArticle(a, paragraphs, sentences);
        }, (ProjectState aligned) -> {
            if (gen != generation) {
                return;
            }
            ProjectState base = state;
            if (base != before && base.article().english() != before.article().english()) {
                notice("The English text changed while the new version was aligned: import it again");
                return;
            }
            ProjectState next = base == before ? aligned : rebase(base, aligned, l);
            List<TextEdit> edits = next.edits().stream().filter(e -> !english && !e.language().equals(l)).toList();
            Set<IgnoredFinding> ignored = new LinkedHashSet<>(next.ignored());
            ignored.removeIf(f -> english || f.language().equals(l)); // English numbers every link: all go stale
            // notes anchored to the replaced text go with it (rows of English anchors are all made anew for English)
            List<org.triptych.model.RowNote> notes = next.notes().stream()
                    .filter(n -> !english && !n.language().equals(l)).toList();
            ProjectState replaced = next.withEdits(edits).withIgnored(ignored).withNotes(notes);
            apply(stepName, origin == null ? replaced : replaced.withWebOrigin(origin));
            notice(stepName + ": " + version.paragraphs().size() + " paragraphs, aligned");
        }, e -> {
            if (gen == generation) {
                notice(stepName + " failed: " + describe(e));
            }
        });
    }

    private static List<Language> targetsOf(Article a) {
        return a.others().stream().map(DocumentVersion::language).toList();
    }

    /** The new version's links put into a state edited meanwhile (English unchanged, so they still fit). */
    private static ProjectState rebase(ProjectState now, ProjectState aligned, Language l) {
        Article a = now.article().withVersion(aligned.article().version(l).orElseThrow());
        Map<Language, Alignment> mine = new LinkedHashMap<>();
        if (aligned.paragraphs() != null) {
            mine.put(l, aligned.paragraphs().alignment(l));
        }
        LinkTable paragraphs = LinkAligning.table(a, AlignmentLevel.PARAGRAPH, mine, now.paragraphs());
        Map<Language, Alignment> mineSentences = new LinkedHashMap<>();
        if (aligned.sentences() != null) {
            mineSentences.put(l, aligned.sentences().alignment(l));
        }
        LinkTable sentences = now.sentences() == null || paragraphs == null ? null
                : LinkAligning.table(a, AlignmentLevel.SENTENCE, mineSentences, now.sentences());
        return now.withArticle(a, paragraphs, sentences);
    }

    // ---- a translation read back (XLIFF) ----

    /**
     * Puts the targets of a translated XLIFF file into the open project ({@link XliffImport}): the version of its
     * target language is made or updated, one undoable step named after the file, and a notice says what changed. The
     * sentence links of that version are made again inside its new paragraph links.
     */
    public void importTranslation(org.triptych.io.xliff.XliffDocument doc, String fileName) {
        ProjectState before = state;
        long gen = generation;
        tasks.run("Importing " + fileName, progress -> {
            LinkTable sentences = before.sentences();
            boolean fileHoldsSentences = doc.units().stream().anyMatch(u -> u.id().startsWith("s"));
            if (sentences == null && fileHoldsSentences && before.paragraphs() != null) {
                sentences = LinkAligning.table(before.article(), AlignmentLevel.SENTENCE, LinkAligning.align(aligner,
                        before.article(), AlignmentLevel.SENTENCE, before.targets(), null, before.paragraphs(), progress), null);
            }
            XliffImport.Merged m = XliffImport.merge(before, sentences, doc);
            if (!m.summary().changedAnything() || before.sentences() == null) {
                return m;
            }
            ProjectState next = m.state();
            Map<Language, Alignment> fresh = LinkAligning.align(aligner, next.article(), AlignmentLevel.SENTENCE,
                    List.of(m.target()), null, next.paragraphs(), progress);
            return new XliffImport.Merged(next.with(AlignmentLevel.SENTENCE, LinkAligning.table(next.article(),
                    AlignmentLevel.SENTENCE, fresh, before.sentences())), m.target(), m.summary());
        }, (XliffImport.Merged m) -> {
            if (gen != generation) {
                return;
            }
            if (state != before) {
                notice("The project changed while " + fileName + " was read: import it again");
                return;
            }
            String said = m.summary().say(fileName, m.target());
            if (!m.summary().changedAnything()) {
                notice("Nothing to change: " + said);
                return;
            }
            apply("Import translation " + fileName, m.state());
            notice("Imported " + said);
        }, e -> {
            if (gen == generation) {
                notice(fileName + " was not imported: " + describe(e));
            }
        });
    }

    // ---- link edits (each undoable) ----

    public void mergeWithNext(AlignmentLevel level, int row) {
        editLinks("Merge with next row", level, t -> t.mergeWithNext(row));
    }

    /** Splits a cell after its k-th unit; {@code column} null or English splits the English cell. */
    public void split(AlignmentLevel level, int row, Language column, int k) {
        editLinks("Split", level, t -> t.split(row, isEnglish(column) ? null : column, k));
    }

    /** Moves a target cell's units to the row above ({@code delta} -1) or below (+1); returns whether it moved. */
    public boolean move(AlignmentLevel level, int row, Language column, int delta) {
        if (isEnglish(column)) {
            notice("English is the pivot: move the other versions' cells, or split and merge rows");
            return false;
        }
        return editLinks(delta < 0 ? "Move cell up" : "Move cell down", level, t -> t.move(row, column, delta));
    }

    public void insertEmpty(AlignmentLevel level, int row, Language column) {
        if (isEnglish(column)) {
            notice("English is the pivot: insert empty cells in the other versions");
            return;
        }
        editLinks("Insert empty cell", level, t -> t.insertEmpty(row, column));
    }

    public void confirm(AlignmentLevel level, int row) {
        editLinks("Confirm", level, t -> t.withStatus(row, LinkStatus.CONFIRMED));
    }

    public void markForReview(AlignmentLevel level, int row) {
        editLinks("Mark for review", level, t -> t.withStatus(row, LinkStatus.REVIEW));
    }

    private static boolean isEnglish(Language column) {
        return column == null || column.equals(Language.ENGLISH);
    }

    private boolean editLinks(String name, AlignmentLevel level, UnaryOperator<LinkTable> change) {
        LinkTable t = state.table(level);
        if (t == null) {
            notice("Align first");
            return false;
        }
        try {
            apply(name, state.with(level, change.apply(t)));
            notice(name);
            return true;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            notice(name + ": " + e.getMessage());
            return false;
        }
    }

    // ---- text edits ----

    /** Replaces the text of unit {@code u} (a paragraph, or a sentence at sentence level) of a version. */
    public void editText(AlignmentLevel level, Language language, int u, String text) {
        try {
            ProjectState next = TextEdits.rewriteUnit(state, level, language, u, text);
            if (next != null) {
                int paragraph = Units.locate(state.article(), language, level, u).paragraph();
                apply("Edit text", next);
                notice("Edit text (" + language.code() + " ¶" + (paragraph + 1) + ")");
                ensureAligned(level); // an edit that merged sentences leaves that level to align again
            }
        } catch (CommandRefused e) {
            notice(e.getMessage());
        }
    }

    /** Where {@code f} lies in the open project's text; empty when it cannot be placed. */
    public Optional<FindingPlaces.Place> place(Finding f) {
        return places.place(state, f);
    }

    /** Puts a suggestion in place of the finding's span (undoable) and takes the finding off the list. */
    public boolean applySuggestion(Finding f, String suggestion) {
        Optional<FindingPlaces.Place> at = place(f);
        if (at.isEmpty()) {
            notice("Cannot place this finding in the text");
            return false;
        }
        FindingPlaces.Place p = at.get();
        Paragraph para = state.article().version(p.language()).orElseThrow().paragraphs().get(p.paragraph());
        String found = para.text().substring(p.start(), p.end());
        if (!f.text().isEmpty() && !found.equals(f.text())) {
            notice("The text changed since the check ('" + found + "' is there now): check again");
            return false;
        }
        ProjectState next = TextEdits.replaceParagraph(state, p.language(), p.paragraph(),
                ParagraphEdit.replace(para, p.start(), p.end(), suggestion));
        findings = findings.stream().filter(x -> x != f).toList();
        apply("Apply suggestion", next);
        fire(SessionListener.Change.FINDINGS);
        notice("Applied: " + suggestion + " (" + p.language().code() + " ¶" + (p.paragraph() + 1) + ")");
        return true;
    }

    /** Ignores a finding from now on (kept in the project; undoable). */
    public void ignore(Finding f) {
        Set<IgnoredFinding> ignored = new LinkedHashSet<>(state.ignored());
        ignored.add(IgnoredFinding.of(f));
        apply("Ignore finding", state.withIgnored(ignored));
    }

    /**
     * Ignores every finding like {@code f} — same kind, rule, language and flagged text — in every row, now and in
     * later checks (kept in the project; one undoable step). A finding that flags no text (a missing term, an
     * omission) is one of a kind: ignore it on its own.
     */
    public int ignoreAllLike(Finding f) {
        if (f.text().isBlank()) {
            notice("This finding flags no text, so there is nothing to recognise others by: ignore it on its own");
            return 0;
        }
        int alike = (int) findings.stream().filter(x -> IgnoredFinding.allLike(x).equals(IgnoredFinding.allLike(f))).count();
        Set<IgnoredFinding> ignored = new LinkedHashSet<>(state.ignored());
        ignored.add(IgnoredFinding.allLike(f));
        apply("Ignore all like " + quoted(f.text()), state.withIgnored(ignored));
        notice("Ignored " + alike + (alike == 1 ? " finding" : " findings") + " like " + quoted(f.text())
                + " in " + f.language().code() + ", and any later check's (undo to see them again)");
        return alike;
    }

    /**
     * A word accepted into the person's dictionary: the spelling findings that flag it in {@code language} leave the
     * list now (later checks accept it through the dictionary). Returns how many left.
     */
    public int acceptWord(Language language, String word) {
        int before = findings.size();
        findings = findings.stream().filter(f -> !(f.language().equals(language) && f.text().equals(word)
                && f.kind().equals("spelling"))).toList();
        int gone = before - findings.size();
        if (gone > 0) {
            fire(SessionListener.Change.FINDINGS);
        }
        return gone;
    }

    /** The note on row {@code row} at {@code level} ("" when none). */
    public String note(AlignmentLevel level, int row) {
        return RowNotes.of(state, level, row);
    }

    /** Sets the note on a row (blank removes it): kept in the project, one undoable step. */
    public void setNote(AlignmentLevel level, int row, String text) {
        java.util.List<org.triptych.model.RowNote> notes = RowNotes.with(state, level, row, text == null ? "" : text);
        if (notes == null) {
            notice("That row has no text to note");
            return;
        }
        if (notes.equals(state.notes())) {
            return;
        }
        boolean removed = text == null || text.isBlank();
        apply(removed ? "Remove note" : "Note on row " + (row + 1), state.withNotes(notes));
        notice(removed ? "Note removed from row " + (row + 1) : "Note kept on row " + (row + 1));
    }

    /** A source file moved: the version now points at its new place (its imported text is kept). */
    public void relocate(Language language, String newSource) {
        DocumentVersion v = state.article().version(language).orElseThrow();
        Article a = state.article().withVersion(new DocumentVersion(language, newSource, v.paragraphs()));
        apply("Relocate " + language.displayName() + " source", state.withArticle(a, state.paragraphs(), state.sentences()));
    }

    // ---- find and replace (Edit ▸ Find, Ctrl+F; Replace, Ctrl+H) ----

    /**
     * Finds {@code q} in the open project in the background and hands the matches to {@code then} on this thread
     * (not when another project was opened meanwhile). A regular expression that is not valid is said in a notice.
     */
    public void find(TextSearch.Query q, java.util.function.Consumer<TextSearch.Found> then) {
        find(q, AlignmentLevel.PARAGRAPH, (found, hits) -> then.accept(found));
    }

    /** As {@link #find(TextSearch.Query, java.util.function.Consumer)}, the matches also placed in the rows of {@code level}. */
    public void find(TextSearch.Query q, AlignmentLevel level,
                     java.util.function.BiConsumer<TextSearch.Found, List<TextSearch.Hit>> then) {
        find(q, level, hits -> hits, (found, hits, same) -> then.accept(found, hits));
    }

    /** What the caller makes of the placed matches where the search runs, and what it hands on. */
    public interface FoundThen<T> {
        void accept(TextSearch.Found found, List<TextSearch.Hit> hits, T prepared);
    }

    /**
     * As {@link #find(TextSearch.Query, AlignmentLevel, java.util.function.BiConsumer)}; {@code prepare} runs on the
     * search's thread too (a view indexing thousands of matches keeps that off its own thread).
     */
    public <T> void find(TextSearch.Query q, AlignmentLevel level, java.util.function.Function<List<TextSearch.Hit>, T> prepare,
                         FoundThen<T> then) {
        ProjectState s = state;
        long gen = generation;
        try {
            TextSearch.pattern(q);
        } catch (IllegalArgumentException e) {
            notice(e.getMessage());
            return;
        }
        record Result<T>(TextSearch.Found found, List<TextSearch.Hit> hits, T prepared) {
        }
        tasks.run("Finding", () -> {
            TextSearch.Found found = TextSearch.find(s.article(), q);
            List<TextSearch.Hit> hits = TextSearch.hits(s, level, found);
            return new Result<>(found, hits, prepare.apply(hits));
        }, (Result<T> r) -> {
            if (gen == generation) {
                then.accept(r.found(), r.hits(), r.prepared());
            }
        }, e -> notice("Finding failed: " + describe(e)));
    }

    /**
     * Replaces every match of {@code q} with {@code replacement}, across the versions the query names, as ONE
     * undoable step; found and replaced in the background, put in only if nothing changed meanwhile.
     */
    public void replaceAll(TextSearch.Query q, String replacement) {
        ProjectState before = state;
        long gen = generation;
        try {
            TextSearch.pattern(q);
        } catch (IllegalArgumentException e) {
            notice(e.getMessage());
            return;
        }
        tasks.run("Replacing", () -> java.util.Optional.ofNullable(TextSearch.replace(before, q,
                TextSearch.find(before.article(), q).matches(), replacement)), (java.util.Optional<TextSearch.Replaced> r) -> {
            if (gen != generation) {
                return;
            }
            if (state != before) {
                notice("The text changed while replacing: nothing was replaced; replace again");
                return;
            }
            if (r.isEmpty()) {
                notice("Nothing to replace: " + quoted(q.text()) + " is not in the text");
                return;
            }
            apply("Replace all " + quoted(q.text()), r.get().state());
            notice("Replaced " + r.get().matches() + (r.get().matches() == 1 ? " match" : " matches") + " in "
                    + r.get().paragraphs() + (r.get().paragraphs() == 1 ? " paragraph" : " paragraphs")
                    + " (one Undo puts them back)");
            if (before.sentences() != null && state.sentences() == null) {
                ensureAligned(AlignmentLevel.SENTENCE); // a sentence split or joined: that level is aligned again
            }
        }, e -> {
            if (gen == generation) {
                notice("Replacing failed: " + describe(e));
            }
        });
    }

    /** Replaces one match (if the text there is still what was found); returns whether it was replaced. */
    public boolean replaceOne(TextSearch.Query q, TextSearch.Match match, String replacement) {
        TextSearch.Replaced r;
        try {
            r = TextSearch.replace(state, q, List.of(match), replacement);
        } catch (IllegalArgumentException e) {
            notice(e.getMessage());
            return false;
        }
        if (r == null) {
            notice("The text there changed since it was found: find again");
            return false;
        }
        ProjectState before = state;
        apply("Replace " + quoted(q.text()), r.state());
        notice("Replaced 1 match (" + match.language().code() + " ¶" + (match.paragraph() + 1) + ")");
        if (before.sentences() != null && state.sentences() == null) {
            ensureAligned(AlignmentLevel.SENTENCE);
        }
        return true;
    }

    /** A term as a notice quotes it: isolated when it is right-to-left, so the sentence around it keeps its order. */
    static String quoted(String term) {
        return "'" + org.triptych.text.BidiIsolates.isolate(term) + "'";
    }

    // ---- glossaries ----

    public List<String> glossaries() {
        return state.glossaries();
    }

    /** Adds a glossary file to the project (undoable); the file is read by the checks, not here. */
    public void addGlossary(String path) {
        if (state.glossaries().contains(path)) {
            notice("The project already uses " + path);
            return;
        }
        List<String> list = new ArrayList<>(state.glossaries());
        list.add(path);
        apply("Add glossary", state.withGlossaries(list));
        notice("Glossary added: run the checks (F7) to use it");
    }

    public void removeGlossary(String path) {
        List<String> list = new ArrayList<>(state.glossaries());
        if (list.remove(path)) {
            apply("Remove glossary", state.withGlossaries(list));
        }
    }

    /** The project refers to {@code replacement} where it referred to {@code path} (a copy the person owns). */
    public void replaceGlossary(String path, String replacement, String stepName) {
        List<String> list = new ArrayList<>(state.glossaries());
        int at = list.indexOf(path);
        if (at < 0) {
            list.add(replacement);
        } else {
            list.set(at, replacement);
        }
        apply(stepName, state.withGlossaries(list.stream().distinct().toList()));
    }

    // ---- machine drafts ----

    /**
     * The English paragraphs whose paragraph row has nothing in {@code target}'s cell: what "Draft missing
     * paragraphs" translates. Empty before alignment.
     */
    public List<Integer> missingParagraphs(Language target) {
        LinkTable t = state.paragraphs();
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

    /** The missing English paragraphs of row {@code row} at {@code level}: what drafting one row translates. */
    public List<Integer> missingParagraphsOfRow(AlignmentLevel level, int row, Language target) {
        LinkTable t = state.table(level);
        if (t == null || row < 0 || row >= t.rows().size()) {
            return List.of();
        }
        Set<Integer> mine = new LinkedHashSet<>();
        for (int u : t.rows().get(row).english()) {
            mine.add(Units.locate(state.article(), Language.ENGLISH, level, u).paragraph());
        }
        return missingParagraphs(target).stream().filter(mine::contains).toList();
    }

    /** Puts drafts into the empty cells of {@code target} (one undoable edit); returns how many went in. */
    public int insertDrafts(Language target, Map<Integer, Paragraph> draftsByEnglish) {
        try {
            DraftInsertion.Inserted in = DraftInsertion.intoEmptyCells(state, target, draftsByEnglish);
            apply("Insert machine drafts", in.state());
            notice(in.count() + (in.count() == 1 ? " machine draft" : " machine drafts") + " inserted into "
                    + target.displayName() + ": marked for review (MT) until edited or confirmed");
            ensureAligned(AlignmentLevel.PARAGRAPH);
            return in.count();
        } catch (CommandRefused e) {
            notice(e.getMessage());
            return 0;
        }
    }

    /** Puts drafts of every English paragraph in place of {@code target}'s text (one undoable edit). */
    public boolean replaceVersionWithDrafts(Language target, DocumentVersion english, List<Paragraph> drafts) {
        try {
            apply("Draft whole version", DraftInsertion.wholeVersion(state, target, english, drafts));
            notice(drafts.size() + " machine drafts now make up the " + target.displayName()
                    + " version: linked 1-1, marked for review (MT) until edited or confirmed");
            ensureAligned(AlignmentLevel.PARAGRAPH);
            return true;
        } catch (CommandRefused e) {
            notice(e.getMessage());
            return false;
        }
    }

    /** How many text edits a person made to {@code language} here (kept in the project). */
    public int personEditCount(Language language) {
        return (int) state.edits().stream().filter(e -> e.language().equals(language)).count();
    }

    // ---- checks ----

    /** Runs the checks over the paragraph links the person sees now; ignored findings are left out. */
    public void check() {
        check(null);
    }

    /** Whether the findings are those of a check of the project as it is now. */
    public boolean findingsCurrent() {
        return checkedState == state;
    }

    /** As {@link #check()}; {@code then} runs once the findings are in (not after a failure). */
    public void check(Runnable then) {
        ProjectState s = state;
        long gen = generation;
        if (s.paragraphs() == null) {
            notice("Align the paragraphs first: checks compare linked paragraphs");
            return;
        }
        Map<Language, Alignment> links = new LinkedHashMap<>();
        for (Language t : s.paragraphs().targets()) {
            links.put(t, s.paragraphs().alignment(t));
        }
        // a number suggested from the English is written as this version writes numbers (١٢٥٠, not 1,250)
        tasks.run("Checking", progress -> NumberSuggestions.restyled(checks.check(s.article(), links, s.glossaries(), progress),
                s.article()), (List<Finding> found) -> {
            if (gen != generation) {
                return;
            }
            findings = found.stream().filter(f -> !IgnoredFinding.ignores(state.ignored(), f)).toList();
            checkedState = s;
            fire(SessionListener.Change.FINDINGS);
            notice(found.size() + " findings");
            if (then != null) {
                then.run();
            }
        }, e -> {
            if (gen == generation) {
                notice("Checking failed: " + describe(e));
            }
        });
    }

    // ---- the history ----

    /** Puts an edit already made outside the project's state (a glossary file saved) into the history. */
    public void record(UndoableEdit edit) {
        history.push(new History.Step(edit.name(), null, null, edit));
        fire(SessionListener.Change.STATE);
    }

    public void undo() {
        History.Step s = history.undo();
        if (s == null) {
            notice("Nothing to undo");
            return;
        }
        if (s.changesState()) {
            state = s.before();
        }
        afterStateChange();
        notice("Undone: " + s.name());
        if (!s.changesState()) {
            s.outside().undo(reason -> refused(s, "Not undone: " + s.name() + ": " + reason));
        }
    }

    public void redo() {
        History.Step s = history.redo();
        if (s == null) {
            notice("Nothing to redo");
            return;
        }
        if (s.changesState()) {
            state = s.after();
        }
        afterStateChange();
        notice("Redone: " + s.name());
        if (!s.changesState()) {
            s.outside().redo(reason -> refused(s, "Not redone: " + s.name() + ": " + reason));
        }
    }

    private void refused(History.Step s, String message) {
        history.drop(s);
        fire(SessionListener.Change.STATE);
        notice(message);
    }

    private void apply(String name, ProjectState after) {
        history.push(new History.Step(name, state, after, null));
        state = after;
        afterStateChange();
    }

    private void afterStateChange() {
        int before = findings.size();
        if (!findings.isEmpty()) {
            findings = findings.stream().filter(f -> !IgnoredFinding.ignores(state.ignored(), f)).toList();
        }
        fire(SessionListener.Change.STATE);
        if (findings.size() != before) {
            fire(SessionListener.Change.FINDINGS);
        }
    }

    private void fire(SessionListener.Change change) {
        for (SessionListener l : listeners) {
            l.changed(change);
        }
    }

    /** A failure's message as a person reads it; never a bare Java type. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.util.concurrent.CancellationException) {
            return "cancelled";
        }
        return t.getMessage() == null ? "an unexpected error (details in the log)" : t.getMessage();
    }
}
