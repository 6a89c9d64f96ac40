package org.triptych.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triptych.io.project.ProjectFileException;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.model.AlignmentLevel;
import org.triptych.workbench.ArticleAlignment;
import org.triptych.workbench.SavedProjectExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export PROJECT.triptych [--tmx OUT.tmx [--pairwise]] [--csv OUT.csv] [--report OUT.html] [--xliff PREFIX
 * [--xliff-version 2.1|1.2]]}: writes from a saved project what the window's File ▸ Export writes, so a script can
 * export what a person corrected. A TMX file may stand for the project (its units as confirmed links).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved project as the window does: TMX, CSV, XLIFF and the QA report.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:everything asked for was written", "1:the project could not be read or a file not written"
                + " (one line on stderr)", "2:bad usage"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT.triptych",
            description = "A project saved by Triptych, or a TMX memory (read as a project of confirmed links).")
    Path project;

    @Option(names = "--tmx", paramLabel = "OUT.tmx", description = "A TMX 1.4b file, one unit per row, every language.")
    Path tmx;

    @Option(names = "--pairwise", description = "With --tmx: one file per pair (OUT.en-ar.tmx, OUT.en-ru.tmx) instead.")
    boolean pairwise;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "The rows as CSV: the row's number as the window shows it,"
            + " per language its unit numbers (from 1) and text, the row's status and note.")
    Path csv;

    @Option(names = "--report", paramLabel = "OUT.html", description = "The QA report over a check of the saved project.")
    Path report;

    @Option(names = "--xliff", paramLabel = "PREFIX",
            description = "One XLIFF file per target for a CAT tool: PREFIX.en-ar.xlf, PREFIX.en-ru.xlf.")
    Path xliff;

    @Option(names = "--xliff-version", defaultValue = "2.1", paramLabel = "2.1|1.2",
            description = "XLIFF version of --xliff (default: ${DEFAULT-VALUE}).")
    String xliffVersion;

    @Option(names = "--level", defaultValue = "paragraph", paramLabel = "paragraph|sentence",
            description = "The rows to export (default: ${DEFAULT-VALUE}, as the window opens).")
    String level;

    @Option(names = "--language", description = "The report includes LanguageTool's spelling and grammar findings.")
    boolean language;

    @Option(names = "--reviewed-only", description = "TMX and CSV leave out the rows no person has reviewed: not"
            + " confirmed, or still holding a machine draft. Without it every row is written, its status in a TMX"
            + " <prop type=\"x-link-status\"> (and x-machine-draft on a draft) and in the CSV's status column.")
    boolean reviewedOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AlignmentLevel lvl;
        XliffVersion xv;
        try {
            lvl = ArticleAlignment.parseLevel(level);
            xv = XliffVersion.parse(xliffVersion);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        if (tmx == null && csv == null && report == null && xliff == null) {
            err.println("export: say what to write: --tmx, --csv, --xliff or --report");
            return 2;
        }
        if (pairwise && tmx == null) {
            err.println("export: --pairwise goes with --tmx");
            return 2;
        }
        try (SavedProjectExport export = SavedProjectExport.open(project, language).reviewedOnly(reviewedOnly)) {
            Path current = null;
            try {
                if (tmx != null) {
                    current = tmx;
                    if (pairwise) {
                        export.writePairwiseTmx(lvl, tmx).forEach(p -> err.println("wrote " + p));
                    } else {
                        export.writeTmx(lvl, tmx);
                        err.println("wrote " + tmx);
                    }
                }
                if (csv != null) {
                    current = csv;
                    export.writeCsv(lvl, csv);
                    err.println("wrote " + csv);
                }
                if (xliff != null) {
                    current = xliff;
                    export.writeXliff(lvl, xliff, xv).forEach(p -> err.println("wrote " + p));
                }
                if (report != null) {
                    current = report;
                    int n = export.writeReport(report);
                    err.println("wrote " + report + " (" + n + " findings)");
                }
            } catch (IOException e) {
                err.println("export: " + current + " was not written: " + e.getMessage());
                return 1;
            }
            return 0;
        } catch (ProjectFileException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
    }
}
