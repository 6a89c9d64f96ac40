package org.triptych.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.triptych.align.AlignOptions;
import org.triptych.align.AlignmentWeights;
import org.triptych.cli.EvalAlignCommand;
import picocli.CommandLine;

/**
 * Development aid: scores the aligner on a gold directory with the given weights, one configuration per argument
 * group. Usage: {@code AlignTuning GOLD_DIR "prior11 priorNull prior21 prior22 prior31 number name term cognate question quote
 * numberMiss nameMiss boundary inner" ...} (probabilities for the priors, log units for the rest).
 */
public final class AlignTuning {

    private AlignTuning() {
    }

    public static void main(String[] args) {
        Path gold = Path.of(args[0]);
        for (int k = 1; k < args.length; k++) {
            String[] v = args[k].trim().split("\\s+");
            double[] x = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                x[i] = Double.parseDouble(v[i]);
            }
            AlignmentWeights w = new AlignmentWeights(Math.log(x[0]), Math.log(x[1]), Math.log(x[2]), Math.log(x[3]),
                    Math.log(x[4]), x[5], x[6], x[7], x[8], x[9], x[10], x[11], x[12], x[13], x[14]);
            StringWriter out = new StringWriter();
            CommandLine cl = new CommandLine(new EvalAlignCommand(new org.triptych.workbench.AlignmentEvaluation(AlignOptions.defaults().withWeights(w))));
            cl.setOut(new PrintWriter(out));
            cl.execute("--gold", gold.toString());
            System.out.println("== " + args[k]);
            System.out.print(out);
        }
    }
}
