package org.triptych.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.triptych.model.AlignmentLevel;
import org.triptych.workbench.ProjectExports;

/**
 * File ▸ Export's additions for a working day: TMX and CSV with only the rows a person has reviewed (confirmed, no
 * machine draft left), numbered as the window numbers them. Every export of all rows already carries each row's
 * status (a TMX prop, the CSV's status column); these leave the unreviewed ones out.
 */
final class ExportActions {

    private final WorkbenchViewModel model;
    private final DialogService dialogs;
    private final ProjectActions project;
    private final ProjectExports exports;

    ExportActions(WorkbenchViewModel model, DialogService dialogs, ProjectActions project) {
        this.model = model;
        this.dialogs = dialogs;
        this.project = project;
        this.exports = new ProjectExports(model.workbench().session(), model.workbench().tasks());
    }

    private AlignmentLevel level() {
        return model.aligned().levelProperty().get();
    }

    void reviewedTmx() {
        choose("Export TMX: reviewed rows only", "TMX", "tmx", "-reviewed").ifPresent(p -> exports.exportTmx(level(), p, true));
    }

    void reviewedCsv() {
        choose("Export CSV: reviewed rows only", "CSV", "csv", "-reviewed").ifPresent(p -> exports.exportCsv(level(), p, true));
    }

    /**
     * The finished versions as documents: the person picks the format (.docx, .odt, .html, .txt) and a name; each
     * version with text goes to its own file beside it (story-en.docx, story-ar.docx, story-ru.docx).
     */
    void versions() {
        java.util.Map<String, String> formats = ProjectExports.documentFormats();
        java.util.List<String> names = java.util.List.copyOf(formats.values());
        dialogs.choose("Export every version as", names.get(0), names).ifPresent(chosen -> {
            String ext = formats.entrySet().stream().filter(e -> e.getValue().equals(chosen)).findFirst().orElseThrow().getKey();
            choose("Export the versions (one file each: name-en, name-ar, …)", chosen, ext, "")
                    .ifPresent(base -> exports.exportVersions(ext, base));
        });
    }

    /** A file to write, named after the project ("storm-reviewed.tmx") in the project's folder. */
    Optional<Path> choose(String title, String kind, String extension, String suffix) {
        String base = project.suggestedName().replaceFirst("\\.[^.]*$", "");
        Path folder = model.workbench().session().file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        return dialogs.saveFile(title, kind, extension, base + suffix + "." + extension, folder);
    }
}
