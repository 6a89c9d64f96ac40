package org.triptych.cli;

import java.util.ArrayList;
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
 * {@code draft --provider NAME --endpoint URL [--memory A.tmx[,B.tmx] [--match-threshold N]] --from en --to ar,ru
 * FILE|URL… [--glossary FILE] --format json|txt}: drafts of every paragraph into each target language, from a
 * translation memory's exact and fuzzy matches first (with their scores) and a machine translation provider for the
 * rest; {@code --provider memory} asks the memories alone. Keys come from TRIPTYCH_&lt;PROVIDER&gt;_KEY.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Drafts of files or web pages: translation-memory matches first (--memory), machine translation "
                + "for the rest.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:drafts written", "1:the provider failed (message on stderr)", "2:bad usage",
                "3:an input file or glossary could not be read", "130:cancelled"})
public final class DraftCommand implements Callable<Integer> {

    @Mixin
    MtOptions options;

    @Option(names = "--from", required = true, paramLabel = "LANG", description = "Language of the files, e.g. en")
    String from;

    @Option(names = "--to", required = true, split = ",", paramLabel = "LANG[,LANG…]", description = "Target languages, e.g. ar,ru")
    List<String> to;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final FileTranslation translation;

    public DraftCommand() {
        this(System.getenv(), new FileTranslation());
    }

    /** For tests: the environment to read keys from, and the translation (with its draft checker). */
    public DraftCommand(Map<String, String> env, FileTranslation translation) {
        this.env = Map.copyOf(env);
        this.translation = translation;
    }

    @Override
    public Integer call() {
        Language source;
        List<Language> targets = new ArrayList<>();
        try {
            source = Language.of(from);
            for (String t : to) {
                if (!t.isBlank()) {
                    targets.add(Language.of(t));
                }
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (targets.isEmpty()) {
            spec.commandLine().getErr().println("--to needs at least one language");
            return 2;
        }
        return MtRun.run(options, source, targets, env, translation, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
