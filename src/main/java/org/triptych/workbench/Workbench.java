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
import org.triptych.io.document.TmxReader;
import org.triptych.io.web.FetchedPage;
import org.triptych.io.web.PageCopies;
import org.triptych.io.xliff.XliffDocument;
import org.triptych.io.xliff.XliffReader;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.project.ProjectFileException;
import org.triptych.io.project.RecentProjects;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.model.WebOrigin;
import java.util.concurrent.ConcurrentHashMap;

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
    private final WebVersions web;
    /** The pages behind the web origins of this session's states, by {@link #pageKey}: what a save keeps beside it. */
    private final Map<String, FetchedPage> pages = new ConcurrentHashMap<>();
    private ProjectState lastAutosaved;

    public Workbench(TaskRunner tasks, DocumentImporter importer, UnitAligner aligner, FindingsSource checks, Path settingsDir) {
        this(tasks, importer, aligner, checks, settingsDir, new WebVersions(importer));
    }

    /** With {@code web} reading web pages (tests give one whose fetcher has a fixed clock). */
    public Workbench(TaskRunner tasks, DocumentImporter importer, UnitAligner aligner, FindingsSource checks, Path settingsDir,
                     WebVersions web) {
        this.tasks = tasks;
        this.importer = importer;
        this.session = new Session(tasks, aligner, checks);
        this.settingsDir = settingsDir;
        this.recent = new RecentProjects(settingsDir);
        this.web = web;
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
            pages.clear();
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
                    pages.clear();
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
        pages.clear();
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

    // ---- web pages ----

    /**
     * Fetches and reads the page at {@code address} as the {@code language} version in the background and hands it to
     * {@code then} (to offer the other versions it names); nothing in the project changes. A failure is a notice.
     */
    public void readWebPage(String address, Language language, Consumer<WebVersions.Read> then) {
        long token = session.generation();
        tasks.run("Fetching " + address, () -> web.open(address, language), (WebVersions.Read read) -> {
            if (session.generation() == token) {
                then.accept(read);
            }
        }, e -> session.notice(Session.describe(e)));
    }

    /**
     * A new untitled project of web pages: {@code first} (read already) and the pages at {@code others}, fetched in
     * the background, aligned at once; each version remembers its address and fetch time, and a save keeps the pages
     * beside the project. A page that cannot be fetched is left out and said; the rest still make the project.
     */
    public void newWebProject(WebVersions.Read first, Map<Language, String> others, List<String> glossaries) {
        Map<Language, String> ordered = new LinkedHashMap<>(others);
        ordered.remove(first.language());
        tasks.run("Fetching the versions", progress -> {
            List<WebVersions.Read> read = new ArrayList<>(List.of(first));
            List<String> problems = new ArrayList<>();
            int i = 0;
            for (Map.Entry<Language, String> e : ordered.entrySet()) {
                progress.update(i++, ordered.size(), "Fetching the " + e.getKey().displayName() + " version…");
                try {
                    read.add(web.open(e.getValue(), e.getKey()));
                } catch (IOException failed) {
                    problems.add(failed.getMessage());
                }
            }
            return new WebImported(read, problems);
        }, (WebImported in) -> {
            Article article = Article.emptyDefault();
            List<WebOrigin> origins = new ArrayList<>();
            List<String> said = new ArrayList<>();
            pages.clear();
            for (WebVersions.Read r : in.read()) {
                article = article.withVersion(r.version());
                origins.add(r.origin());
                remember(r);
                said.addAll(r.warnings());
            }
            said.addAll(in.problems());
            session.replace(new Project(article, List.of(), List.of(), List.of(), glossaries).withWebOrigins(origins),
                    null, false);
            session.notice(said.isEmpty() ? "New project from the web: " + summary(article) + "; aligning…"
                    : String.join(" ", said));
        }, e -> session.notice("The new project was not made: " + Session.describe(e)));
    }

    private record WebImported(List<WebVersions.Read> read, List<String> problems) {
    }

    /**
     * Fetches the page at {@code address} as the {@code language} version of the open project, in place of the version
     * in that language: aligned at once, one undoable step, its address and fetch time remembered.
     */
    public void importWebVersion(String address, Language language) {
        long token = session.generation();
        tasks.run("Fetching " + address, () -> web.open(address, language), (WebVersions.Read r) -> {
            if (session.generation() != token) {
                return;
            }
            remember(r);
            r.warnings().forEach(session::notice);
            session.replaceVersion(r.version(), r.origin(), "Import " + language.displayName() + " version from the web");
        }, e -> session.notice(Session.describe(e)));
    }

    private void remember(WebVersions.Read r) {
        pages.put(pageKey(r.origin()), r.page());
    }

    /** Which page an origin stands for: two fetches of one address at two times are two pages. */
    private static String pageKey(WebOrigin o) {
        return o.language().code() + " " + o.url() + " " + o.fetchedAt();
    }

    /** The page behind a version's web origin, if this session has it (fetched, or read from the project's copy). */
    public Optional<FetchedPage> page(WebOrigin origin) {
        return Optional.ofNullable(pages.get(pageKey(origin)));
    }

    // ---- TMX and XLIFF ----

    /** Whether a file is read as a TMX translation memory (by its name). */
    public static boolean isTmx(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tmx");
    }

    /** A TMX memory as a project: a version per language, a confirmed link per unit ({@link TmxReader#toProject}). */
    public static Project tmxProject(Path tmx) throws ImportException {
        return TmxReader.toProject(new TmxReader().read(tmx), tmx);
    }

    /**
     * Opens a TMX memory (LF Aligner, OmegaT, Trados) as a new untitled project in place of the open one: its
     * languages as versions, its units as confirmed links. A file that cannot be read leaves the open project as it is.
     */
    public void openTmx(Path tmx) {
        tasks.run("Reading " + tmx.getFileName(), () -> tmxProject(tmx), (Project p) -> {
            pages.clear();
            session.replace(p, null, false);
            session.notice("Opened the translation memory " + tmx.getFileName() + ": "
                    + p.article().english().paragraphs().size() + " units as confirmed links; save to keep it as a project");
        }, e -> session.notice(importFailure(tmx, e)));
    }

    /**
     * Reads a translated XLIFF file (2.x or 1.2) back: into the open project as its target language's version (one
     * undoable step, with a summary of what changed), or, with no project open (no English text), as a new untitled
     * project of its source and targets.
     */
    public void importXliff(Path file) {
        long token = session.generation();
        tasks.run("Reading " + file.getFileName(), () -> new XliffReader().read(file), (XliffDocument doc) -> {
            if (session.generation() != token) {
                return;
            }
            if (session.article().english().isEmpty()) {
                try {
                    Project p = XliffImport.toProject(doc, file);
                    pages.clear();
                    session.replace(p, null, false);
                    session.notice("Opened " + file.getFileName() + " as a new project: " + summary(p.article()));
                } catch (CommandRefused e) {
                    session.notice(e.getMessage());
                }
                return;
            }
            session.importTranslation(doc, file.getFileName().toString());
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

    private record Opened(Project project, List<DocumentVersion> missing, List<Path> recent, Map<String, FetchedPage> pages,
                          List<String> missingPages) {
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
            Map<String, FetchedPage> copies = new LinkedHashMap<>();
            List<String> missingPages = new ArrayList<>();
            for (WebOrigin origin : read.webOrigins()) {
                try {
                    copies.put(pageKey(origin), PageCopies.load(ProjectFile.pagesFolder(path).resolve(origin.copy())));
                } catch (IOException e) {
                    missingPages.add(origin.language().displayName());
                }
            }
            return new Opened(read, ProjectFile.missingSources(read), remember(path), copies, missingPages);
        }, (Opened o) -> {
            showRecent(o.recent());
            pages.clear();
            pages.putAll(o.pages());
            session.replace(o.project(), path, true);
            List<DocumentVersion> missing = o.missing();
            String opened = o.missingPages().isEmpty() ? "Opened " + path.getFileName()
                    : "Opened " + path.getFileName() + "; the saved copy of the " + String.join(", ", o.missingPages())
                    + " web page is missing beside it (the text is in the project)";
            session.notice(missing.isEmpty() ? opened
                    : opened + "; source file not found (its imported text is in the project; "
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
        Map<WebOrigin, FetchedPage> keep = new LinkedHashMap<>();
        for (WebOrigin o : written.currentWebOrigins()) {
            FetchedPage page = pages.get(pageKey(o));
            if (page != null) {
                keep.put(o, page);
            }
        }
        tasks.run("Saving " + path.getFileName(), () -> {
            savePages(path, keep);
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

    /**
     * Keeps the project's web pages in its pages folder: each page its state refers to (unless the copy there is that
     * very fetch already), and no copy of a page it no longer refers to. No folder when the project has no page.
     */
    private static void savePages(Path project, Map<WebOrigin, FetchedPage> keep) throws IOException {
        Path folder = ProjectFile.pagesFolder(project);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Map.Entry<WebOrigin, FetchedPage> e : keep.entrySet()) {
            Path copy = folder.resolve(e.getKey().copy());
            names.add(copy.getFileName().toString());
            names.add(copy.getFileName() + ".json");
            if (!sameCopy(copy, e.getValue())) {
                Files.createDirectories(folder);
                PageCopies.save(e.getValue(), copy);
            }
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> in = Files.list(folder)) {
            for (Path f : in.toList()) {
                String name = f.getFileName().toString();
                // only what this folder's copies are named like; anything a person put there stays
                if (!names.contains(name) && name.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*\\.html(\\.json)?")) {
                    Files.deleteIfExists(f);
                }
            }
        }
        try (java.util.stream.Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        }
    }

    private static boolean sameCopy(Path copy, FetchedPage page) {
        try {
            FetchedPage there = PageCopies.load(copy);
            return there.fetchedAt().equals(page.fetchedAt()) && there.finalUrl().equals(page.finalUrl())
                    && java.util.Arrays.equals(there.body(), page.body());
        } catch (IOException e) {
            return false;
        }
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
