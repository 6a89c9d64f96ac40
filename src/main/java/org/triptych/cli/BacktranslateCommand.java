package org.triptych.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.model.Language;
import org.triptych.workbench.FileTranslation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backtranslate --provider NAME --from ar FILE… --format json|txt}: a version translated back into English,
 * so an editor who does not read Arabic or Russian can compare its meaning with the original.
 */
@Command(name = "backtranslate", mixinStandardHelpOptions = true,
        description = "Translate a version back into English to compare its meaning with the original.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:drafts written", "1:the provider failed (message on stderr)", "2:bad usage",
                "3:an input file or glossary could not be read", "130:cancelled"})
public final class BacktranslateCommand implements Callable<Integer> {

    @Mixin
    MtOptions options;

    @Option(names = "--from", required = true, paramLabel = "LANG", description = "Language of the version, e.g. ar or ru")
    String from;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final FileTranslation translation;

    public BacktranslateCommand() {
        this(System.getenv(), new FileTranslation());
    }

    public BacktranslateCommand(Map<String, String> env, FileTranslation translation) {
        this.env = Map.copyOf(env);
        this.translation = translation;
    }

    @Override
    public Integer call() {
        Language source;
        try {
            source = Language.of(from);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (source.equals(Language.ENGLISH)) {
            spec.commandLine().getErr().println("backtranslate translates into English; the version is already English.");
            return 2;
        }
        return MtRun.run(options, source, List.of(Language.ENGLISH), env, translation, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
