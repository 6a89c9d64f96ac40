package org.triptych.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.workbench.AlignmentEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval-align}: aligns every folder under a directory that holds {@code en.txt}, {@code ar.txt},
 * {@code ru.txt} and {@code gold.json}, exactly as {@code align} would, and prints strict and lax precision, recall
 * and F1 per pair and level. Paragraph level aligns the .txt articles; sentence level aligns the presegmented
 * {@code <lang>.sent.txt} files when a folder has them (the gold's sentence indices refer to their lines), else the
 * sentences the splitter finds in the .txt files.
 */
@Command(name = "eval-align", mixinStandardHelpOptions = true,
        description = "Score the aligner against gold links (folders with en.txt, ar.txt, ru.txt, gold.json).")
public final class EvalAlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold folders.")
    Path goldDir;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "Also write each folder's prediction as DIR/<folder>.json (same shape as gold.json).")
    Path predictionsDir;

    @Option(names = "--per-document", description = "Also print strict F1 per folder.")
    boolean perDocument;

    private final AlignmentEvaluation evaluation;

    public EvalAlignCommand() {
        this(new AlignmentEvaluation());
    }

    /** With another evaluation (an experiment or the benchmark varies the aligner's weights this way). */
    public EvalAlignCommand(AlignmentEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Map<String, AlignmentEvaluation.Score> scores = evaluation.evaluate(goldDir, predictionsDir,
                    line -> {
                        if (perDocument) {
                            out.println(line);
                        }
                    }, w -> err.println("warning: " + w));
            if (scores.isEmpty()) {
                err.println("eval-align: no folder under " + goldDir + " holds en.txt, ar.txt, ru.txt and gold.json");
                return 2;
            }
            out.printf(Locale.ROOT, "%-20s %6s %6s | %-23s | %-23s%n", "pair/level", "gold", "pred",
                    "strict P / R / F1", "lax P / R / F1");
            for (Map.Entry<String, AlignmentEvaluation.Score> e : scores.entrySet()) {
                AlignmentEvaluation.Score s = e.getValue();
                out.printf(Locale.ROOT, "%-20s %6d %6d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f%n", e.getKey(),
                        s.goldLinks(), s.predictedLinks(), s.strictPrecision(), s.strictRecall(), s.strictF1(),
                        s.laxPrecision(), s.laxRecall(), s.laxF1());
            }
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval-align: " + e.getMessage());
            return 2;
        }
    }
}
