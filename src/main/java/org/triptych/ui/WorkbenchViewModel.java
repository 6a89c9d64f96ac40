package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.RecentProjects;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.LanguageToolChecks;
import org.triptych.workbench.PersonalWords;
import org.triptych.workbench.PreferencesStore;
import org.triptych.workbench.SentenceFirstAligner;
import org.triptych.workbench.Session;
import org.triptych.workbench.SessionListener;
import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.UnitAligner;
import org.triptych.workbench.Workbench;

/**
 * The main window's JavaFX face of the {@link Workbench}: the project's file and title, the columns' captions, the
 * recent projects, the sources that went missing, as properties; opening, importing, saving and recovery go to the
 * workbench, which does the disk work off the FX thread.
 */
public final class WorkbenchViewModel {

    private final Workbench workbench;
    private final AlignedViewModel aligned;
    private final LanguageToolChecks languageChecks;
    private final PersonalWords personalWords;
    private final PreferencesStore preferences;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("Triptych");
    private final StringProperty notice = new SimpleStringProperty("");
    private final List<VersionColumnViewModel> columns = new ArrayList<>();
    private final ObservableList<DocumentVersion> missingSources = FXCollections.observableArrayList();
    private final ObjectProperty<Path> damagedWithAutosave = new SimpleObjectProperty<>();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();

    public WorkbenchViewModel(TaskRunner tasks, DocumentImporter importer) {
        this(tasks, importer, new SentenceFirstAligner(), LanguageToolChecks.standard(), RecentProjects.settingsDir());
    }

    public WorkbenchViewModel(TaskRunner tasks, DocumentImporter importer, UnitAligner aligner, FindingsSource checks,
                              Path settingsDir) {
        this.workbench = new Workbench(tasks, importer, aligner, checks, settingsDir);
        this.aligned = new AlignedViewModel(workbench.session(), tasks);
        this.languageChecks = checks instanceof LanguageToolChecks l ? l : null;
        this.personalWords = new PersonalWords(settingsDir.resolve("dictionary.txt"));
        this.preferences = new PreferencesStore(settingsDir, tasks, notice::set);
        if (languageChecks != null) {
            languageChecks.setPersonalWords(personalWords);
        }
        for (DocumentVersion v : Article.emptyDefault().versions()) {
            columns.add(new VersionColumnViewModel(v.language()));
        }
        aligned.noticeProperty().addListener((o, a, b) -> notice.set(b));
        workbench.session().addListener(change -> {
            Session s = workbench.session();
            file.set(s.file().orElse(null));
            title.set("Triptych — " + s.title() + (s.isDirty() ? " ●" : ""));
            if (change == SessionListener.Change.PROJECT || change == SessionListener.Change.STATE) {
                captionsFor(s.article());
            }
        });
        workbench.addListener(new Workbench.Listener() {
            @Override
            public void recentProjects(List<Path> projects) {
                if (!recentProjects.equals(projects)) {
                    recentProjects.setAll(projects);
                }
            }

            @Override
            public void sourcesMissing(List<DocumentVersion> versions) {
                missingSources.setAll(versions);
            }

            @Override
            public void unreadableWithAutosave(Path project) {
                damagedWithAutosave.set(null);
                damagedWithAutosave.set(project);
            }
        });
    }

    public Workbench workbench() {
        return workbench;
    }

    /** The LanguageTool part of the checks, when the checks have one (the Check menu's toggle, preloading). */
    public Optional<LanguageToolChecks> languageChecks() {
        return Optional.ofNullable(languageChecks);
    }

    /** The person's preferences (settings folder); the window loads them once it is up. */
    public PreferencesStore preferences() {
        return preferences;
    }

    /** The person's dictionary (settings folder), which the spelling checks accept and findings add to. */
    public PersonalWords personalWords() {
        return personalWords;
    }

    public AlignedViewModel aligned() {
        return aligned;
    }

    /** One caption model per version (file name and paragraph count), in column order. */
    public List<VersionColumnViewModel> columns() {
        return columns;
    }

    public Article article() {
        return workbench.session().article();
    }

    /** The project file, null while untitled. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** "Triptych — article.triptych ●": the project's name and whether it has unsaved work. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public void refreshRecentProjects() {
        workbench.refreshRecentProjects();
    }

    /** Versions of the project just opened whose source files are not where the project says: offer to relocate. */
    public ObservableList<DocumentVersion> missingSources() {
        return missingSources;
    }

    /** Set to a project that could not be read but has an autosave beside it: the window offers the autosave. */
    public ReadOnlyObjectProperty<Path> damagedWithAutosaveProperty() {
        return damagedWithAutosave;
    }

    public Path untitledAutosave() {
        return workbench.untitledAutosave();
    }

    public Path autosaveFile() {
        return workbench.autosaveFile();
    }

    // ---- the lifecycle, through the workbench ----

    /** A new untitled project from one file per language and the chosen glossaries, aligned at once. */
    public void newProject(Map<Language, Path> files, List<String> glossaries) {
        workbench.newProject(files, glossaries);
    }

    /** An article loaded in the background shown as an untitled project (tests, benchmarks). */
    public void loadProject(String what, Callable<Article> loader) {
        workbench.tasks().run(what, loader, (Article a) -> workbench.session().replace(Project.of(a), null, true),
                e -> notice.set(what + " failed: " + e.getMessage()));
    }

    public void openSample() {
        workbench.openSample();
    }

    public void importInto(VersionColumnViewModel column, Path path) {
        workbench.importVersion(column.language(), path);
    }

    public void open(Path path) {
        workbench.open(path);
    }

    public void closeProject() {
        workbench.closeProject();
    }

    public void recover(Path autosave, Path project) {
        workbench.recover(autosave, project);
    }

    /** The autosave to offer after a crash; reads the disk (tests; the window calls {@link #findRecoverable}). */
    public Optional<Path> recoverable(Path project) {
        return workbench.recoverable(project);
    }

    public void findRecoverable(Path project, Consumer<Optional<Path>> then) {
        workbench.findRecoverable(project, then);
    }

    public void save(Path path, Runnable then) {
        workbench.save(path, then);
    }

    public void autosave() {
        workbench.autosave();
    }

    public void discardAutosave(Runnable then) {
        workbench.discardAutosave(then);
    }

    /** A caption per version, added for versions beyond the default three (each is a column of its own). */
    private void captionsFor(Article a) {
        for (DocumentVersion v : a.versions()) {
            VersionColumnViewModel c = columns.stream().filter(x -> x.language().equals(v.language())).findFirst()
                    .orElseGet(() -> {
                        VersionColumnViewModel added = new VersionColumnViewModel(v.language());
                        columns.add(added);
                        return added;
                    });
            c.show(v);
        }
    }
}
