package org.triptych.bench;

import java.util.Arrays;
import org.triptych.cli.AlignCommand;
import org.triptych.cli.EvalAlignCommand;
import picocli.CommandLine;

/**
 * Runs the {@code align} and {@code eval-align} commands in their own JVM for the benchmark (the application's
 * Main registers them too; this entry point keeps the benchmark independent of the rest of the CLI).
 */
public final class AlignCli {

    private AlignCli() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: AlignCli align|eval-align OPTIONS");
            System.exit(2);
        }
        Object command = switch (args[0]) {
            case "align" -> new AlignCommand();
            case "eval-align" -> new EvalAlignCommand();
            default -> null;
        };
        if (command == null) {
            System.err.println("unknown command " + args[0]);
            System.exit(2);
        }
        System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
