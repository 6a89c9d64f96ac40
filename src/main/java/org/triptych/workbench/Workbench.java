package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportException;
import org.triptych.io.document.ImportResult;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.project.ProjectFileException;
import org.triptych.io.project.RecentProjects;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Project;

/**
 * The open project's life around its {@link Session}: new projects from files, opening, importing a version, saving,
 * autosave and crash recovery, the recent projects list. Everything that touches the disk runs through the
 * {@link TaskRunner}, down to an {@code exists} (a network drive can hang any of them, and the window's thread must
 * never wait on one); results come back on the owner thread. A failure says what happened in a notice and leaves what
 * is open untouched.
 */
public final class Workbench {

    /** What the window is told about besides the session's own changes. */
    public interface Listener {
        /** The recent projects list as now read, newest first. */
        default void recentProjects(List<Path> projects) {
        }

        /** Versions of the project just opened whose source files are not where the project says. */
        default void sourcesMissing(List<DocumentVersion> versions) {
        }

        /** A project could not be read, and an autosave lies beside it: the person may open that instead. */
        default void unreadableWithAutosave(Path project) {
        }
    }

    /**
     * Asked when a file opened as one version reads like another language: whether to open it as that language
     * instead. Answered on the owner thread (a modal dialog in the window); null asks nothing (the warning is said).
     */
    @FunctionalInterface
    public interface LanguageQuestion {
        boolean openAsGuessed(Path file, Language opened, Language guessed);
    }

    private static final System.Logger LOG = System.getLogger(Workbench.class.getName());
    private volatile LanguageQuestion languageQuestion;

    /** Who is asked when a file looks like another language than its column (see {@link LanguageQuestion}). */
    public void askWhenTheLanguageLooksWrong(LanguageQuestion q) {
        languageQuestion = q;
    }

    /** The language the person chose to open {@code r}'s file as instead, when it looked like another one; else empty. */
    private Optional<Language> openInstead(Path file, DocumentVersion v) {
        LanguageQuestion q = languageQuestion;
        if (q == null) {
            return Optional.empty();
        }
        Optional<Language> guessed = VersionLanguage.otherThanOpened(v);
        return guessed.filter(g -> q.openAsGuessed(file, v.language(), g));
    }

    private final TaskRunner tasks;
    private final DocumentImporter importer;
    private final Session session;
    private final ProjectFile projectFile = new ProjectFile();
    private final RecentProjects recent;
    private final Path settingsDir;
    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ProjectState lastAutosaved;

    public Workbench(TaskRunner tasks, DocumentImporter importer, UnitAligner aligner, FindingsSource checks, Path settingsDir) {
        this.tasks = tasks;
        this.importer = importer;
        this.session = new Session(tasks, aligner, checks);
        this.settingsDir = settingsDir;
        this.recent = new RecentProjects(settingsDir);
    }

    public Session session() {
        return session;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Path settingsDir() {
        return settingsDir;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    // ---- new, sample, close ----

    /**
     * A new untitled project from one file per language (English required), with {@code glossaries}: the files are
     * imported in the background and aligned at once. Unsaved until saved. A file that cannot be read leaves the open
     * project as it is and says which and why.
     */
    public void newProject(Map<Language, Path> files, List<String> glossaries) {
        Path english = files.get(Language.ENGLISH);
        if (english == null) {
            session.notice("A new project needs the English version: it is the pivot every other version is aligned to");
            return;
        }
        Map<Language, Path> ordered = new LinkedHashMap<>(files);
        tasks.run("Importing the versions", progress -> {
            List<DocumentVersion> versions = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            int i = 0;
            for (Map.Entry<Language, Path> f : ordered.entrySet()) {
                progress.update(i++, ordered.size(), "Importing " + f.getValue().getFileName() + "…");
                ImportResult r = importer.importFile(f.getValue(), f.getKey());
                versions.add(r.version());
                warnings.addAll(r.warnings());
            }
            // the default columns stay, empty until their version is imported
            Article article = Article.emptyDefault();
            for (DocumentVersion v : versions) {
                article = article.withVersion(v);
            }
            return new Imported(article, warnings);
        }, (Imported in) -> {
            // a file that reads like another language than its slot: the person may open it as that one instead
            Map<Language, Path> remapped = new LinkedHashMap<>(ordered);
            for (DocumentVersion v : in.article().versions()) {
                Path f = ordered.get(v.language());
                if (f == null || v.isEmpty()) {
                    continue;
                }
                Optional<Language> instead = VersionLanguage.otherThanOpened(v)
                        .filter(g -> !remapped.containsKey(g) || ordered.get(g) == null);
                if (instead.isPresent() && languageQuestion != null
                        && languageQuestion.openAsGuessed(f, v.language(), instead.get())) {
                    remapped.remove(v.language());
                    remapped.put(instead.get(), f);
                }
            }
            if (!remapped.equals(ordered)) {
                newProject(remapped, glossaries);
                return;
            }
            session.replace(new Project(in.article(), List.of(), List.of(), List.of(), glossaries), null, false);
            session.notice(in.warnings().isEmpty() ? "New project: " + summary(in.article()) + "; aligning…"
                    : String.join(" ", in.warnings()));
        }, e -> session.notice("The new project was not made: " + Session.describe(e)));
    }

    private record Imported(Article article, List<String> warnings) {
    }

    /**
     * The bundled sample as an untitled project with its glossary: its paragraphs at once (aligned), then its
     * sentences found in the background and put in place, unless the person has started editing by then.
     */
    public void openSample() {
        tasks.run("Loading the sample", () -> Project.of(SamplePreload.paragraphsOnly())
                        .withGlossaries(List.of(SampleArticle.glossaryFile().toString())),
                (Project p) -> {
                    session.replace(p, null, true);
                    session.notice(summary(p.article()));
                    long token = session.generation();
                    tasks.run("Finding the sample's sentences", SampleArticle::load, (Article segmented) -> {
                        if (session.generation() == token && !session.refineSegmentation(segmented)) {
                            LOG.log(System.Logger.Level.INFO, "Sample already edited: its sentences were not replaced");
                        }
                    }, e -> session.notice("Finding the sample's sentences failed: " + Session.describe(e)));
                }, e -> session.notice("Loading the sample failed: " + Session.describe(e)));
    }

    /** An empty project in place of the open one (the caller asked about unsaved work first). */
    public void closeProject() {
        session.replace(Project.of(Article.emptyDefault()), null, true);
        session.notice("Project closed");
    }

    // ---- import ----

    /**
     * Imports a file as the {@code language} version of the open project (replacing the version in that language):
     * aligned at once, one undoable step, unsaved until saved.
     */
    public void importVersion(Language language, Path path) {
        long token = session.generation();
        tasks.run("Importing " + path.getFileName(), () -> importer.importFile(path, language), (ImportResult r) -> {
            if (session.generation() != token) {
                return;
            }
            Optional<Language> instead = openInstead(path, r.version());
            if (instead.isPresent()) {
                importVersion(instead.get(), path); // read again as that language (its own sentence rules)
                return;
            }
            r.warnings().forEach(session::notice);
            session.replaceVersion(r.version(), "Import " + language.displayName() + " version");
        }, e -> session.notice(Session.describe(e)));
    }

    // ---- project files ----

    /** A project that could not be read, and whether an autosave lies beside it (looked up with the read). */
    private static final class Unreadable extends Exception {
        private final boolean autosaveBeside;

        Unreadable(ProjectFileException cause, boolean autosaveBeside) {
            super(cause.getMessage(), cause);
            this.autosaveBeside = autosaveBeside;
        }
    }

    private record Opened(Project project, List<DocumentVersion> missing, List<Path> recent) {
    }

    /** Opens a project file in place of the open project; a damaged file is refused with one sentence, untouched. */
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
            showRecent(o.recent());
            session.replace(o.project(), path, true);
            List<DocumentVersion> missing = o.missing();
            session.notice(missing.isEmpty() ? "Opened " + path.getFileName()
                    : "Opened " + path.getFileName() + "; source file not found (its imported text is in the project; "
                    + "File ▸ Relocate a source file points at its new place): "
                    + String.join(", ", missing.stream().map(DocumentVersion::source).toList()));
            if (!missing.isEmpty()) {
                listeners.forEach(l -> l.sourcesMissing(missing));
            }
        }, e -> {
            session.notice(Session.describe(e));
            if (e instanceof Unreadable u && u.autosaveBeside) {
                listeners.forEach(l -> l.unreadableWithAutosave(path));
            }
        });
    }

    /** Opens an autosave as the project it belongs to: saving then writes to {@code project} (null: untitled). */
    public void recover(Path autosave, Path project) {
        tasks.run("Recovering", () -> projectFile.read(autosave), (Project p) -> {
            session.replace(p, project, false);
            session.notice("Recovered the autosave of " + (project == null ? "an untitled project" : project.getFileName())
                    + ": save to keep it");
        }, e -> session.notice(Session.describe(e)));
    }

    /** Where the work goes when it has no project file yet (crash recovery looks here at start). */
    public Path untitledAutosave() {
        return settingsDir.resolve("untitled.triptych.autosave");
    }

    public Path autosaveFile() {
        return session.file().map(ProjectFile::autosaveOf).orElse(untitledAutosave());
    }

    /** Looks in the background for the autosave to offer after a crash, and hands the answer to {@code then}. */
    public void findRecoverable(Path project, Consumer<Optional<Path>> then) {
        tasks.run("Looking for unsaved work", () -> recoverable(project), then, e -> then.accept(Optional.empty()));
    }

    /** The autosave to offer after a crash: one newer than its project (or an untitled one). Reads the disk. */
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

    /** Saves the project as it is now to {@code path}; {@code then} runs once it is on disk (not after a failure). */
    public void save(Path path, Runnable then) {
        ProjectState written = session.state();
        Path oldAutosave = autosaveFile();
        tasks.run("Saving " + path.getFileName(), () -> {
            projectFile.write(written.toProject(), path);
            Files.deleteIfExists(oldAutosave);
            Files.deleteIfExists(ProjectFile.autosaveOf(path));
            return remember(path);
        }, (List<Path> recentNow) -> {
            showRecent(recentNow);
            session.markSaved(written, path);
            session.notice("Saved " + path.getFileName());
            if (then != null) {
                then.run();
            }
        }, e -> session.notice("Saving failed, nothing was overwritten: " + Session.describe(e)));
    }

    /** Writes the work to the autosave file if it has unsaved edits (the project file itself is left alone). */
    public void autosave() {
        ProjectState now = session.state();
        if (!session.isDirty() || now == lastAutosaved) {
            return;
        }
        lastAutosaved = now;
        Path target = autosaveFile();
        tasks.run("Autosaving", () -> {
            projectFile.write(now.toProject(), target);
            return target;
        }, p -> session.notice("Autosaved"), e -> session.notice("Autosave failed: " + Session.describe(e)));
    }

    /** After a clean close the autosave is no longer needed: removed in the background, then {@code then} runs. */
    public void discardAutosave(Runnable then) {
        Path autosave = autosaveFile();
        tasks.run("Removing the autosave", () -> Files.deleteIfExists(autosave), removed -> then.run(), e -> {
            LOG.log(System.Logger.Level.WARNING, "Could not remove the autosave " + autosave + ": " + Session.describe(e));
            then.run();
        });
    }

    // ---- recent projects ----

    /** Reads the recent projects list in the background (a list that cannot be read shows as empty). */
    public void refreshRecentProjects() {
        tasks.run("Reading the recent projects", recent::list, this::showRecent, e -> showRecent(List.of()));
    }

    private void showRecent(List<Path> now) {
        listeners.forEach(l -> l.recentProjects(now));
    }

    /** Puts {@code p} first in the recent projects file and returns the list now; runs in the background. */
    private List<Path> remember(Path p) {
        try {
            recent.add(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Recent projects list not updated: " + e.getMessage());
        }
        return recent.list();
    }

    /** "English · 12 ¶ 540 words · العربية · 10 ¶ …" */
    static String summary(Article a) {
        StringBuilder sb = new StringBuilder();
        for (DocumentVersion v : a.versions()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            // The left-to-right mark keeps an Arabic name from pulling the numbers after it into its own direction.
            sb.append(v.language().displayName()).append('\u200E').append(' ').append(v.paragraphs().size()).append(" ¶ ")
                    .append(v.wordCount()).append(" words");
        }
        return sb.toString();
    }

    /** For an import that fails in a way the importer did not word: one sentence, never a Java type. */
    static String importFailure(Path file, Throwable e) {
        return e instanceof ImportException ? e.getMessage() : file.getFileName() + " could not be imported: " + Session.describe(e);
    }
}
