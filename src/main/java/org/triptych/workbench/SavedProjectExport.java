package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.io.project.ProjectFileException;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Project;

/**
 * What {@code export PROJECT} does: opens a saved project (or a TMX memory, as File ▸ Open TMX does) in a session of
 * its own, exactly as the window would (a level without links is aligned, not edited), and writes what File ▸ Export
 * writes from it: the TMX, the CSV, the XLIFF, and the QA report over a fresh check of the project's links with its
 * glossaries, its ignored findings left out.
 */
public final class SavedProjectExport implements AutoCloseable {

    private final Session session;
    private final LanguageToolChecks languageChecks;

    private SavedProjectExport(Session session, LanguageToolChecks languageChecks) {
        this.session = session;
        this.languageChecks = languageChecks;
    }

    /**
     * Reads the project; {@code language} adds LanguageTool's findings to the report, as the window's Spelling and
     * grammar toggle does. A project that cannot be read is refused with one sentence naming it, untouched.
     */
    public static SavedProjectExport open(Path project, boolean language) throws ProjectFileException {
        Project p;
        if (Workbench.isTmx(project)) {
            try {
                p = Workbench.tmxProject(project);
            } catch (org.triptych.io.document.ImportException e) {
                throw new ProjectFileException(project, e.getMessage(), e);
            }
        } else {
            p = new ProjectFile().read(project);
        }
        LanguageToolChecks lt = language ? LanguageToolChecks.standard() : null;
        Session session = new Session(TaskRunner.direct(), new SentenceFirstAligner(), lt != null ? lt : new TermChecks());
        session.replace(p, project, true);
        return new SavedProjectExport(session, lt);
    }

    private boolean reviewedOnly;

    /** Leaves out of the TMX and CSV the rows no person has reviewed (not confirmed, or holding a machine draft). */
    public SavedProjectExport reviewedOnly(boolean on) {
        reviewedOnly = on;
        return this;
    }

    /** The rows at {@code level}, aligned first when the project has no links there yet. */
    private ExportRows rows(AlignmentLevel level) throws IOException {
        session.ensureAligned(level);
        ExportRows rows = ExportRows.of(session.state(), level);
        if (rows == null) {
            throw new IOException("the project has no English text to export");
        }
        return reviewedOnly ? rows.reviewedOnly() : rows;
    }

    public int writeTmx(AlignmentLevel level, Path file) throws IOException {
        return ProjectExports.writeTmx(rows(level), file);
    }

    /** One TMX per target beside {@code file} (OUT.en-ar.tmx); returns the files written. */
    public List<Path> writePairwiseTmx(AlignmentLevel level, Path file) throws IOException {
        rows(level);
        List<Path> written = new java.util.ArrayList<>();
        for (org.triptych.model.Language target : session.state().targets()) {
            ExportRows pair = ExportRows.pair(session.state(), level, target);
            if (pair != null) {
                Path out = ProjectExports.pairFile(file, target);
                ProjectExports.writeTmx(reviewedOnly ? pair.reviewedOnly() : pair, out);
                written.add(out);
            }
        }
        return written;
    }

    public int writeCsv(AlignmentLevel level, Path file) throws IOException {
        return ProjectExports.writeCsv(rows(level), file);
    }

    /** The QA report over a check of the project as saved; returns how many findings it lists. */
    public int writeReport(Path file) throws IOException {
        rows(AlignmentLevel.PARAGRAPH);
        checkOnce();
        org.triptych.io.AtomicFiles.writeString(file, ProjectExports.report(session.findings(), session.state(),
                session.title(), java.time.LocalDate.now()));
        return session.findings().size();
    }

    /**
     * One XLIFF file per target beside {@code prefix} ({@code PREFIX.en-ar.xlf}), as File ▸ Export ▸ XLIFF writes them:
     * the project's glossary terms and the findings of a check of the project as saved as notes. Returns the files.
     */
    public List<Path> writeXliff(AlignmentLevel level, Path prefix, XliffVersion version) throws IOException {
        ExportRows rows = rows(level);
        checkOnce();
        ProjectState state = session.state();
        return XliffExport.write(rows, prefix, version, state.article().english().source(),
                ProjectGlossaries.merged(state.glossaries()), ProjectExports.findingsByRow(state, session.findings(), level));
    }

    /** Checks the project as saved, unless the findings are of it already. */
    private void checkOnce() throws IOException {
        rows(AlignmentLevel.PARAGRAPH);
        if (session.findingsCurrent()) {
            return;
        }
        String[] failure = new String[1];
        SessionListener heard = new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                if (message.startsWith("Checking failed")) {
                    failure[0] = message;
                }
            }
        };
        session.addListener(heard);
        session.check();
        session.removeListener(heard);
        if (failure[0] != null) {
            throw new IOException(failure[0]);
        }
    }

    @Override
    public void close() {
        if (languageChecks != null) {
            languageChecks.close();
        }
    }
}
