package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triptych.io.DocumentImporter;
import org.triptych.io.ImportResult;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Project;

/**
 * The state behind the main window: the open project and one column per version. Imports run through the
 * {@link TaskRunner}; a failed import reports its message and leaves what is open untouched.
 */
public final class WorkbenchViewModel {

    private final TaskRunner tasks;
    private final DocumentImporter importer;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>(Project.emptyDefault());
    private final List<VersionColumnViewModel> columns = new ArrayList<>();
    private final StringProperty notice = new SimpleStringProperty("");

    public WorkbenchViewModel(TaskRunner tasks, DocumentImporter importer) {
        this.tasks = tasks;
        this.importer = importer;
        for (DocumentVersion v : project.get().versions()) {
            columns.add(new VersionColumnViewModel(v.language()));
        }
    }

    public List<VersionColumnViewModel> columns() {
        return columns;
    }

    public Project project() {
        return project.get();
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    /** The last thing the person should read: a result, a warning or an error. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Loads a whole project (the bundled sample, say) in the background. */
    public void loadProject(String title, Supplier<Project> loader) {
        tasks.run(title, loader::get, this::show, e -> notice.set(title + " failed: " + describe(e)));
    }

    /** Imports a file into a column; on failure the column keeps what it had. */
    public void importInto(VersionColumnViewModel column, Path file) {
        tasks.run("Importing " + file.getFileName(), () -> importer.importFile(file, column.language()),
                (ImportResult r) -> {
                    project.set(project.get().withVersion(r.version()));
                    column.show(r.version());
                    notice.set(r.warnings().isEmpty()
                            ? "Opened " + file.getFileName() + ": " + r.version().paragraphs().size() + " paragraphs"
                            : String.join(" ", r.warnings()));
                },
                e -> notice.set(describe(e)));
    }

    private void show(Project p) {
        project.set(p);
        for (VersionColumnViewModel c : columns) {
            p.version(c.language()).ifPresent(c::show);
        }
        StringBuilder sb = new StringBuilder();
        for (DocumentVersion v : p.versions()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            // The left-to-right mark keeps an Arabic name from pulling the numbers after it into its own direction.
            sb.append(v.language().displayName()).append('\u200E').append(' ').append(v.paragraphs().size()).append(" ¶ ")
                    .append(v.wordCount()).append(" words");
        }
        notice.set(sb.toString());
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
