package org.triptych.cli;

import org.triptych.workbench.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar triptych.jar}. With a command it runs that engine from the terminal; with no
 * command at all, or with only a project file, it opens the workbench window.
 */
@Command(name = "triptych", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Align, check and draft English, Arabic and Russian versions of an article.")
public final class Main implements Runnable {

    /** The commands, in the order the usage lists them. */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(
            ImportCommand.class,
            AlignCommand.class,
            EvalAlignCommand.class,
            CheckCommand.class,
            ExtractTermsCommand.class,
            DraftCommand.class,
            BacktranslateCommand.class,
            ExportCommand.class,
            BatchCommand.class,
            GlossaryCommand.class);

    /** picocli's switch for closures in annotations, which only Groovy scripts use. */
    static final String NO_GROOVY = "picocli.disable.closures";

    public static void main(String[] args) {
        if (opensWindow(args)) {
            org.triptych.ui.WorkbenchLauncher.main(args);
            return;
        }
        System.exit(commandLine(args[0]).execute(args));
    }

    /**
     * No arguments, or just a project file ({@code triptych article.triptych}, as a file manager calls it): the
     * workbench opens (with that project). Anything else is a command.
     */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && args[0].endsWith("." + org.triptych.io.project.ProjectFile.EXTENSION) && !args[0].startsWith("-");
    }

    /** The configured command line with every command; tests execute commands through it with captured streams. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: when that names a command, only that command
     * is set up (picocli reads every option of every command it is given, a tenth of a short command's start-up);
     * otherwise all of them, for the usage and for the hint after a mistyped name.
     */
    static CommandLine commandLine(String first) {
        // Without this picocli looks for Groovy's Closure class, and a class that is nowhere makes the JVM open
        // every one of the 180 jars on the class path: a fifth of a short command's start-up (issue 15).
        if (System.getProperty(NO_GROOVY) == null) {
            System.setProperty(NO_GROOVY, "true");
        }
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> command : COMMANDS) {
            if (first == null || first.equals(command.getAnnotation(Command.class).name())) {
                cl.addSubcommand(command);
            }
        }
        if (cl.getSubcommands().isEmpty()) {
            COMMANDS.forEach(cl::addSubcommand);
        }
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
