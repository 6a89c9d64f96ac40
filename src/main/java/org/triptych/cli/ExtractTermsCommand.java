package org.triptych.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.model.Language;
import org.triptych.workbench.CandidateReports;
import org.triptych.workbench.GlossaryCandidate;
import org.triptych.workbench.TermExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extract-terms --en EN --ar AR --ru RU [--presegmented] [--glossary F…] --format json|csv|tbx}: names the
 * versions share, proposed as glossary entries (those the glossaries hold left out). EN, AR and RU are one article
 * each, or folders of articles paired by file name. Output on standard output (or {@code --output}); glossary
 * problems and notes on standard error. Exit status: 0 done, 2 bad input.
 */
@Command(name = "extract-terms", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "Propose glossary entries: names the English, Arabic and Russian versions share.")
public final class ExtractTermsCommand implements Callable<Integer> {

    public enum Format { json, csv, tbx }

    @Spec
    CommandSpec spec;

    @Option(names = "--en", required = true, description = "English text (UTF-8), or a folder of articles")
    Path english;

    @Option(names = "--ar", description = "Arabic text, or a folder with files named as the English ones")
    Path arabic;

    @Option(names = "--ru", description = "Russian text, or a folder with files named as the English ones")
    Path russian;

    @Option(names = "--glossary", description = "TBX or CSV glossary whose concepts are left out; repeat for several")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--presegmented", description = "one unit per line: line i of each file are translations of each other")
    boolean presegmented;

    @Option(names = "--format", defaultValue = "json",
            description = "json, csv (the project's glossary CSV) or tbx (TBX-Basic), every term admitted (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", description = "write to this file instead of standard output")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Map<Language, Path> targets = new LinkedHashMap<>();
        if (arabic != null) {
            targets.put(Language.ARABIC, arabic);
        }
        if (russian != null) {
            targets.put(Language.RUSSIAN, russian);
        }
        if (targets.isEmpty()) {
            err.println("extract-terms: give at least one of --ar and --ru");
            return 2;
        }
        List<GlossaryCandidate> candidates;
        try {
            candidates = TermExtraction.fromFiles(english, targets, glossaries, presegmented, new TermExtraction.Reports() {
                @Override
                public void glossaryProblem(String problem) {
                    err.println(problem);
                }

                @Override
                public void note(String note) {
                    err.println("extract-terms: " + note);
                }
            });
        } catch (TermExtraction.UnusableGlossary e) {
            err.println("extract-terms: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("extract-terms: cannot read " + (e.getMessage() == null ? "input" : e.getMessage()));
            return 2;
        }
        String report = switch (format) {
            case json -> CandidateReports.json(candidates);
            case csv -> CandidateReports.csv(candidates);
            case tbx -> CandidateReports.tbx(candidates);
        };
        if (output != null) {
            try {
                org.triptych.io.AtomicFiles.writeString(output, report);
            } catch (java.io.IOException | RuntimeException e) {
                err.println("extract-terms: the candidates were not written to " + output + " ("
                        + (e.getMessage() == null ? "the file could not be written" : e.getMessage()) + ")");
                return 2;
            }
        } else {
            out.print(report);
            out.flush();
        }
        return 0;
    }
}
