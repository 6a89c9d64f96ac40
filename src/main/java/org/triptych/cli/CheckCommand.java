package org.triptych.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.io.export.FindingsCsv;
import org.triptych.io.export.FindingsJson;
import org.triptych.io.export.QaReportHtml;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.workbench.ArticleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --en EN --ar AR --ru RU --glossary FILE [--glossary FILE...] [--presegmented] --format json|csv|html}:
 * terminology, number and version-comparison findings for the Arabic and Russian versions against English. Findings
 * go to standard output (or {@code --output}); glossary problems and notes go to standard error. Every version may be
 * a file or a web page's address.
 * Exit status: 0 checked (whatever was found), 2 bad input (a file missing or unreadable, no target given, glossaries
 * given and none of them usable, a report that cannot be written).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check names, terms and numbers of the Arabic and Russian versions against the English.")
public final class CheckCommand implements Callable<Integer> {

    public enum Format { json, csv, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--en", required = true, paramLabel = "FILE|URL",
            description = "The English version: a file (any importable format) or a web page's address")
    String english;

    @Option(names = "--ar", paramLabel = "FILE|URL", description = "The Arabic version")
    String arabic;

    @Option(names = "--ru", paramLabel = "FILE|URL", description = "The Russian version")
    String russian;

    @Option(names = "--glossary", description = "TBX (v2 or v3) or CSV/TSV glossary; repeat to merge several")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--presegmented", description = "one unit per line: line i of each file are translations of each other")
    boolean presegmented;

    @Option(names = "--format", defaultValue = "json", description = "json, csv or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", description = "write the report to this file instead of standard output")
    Path output;

    @Option(names = "--language", description = "also run LanguageTool's grammar and spelling checks on each unit")
    boolean languageChecks;

    private final ArticleCheck articleCheck;

    /** The command as the terminal runs it: articles are linked by the aligner (the glossary's concepts as evidence). */
    public CheckCommand() {
        this(new ArticleCheck());
    }

    public CheckCommand(ArticleCheck articleCheck) {
        this.articleCheck = articleCheck;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Map<Language, String> targets = new LinkedHashMap<>();
        if (arabic != null) {
            targets.put(Language.ARABIC, arabic);
        }
        if (russian != null) {
            targets.put(Language.RUSSIAN, russian);
        }
        if (targets.isEmpty()) {
            err.println("check: give at least one of --ar and --ru");
            return 2;
        }
        List<Finding> findings;
        try {
            findings = articleCheck.check(english, targets, glossaries, presegmented, languageChecks, new ArticleCheck.Reports() {
                @Override
                public void glossaryProblem(String problem) {
                    err.println(problem);
                }

                @Override
                public void note(String note) {
                    err.println("check: " + note);
                }
            });
        } catch (ArticleCheck.NoUsableGlossary e) {
            err.println("check: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("check: cannot read " + (e.getMessage() == null ? "input" : e.getMessage()));
            return 2;
        }
        Map<Language, String> sources = new LinkedHashMap<>();
        sources.put(Language.ENGLISH, english);
        sources.putAll(targets);
        String report = switch (format) {
            case json -> new FindingsJson().write(findings);
            case csv -> new FindingsCsv().write(findings);
            case html -> new QaReportHtml().write(findings, new QaReportHtml.Context("Triptych QA report", sources));
        };
        if (output != null) {
            try {
                org.triptych.io.AtomicFiles.writeString(output, report);
            } catch (java.io.IOException | RuntimeException e) {
                err.println("check: the report was not written to " + output + ": " + writeProblem(output, e));
                return 2;
            }
        } else {
            out.print(report);
            out.flush();
        }
        return 0;
    }

    /** Why a report could not be written, in words: a folder, a file where a folder should be, no permission, or what the system said. */
    private static String writeProblem(Path output, Exception e) {
        if (java.nio.file.Files.isDirectory(output)) {
            return "it is a folder; give a file name";
        }
        for (Path p = output.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                return p + " is a file, not a folder";
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (e instanceof java.nio.file.AccessDeniedException || parent != null && !java.nio.file.Files.isWritable(parent)) {
            return "you may not write there";
        }
        return e.getMessage() == null ? "the system refused" : e.getMessage();
    }
}
