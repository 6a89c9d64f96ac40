package org.triptych.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportResult;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.project.ProjectFileException;
import org.triptych.io.project.RecentProjects;
import org.triptych.model.Alignment;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Article;
import org.triptych.model.Project;

/**
 * The state behind the main window: the aligned view's model, the project file it is saved in, imports, autosave
 * and crash recovery. Everything that touches the disk runs through the {@link TaskRunner}, down to an
 * {@code exists} or the list of recent projects (a network drive can hang any of them, and the FX thread must never
 * wait on one); the callbacks get what the work found. Failures report a message and leave what is open untouched.
 */
public final class WorkbenchViewModel {

    private final TaskRunner tasks;
    private final DocumentImporter importer;
    private final AlignedViewModel aligned;
    private final ProjectFile projectFile = new ProjectFile();
    private final RecentProjects recent;
    private final Path settingsDir;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final List<VersionColumnViewModel> columns = new ArrayList<>();
    private final javafx.collections.ObservableList<DocumentVersion> missingSources = javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<Path> damagedWithAutosave = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<Path> recentProjects = javafx.collections.FXCollections.observableArrayList();
    private Object lastAutosaved;
    private final LanguageToolChecks languageChecks;

    public WorkbenchViewModel(TaskRunner tasks, DocumentImporter importer) {
        this(tasks, importer, new AlignerEngine(),
                new LanguageToolChecks(new TermChecks(), new org.triptych.langcheck.LanguageCheckService()),
                RecentProjects.settingsDir());
    }

    public WorkbenchViewModel(TaskRunner tasks, DocumentImporter importer, AlignmentEngine engine, FindingsSource checks,
                              Path settingsDir) {
        this.tasks = tasks;
        this.importer = importer;
        this.aligned = new AlignedViewModel(tasks, engine, checks);
        this.languageChecks = checks instanceof LanguageToolChecks l ? l : null;
        this.settingsDir = settingsDir;
        this.recent = new RecentProjects(settingsDir);
        for (DocumentVersion v : Article.emptyDefault().versions()) {
            columns.add(new VersionColumnViewModel(v.language()));
        }
        aligned.noticeProperty().addListener((o, a, b) -> notice.set(b));
    }

    /** The LanguageTool part of the checks, when the checks have one (the Check menu's toggle, preloading). */
    public java.util.Optional<LanguageToolChecks> languageChecks() {
        return java.util.Optional.ofNullable(languageChecks);
    }

    public AlignedViewModel aligned() {
        return aligned;
    }

    /** One caption model per version (file name and paragraph count), in column order. */
    public List<VersionColumnViewModel> columns() {
        return columns;
    }

    public Article project() {
        return aligned.project();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /**
     * The projects opened last, newest first, as last read: {@link #refreshRecentProjects()} reads the list, and
     * every open and save brings it up to date. No disk access here.
     */
    public javafx.collections.ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    /** Reads the recent projects list in the background (a list that cannot be read shows as empty). */
    public void refreshRecentProjects() {
        tasks.run("Reading the recent projects", recent::list, this::showRecent, e -> showRecent(List.of()));
    }

    private void showRecent(List<Path> now) {
        if (!recentProjects.equals(now)) {
            recentProjects.setAll(now);
        }
    }

    /** Where the work goes when it has no project file yet (crash recovery looks here at start). */
    public Path untitledAutosave() {
        return settingsDir.resolve("untitled.triptych.autosave");
    }

    public Path autosaveFile() {
        return file.get() == null ? untitledAutosave() : ProjectFile.autosaveOf(file.get());
    }

    /** Loads a whole project (the bundled sample, say) in the background, as a new untitled project. */
    public void loadProject(String title, Supplier<Article> loader) {
        loadProjectWith(title, () -> Project.of(loader.get()));
    }

    private void loadProjectWith(String title, java.util.concurrent.Callable<Project> loader) {
        tasks.run(title, loader, (Project w) -> {
            file.set(null);
            show(w);
            notice.set(summary(w.article()));
        }, e -> notice.set(title + " failed: " + describe(e)));
    }

    /**
     * Shows the sample's paragraphs at once (aligned), then segments its sentences in the background and puts them
     * in place, unless the person has started editing by then (sentence mode then treats each paragraph as one
     * sentence until the sample is reopened).
     */
    public void loadSampleInTwoSteps() {
        // segmentation starts once the aligned paragraphs are shown, so it does not compete with the first screen
        javafx.collections.ListChangeListener<LinkRow> once = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends LinkRow> c) {
                if (aligned.table() == null) {
                    return;
                }
                aligned.rows().removeListener(this);
                tasks.run("Segmenting the sample's sentences", org.triptych.io.document.SampleArticle::load,
                        (Article segmented) -> {
                            if (!aligned.refineSegmentation(segmented)) {
                                System.getLogger(WorkbenchViewModel.class.getName()).log(System.Logger.Level.INFO,
                                        "Sample already edited: its sentences were not replaced");
                            }
                        }, e -> notice.set("Segmenting the sample failed: " + describe(e)));
            }
        };
        aligned.rows().addListener(once);
        loadProjectWith("Loading the sample", () -> new Project(SamplePreload.paragraphsOnly(), List.of(), List.of(),
                List.of(), List.of(org.triptych.io.document.SampleArticle.glossaryFile().toString())));
    }

    /** Imports a file into a version; links of that version are dropped (English: all links), the rest is kept. */
    public void importInto(VersionColumnViewModel column, Path path) {
        tasks.run("Importing " + path.getFileName(), () -> importer.importFile(path, column.language()),
                (ImportResult r) -> {
                    Project w = aligned.workspace();
                    Language l = r.version().language();
                    List<Alignment> kept = w.alignments().stream()
                            .filter(a -> !l.equals(Language.ENGLISH) && !a.target().equals(l)).toList();
                    // the other versions' drafts stay drafts; the imported version's text is new
                    List<org.triptych.model.MachineDraft> drafts = w.machineDrafts().stream()
                            .filter(d -> !d.language().equals(l)).toList();
                    show(new Project(w.article().withVersion(r.version()), kept, w.edits(), w.ignoredFindings(),
                            w.glossaries(), drafts));
                    aligned.noticeProperty().set(r.warnings().isEmpty()
                            ? "Opened " + path.getFileName() + ": " + r.version().paragraphs().size() + " paragraphs"
                            : String.join(" ", r.warnings()));
                },
                e -> notice.set(describe(e)));
    }

    private void show(Project w) {
        captionsFor(w.article());
        aligned.open(w);
    }

    /** A caption per version, added for versions beyond the default three (each is a column of its own). */
    private void captionsFor(Article p) {
        for (DocumentVersion v : p.versions()) {
            VersionColumnViewModel c = columns.stream().filter(x -> x.language().equals(v.language())).findFirst()
                    .orElseGet(() -> {
                        VersionColumnViewModel added = new VersionColumnViewModel(v.language());
                        columns.add(added);
                        return added;
                    });
            c.show(v);
        }
    }

    // ---- project files ----

    /** What opening a project found on disk: the workspace, the sources no longer there, the recent list now. */
    private record Opened(Project workspace, List<DocumentVersion> missing, List<Path> recent) {
    }

    /** A project that could not be read, and whether an autosave lies beside it (looked up with the read). */
    private static final class Unreadable extends Exception {
        private final boolean autosaveBeside;

        Unreadable(ProjectFileException cause, boolean autosaveBeside) {
            super(cause.getMessage(), cause);
            this.autosaveBeside = autosaveBeside;
        }
    }

    public void open(Path path) {
        tasks.run("Opening " + path.getFileName(), () -> {
            Project read;
            try {
                read = projectFile.read(path);
            } catch (ProjectFileException e) {
                throw new Unreadable(e, Files.exists(ProjectFile.autosaveOf(path)));
            }
            return new Opened(read, ProjectFile.missingSources(read), remember(path));
        }, (Opened o) -> {
            Project w = o.workspace();
            showRecent(o.recent());
            file.set(path);
            show(w);
            List<DocumentVersion> missing = o.missing();
            missingSources.setAll(missing);
            notice.set(missing.isEmpty() ? "Opened " + path.getFileName()
                    : "Opened " + path.getFileName() + "; source file not found (its imported text is in the project; "
                    + "File ▸ Relocate source to point at its new place): "
                    + String.join(", ", missing.stream().map(DocumentVersion::source).toList()));
        }, e -> {
            notice.set(describe(e));
            if (e instanceof Unreadable u && u.autosaveBeside) {
                damagedWithAutosave.set(null);
                damagedWithAutosave.set(path); // the window offers the autosave
            }
        });
    }

    /** Versions of the project just opened whose source files are not where the project says: offer to relocate. */
    public javafx.collections.ObservableList<DocumentVersion> missingSources() {
        return missingSources;
    }

    /** Set to a project that could not be read but has an autosave beside it: the window offers the autosave. */
    public ObjectProperty<Path> damagedWithAutosaveProperty() {
        return damagedWithAutosave;
    }

    /** Opens an autosave as the project it belongs to: saving then writes to {@code project} (null: untitled). */
    public void recover(Path autosave, Path project) {
        tasks.run("Recovering", () -> projectFile.read(autosave), (Project w) -> {
            file.set(project);
            show(w);
            aligned.forceDirty();
            notice.set("Recovered the autosave of " + (project == null ? "an untitled project" : project.getFileName())
                    + ": save to keep it");
        }, e -> notice.set(describe(e)));
    }

    /**
     * Looks in the background for the autosave to offer after a crash ({@link #recoverable(Path)}) and hands the
     * answer to {@code then} (on the FX thread with the application's runner); a failed look finds none.
     */
    public void findRecoverable(Path project, java.util.function.Consumer<Optional<Path>> then) {
        tasks.run("Looking for unsaved work", () -> recoverable(project), then, e -> then.accept(Optional.empty()));
    }

    /**
     * The autosave to offer after a crash: one newer than its project (or an untitled one), if any. Reads the disk:
     * the window calls {@link #findRecoverable}, never this, on the FX thread.
     */
    public Optional<Path> recoverable(Path project) {
        Path auto = project == null ? untitledAutosave() : ProjectFile.autosaveOf(project);
        try {
            if (!Files.exists(auto)) {
                return Optional.empty();
            }
            if (project != null && Files.exists(project)
                    && Files.getLastModifiedTime(auto).compareTo(Files.getLastModifiedTime(project)) <= 0) {
                return Optional.empty();
            }
            return Optional.of(auto);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void save(Path path, Runnable then) {
        Project w = aligned.workspace();
        Path old = autosaveFile();
        tasks.run("Saving " + path.getFileName(), () -> {
            projectFile.write(w, path);
            Files.deleteIfExists(old);
            Files.deleteIfExists(ProjectFile.autosaveOf(path));
            return remember(path);
        }, (List<Path> recentNow) -> {
            showRecent(recentNow);
            file.set(path);
            aligned.markSaved(w);
            notice.set("Saved " + path.getFileName());
            if (then != null) {
                then.run();
            }
        }, e -> notice.set("Saving failed, nothing was overwritten: " + describe(e)));
    }

    /** Writes the work to the autosave file if it has unsaved edits (the project file itself is left alone). */
    public void autosave() {
        Object now = aligned.stateProperty().get();
        if (!aligned.dirtyProperty().get() || now == lastAutosaved) {
            return; // nothing unsaved, or nothing new since the last autosave
        }
        lastAutosaved = now;
        Project w = aligned.workspace();
        Path target = autosaveFile();
        tasks.run("Autosaving", () -> {
            projectFile.write(w, target);
            return target;
        }, p -> notice.set("Autosaved"), e -> notice.set("Autosave failed: " + describe(e)));
    }

    /**
     * After a clean close, the autosave is no longer needed: it is removed in the background, then {@code then} runs
     * (closing the window) whether or not that worked; a failure is logged, since the window is going.
     */
    public void discardAutosave(Runnable then) {
        Path autosave = autosaveFile();
        tasks.run("Removing the autosave", () -> Files.deleteIfExists(autosave), removed -> then.run(), e -> {
            System.getLogger(WorkbenchViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the autosave " + autosave + ": " + describe(e));
            notice.set("Could not remove the autosave: " + describe(e));
            then.run();
        });
    }

    /** Puts {@code p} first in the recent projects file and returns the list now; runs in the background work. */
    private List<Path> remember(Path p) {
        try {
            recent.add(p);
        } catch (IOException e) {
            System.getLogger(WorkbenchViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "Recent projects list not updated: " + e.getMessage());
        }
        return recent.list();
    }

    private static String summary(Article p) {
        StringBuilder sb = new StringBuilder();
        for (DocumentVersion v : p.versions()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            // The left-to-right mark keeps an Arabic name from pulling the numbers after it into its own direction.
            sb.append(v.language().displayName()).append('\u200E').append(' ').append(v.paragraphs().size()).append(" ¶ ")
                    .append(v.wordCount()).append(" words");
        }
        return sb.toString();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
