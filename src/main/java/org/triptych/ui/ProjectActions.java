package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.Session;
import org.triptych.workbench.WebVersions;

/**
 * The File menu's commands: new, open, import, save, export, close and quit. Nothing unsaved is lost without the
 * person's say: every command that would replace the open project asks first (save, discard or cancel), and "save"
 * carries on with the command once the project is on disk.
 */
final class ProjectActions {

    private final WorkbenchViewModel model;
    private final DialogService dialogs;
    private final Runnable closeWindow;
    private final ProjectExports exports;

    ProjectActions(WorkbenchViewModel model, DialogService dialogs, Runnable closeWindow) {
        this.model = model;
        this.dialogs = dialogs;
        this.closeWindow = closeWindow;
        this.exports = new ProjectExports(session(), model.workbench().tasks());
    }

    private Session session() {
        return model.workbench().session();
    }

    /** The questions this window asks (other action classes of the File menu ask through them too). */
    DialogService dialogs() {
        return dialogs;
    }

    /** Runs {@code then} once nothing unsaved would be lost: at once, after saving, or after the person drops it. */
    void whenSafeToDiscard(Runnable then) {
        if (!session().isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askToSave(session().title())) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            default -> model.aligned().noticeProperty().set("Kept the open project");
        }
    }

    void newProject() {
        whenSafeToDiscard(() -> dialogs.newProject(session().glossaries())
                .ifPresent(r -> model.newProject(r.files(), r.glossaries())));
    }

    void open() {
        whenSafeToDiscard(() -> dialogs.openFile("Open a project", "Triptych projects", List.of(ProjectFile.EXTENSION),
                projectFolder()).ifPresent(this::openWithRecovery));
    }

    void openRecent(Path project) {
        whenSafeToDiscard(() -> openWithRecovery(project));
    }

    /** Opens a project, offering its autosave instead when that is newer (the last session ended without saving). */
    void openWithRecovery(Path p) {
        model.findRecoverable(p, auto -> {
            if (auto.isPresent() && dialogs.confirm("Recover unsaved work?", "An autosave newer than " + p.getFileName()
                    + " exists: the last session ended without saving. Open the autosave?", "Recover", "Open the saved project")) {
                model.recover(auto.get(), p);
            } else {
                model.open(p);
            }
        });
    }

    void openSample() {
        whenSafeToDiscard(model::openSample);
    }

    void close() {
        whenSafeToDiscard(model::closeProject);
    }

    void quit() {
        whenSafeToDiscard(() -> model.discardAutosave(closeWindow));
    }

    void save() {
        save(null);
    }

    /** Saves to the project's file (asking for one when untitled); {@code then} runs once it is on disk. */
    void save(Runnable then) {
        Optional<Path> file = session().file();
        if (file.isEmpty()) {
            saveAs(then);
        } else {
            model.save(file.get(), then);
        }
    }

    void saveAs(Runnable then) {
        dialogs.saveFile("Save the project", "Triptych projects", ProjectFile.EXTENSION, suggestedName(), projectFolder())
                .ifPresent(chosen -> {
                    Path p = chosen.getFileName().toString().endsWith("." + ProjectFile.EXTENSION) ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + "." + ProjectFile.EXTENSION);
                    model.save(p, then);
                });
    }

    /** The project's own name, else the English file's name: "storm-en.docx" suggests "storm-en.triptych". */
    String suggestedName() {
        String base = session().file().map(p -> p.getFileName().toString())
                .orElseGet(() -> {
                    String source = session().article().english().source();
                    // a file's name, or the last part of a page's address (the story's slug)
                    String name = WebVersions.isWebAddress(source) ? source.replaceFirst("[?#].*$", "")
                            .replaceFirst("/+$", "") : source;
                    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
                    return (name.isEmpty() ? "article" : name).replaceFirst("\\.[^.]*$", "");
                });
        return base.endsWith("." + ProjectFile.EXTENSION) ? base : base.replaceFirst("\\.[^.]*$", "") + "." + ProjectFile.EXTENSION;
    }

    /** The project's folder, else the English file's folder, else none. */
    Path projectFolder() {
        Path p = session().file().orElse(null);
        String source = session().article().english().source();
        if (p == null && !source.isEmpty() && !source.startsWith("sample/") && !WebVersions.isWebAddress(source)) {
            p = Path.of(source);
        }
        return p == null || p.toAbsolutePath().getParent() == null ? null : p.toAbsolutePath().getParent();
    }

    /**
     * Imports a file as one version of the open project. A new English version is a new article more often than a
     * corrected one: the person is asked whether to start a new project with it instead (the open project's
     * glossaries come along), so the old project's name, edits and ignored findings never pass to another article.
     */
    void importVersion(Language language) {
        List<String> extensions = new ArrayList<>(DocumentImporter.EXTENSIONS);
        dialogs.openFile("Import the " + language.displayName() + " version", "Articles", extensions, projectFolder())
                .ifPresent(p -> {
                    if (language.equals(Language.ENGLISH) && !session().article().english().isEmpty()
                            && dialogs.confirm("A new article?", "The English version is what every other version is"
                            + " aligned to. Start a new project with " + p.getFileName() + ", or replace the English text"
                            + " of this project (its links are made again; Undo brings the old text back)?",
                            "New project", "Replace in this project")) {
                        List<String> glossaries = session().glossaries();
                        whenSafeToDiscard(() -> model.newProject(java.util.Map.of(Language.ENGLISH, p), glossaries));
                        return;
                    }
                    model.importInto(model.columns().stream().filter(c -> c.language().equals(language))
                            .findFirst().orElseGet(() -> new VersionColumnViewModel(language)), p);
                });
    }

    void relocate() {
        List<Language> langs = session().article().versions().stream().map(DocumentVersion::language).toList();
        dialogs.choose("Which version's source file has moved?", langs.get(0), langs).ifPresent(this::relocate);
    }

    void relocate(Language l) {
        dialogs.openFile("Where is the " + l.displayName() + " source now?", "Articles",
                new ArrayList<>(DocumentImporter.EXTENSIONS), projectFolder())
                .ifPresent(f -> session().relocate(l, f.toAbsolutePath().toString()));
    }

    void exportTmx(AlignmentLevel level) {
        chooseExport("Export TMX (all languages)", "TMX", "tmx").ifPresent(p -> exports.exportTmx(level, p));
    }

    void exportCsv(AlignmentLevel level) {
        chooseExport("Export CSV", "CSV", "csv").ifPresent(p -> exports.exportCsv(level, p));
    }

    void exportReport() {
        chooseExport("Export the QA report", "HTML", "html").ifPresent(exports::exportReport);
    }

    private Optional<Path> chooseExport(String title, String kind, String extension) {
        String base = suggestedName().replaceFirst("\\.[^.]*$", "");
        return dialogs.saveFile(title, kind, extension, base + "." + extension, projectFolder());
    }
}
