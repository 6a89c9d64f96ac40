package org.triptych.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triptych.workbench.GlossaryConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glossary --in F [--in F…] --out OUT.tbx|.csv|.tsv [--tbx 2|3]}: merges glossaries and writes them in the
 * format the output's name says; duplicates, conflicts and lines that could not be read go to standard error.
 */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Merge glossaries (TBX v2 or v3, CSV, TSV) and convert them: TBX v3 TBX-Basic, TBX v2 for OmegaT "
                + "and Okapi, CSV or TSV.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written (duplicates and conflicts said on stderr)",
                "1:an input could not be used, or the output not written; nothing was written", "2:bad usage"})
public final class GlossaryCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "A glossary to read; repeat to merge several (the first wins where two disagree).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "OUT.tbx|OUT.csv|OUT.tsv",
            description = "The file to write; its extension chooses the format.")
    Path out;

    @Option(names = "--tbx", paramLabel = "2|3",
            description = "With a .tbx output: 3 for TBX-Basic (default), 2 for martif (OmegaT, Okapi).")
    Integer tbx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GlossaryConversion.Format format;
        try {
            format = GlossaryConversion.Format.forFile(out, tbx);
        } catch (IllegalArgumentException e) {
            err.println("glossary: " + e.getMessage());
            return 2;
        }
        try {
            GlossaryConversion.Outcome o = GlossaryConversion.convert(inputs, out, format, err::println);
            err.println("glossary: wrote " + out + ": " + o.concepts() + " concepts from " + o.files()
                    + (o.files() == 1 ? " file" : " files") + " (" + o.duplicates() + " duplicates, " + o.conflicts()
                    + " conflicts)");
            return 0;
        } catch (GlossaryConversion.UnusableInput e) {
            err.println("glossary: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("glossary: " + out + " was not written: " + (e.getMessage() == null ? "the system refused" : e.getMessage()));
            return 1;
        }
    }
}
