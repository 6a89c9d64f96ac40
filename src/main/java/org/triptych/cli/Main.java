package org.triptych.cli;

import org.triptych.workbench.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar triptych.jar}. With a command it runs that engine from the terminal; with no
 * command at all, or with only a project file, it opens the workbench window.
 */
@Command(name = "triptych", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Align, check and draft English, Arabic and Russian versions of an article.",
        subcommands = {
                ImportCommand.class,
                AlignCommand.class,
                EvalAlignCommand.class,
                CheckCommand.class,
                DraftCommand.class,
                BacktranslateCommand.class,
                ExportCommand.class,
                BatchCommand.class,
                GlossaryCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.triptych.ui.WorkbenchLauncher.main(args);
            return;
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * No arguments, or just a project file ({@code triptych article.triptych}, as a file manager calls it): the
     * workbench opens (with that project). Anything else is a command.
     */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && args[0].endsWith("." + org.triptych.io.project.ProjectFile.EXTENSION) && !args[0].startsWith("-");
    }

    /** The configured command line; tests execute commands through it with captured streams. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** {@code triptych --version}: version, commit and Java runtime, so a bug report names the exact build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return BuildInfo.current().lines().toArray(String[]::new);
        }
    }
}
