package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.Session;
import org.triptych.workbench.Workbench;

/**
 * The File menu's commands that exchange work with the web and with other tools: Open URL (a version, or a new project
 * with the versions the page links to), Open TMX (a memory as a project), Import XLIFF (a CAT tool's translation back
 * in) and Export ▸ XLIFF. The work is the workbench's; this class asks the questions.
 */
final class ExchangeActions {

    private static final String XLIFF_21 = "XLIFF 2.1 (current CAT tools)";
    private static final String XLIFF_12 = "XLIFF 1.2 (older CAT tools)";

    private final WorkbenchViewModel model;
    private final ProjectActions project;
    private final DialogService dialogs;

    ExchangeActions(WorkbenchViewModel model, ProjectActions project) {
        this.model = model;
        this.project = project;
        this.dialogs = project.dialogs();
    }

    private Workbench workbench() {
        return model.workbench();
    }

    private Session session() {
        return workbench().session();
    }

    private boolean projectOpen() {
        return !session().article().english().isEmpty();
    }

    /**
     * File ▸ Open URL…: a page as one version of the open project (replaced in one undoable step), or as the start of
     * a new project, whose other versions the page links to are offered before they are fetched.
     */
    void openUrl() {
        List<Language> languages = new ArrayList<>(session().article().versions().stream()
                .map(DocumentVersion::language).toList());
        dialogs.webAddress(languages, projectOpen()).ifPresent(request -> {
            if (!request.newProject()) {
                workbench().importWebVersion(request.address(), request.language());
                return;
            }
            List<String> glossaries = session().glossaries();
            project.whenSafeToDiscard(() -> workbench().readWebPage(request.address(), request.language(), page -> {
                List<Language> others = languages.stream().filter(l -> !l.equals(page.language())).toList();
                dialogs.webVersions(page.language(), page.alternates(), others)
                        .ifPresent(chosen -> workbench().newWebProject(page, chosen, glossaries));
            }));
        });
    }

    /** File ▸ Open TMX…: a translation memory as a new untitled project of confirmed links. */
    void openTmx() {
        project.whenSafeToDiscard(() -> dialogs.openFile("Open a translation memory", "TMX translation memories",
                List.of("tmx"), project.projectFolder()).ifPresent(workbench()::openTmx));
    }

    /**
     * File ▸ Import XLIFF translation…: a CAT tool's translated file into the open project (one undoable step), or, with
     * no project open, as a new one.
     */
    void importXliff() {
        Runnable ask = () -> dialogs.openFile("Import a translated XLIFF file", "XLIFF", List.of("xlf", "xliff", "sdlxliff"),
                project.projectFolder()).ifPresent(workbench()::importXliff);
        if (projectOpen()) {
            ask.run();
        } else {
            project.whenSafeToDiscard(ask);
        }
    }

    /** File ▸ Export ▸ XLIFF…: one file per target language, named after the file chosen (story.en-ar.xlf). */
    void exportXliff(AlignmentLevel level) {
        Optional<String> version = dialogs.choose("Which XLIFF version? One file is written per language.", XLIFF_21,
                List.of(XLIFF_21, XLIFF_12));
        if (version.isEmpty()) {
            return;
        }
        String base = project.suggestedName().replaceFirst("\\.[^.]*$", "");
        dialogs.saveFile("Export XLIFF (one file per language, e.g. " + base + ".en-ar.xlf)", "XLIFF", "xlf",
                base + ".xlf", project.projectFolder()).ifPresent(chosen -> {
                    String name = chosen.getFileName().toString();
                    Path prefix = chosen.resolveSibling(name.replaceFirst("(?i)\\.xlf$", ""));
                    new ProjectExports(session(), workbench().tasks()).exportXliff(level, prefix,
                            version.get().equals(XLIFF_12) ? XliffVersion.V1_2 : XliffVersion.V2_1);
                });
    }
}
