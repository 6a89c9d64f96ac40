package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.triptych.align.AlignOptions;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Severity;
import org.triptych.terms.TermMatcher;
import org.triptych.terms.TranslationChecker;

/**
 * What a batch loads once and every worker shares: the glossaries merged into one term automaton (the aligner's
 * evidence and the checks' matcher alike), LanguageTool with the glossary's names accepted (one thread per language
 * inside it, whatever the number of workers). All of it is safe to use from several threads at once.
 */
final class BatchEngines implements AutoCloseable {

    final AlignOptions alignOptions;
    final TranslationChecker checker;
    /** Null unless the batch checks language. */
    final ArticleLanguageChecks languageTool;
    /** Per glossary file, in order, a digest of its bytes: a changed glossary changes every article's outputs. */
    final List<String> glossaryDigests;
    private final LanguageCheckService service;

    private BatchEngines(AlignOptions alignOptions, TranslationChecker checker, ArticleLanguageChecks languageTool,
                         List<String> glossaryDigests, LanguageCheckService service) {
        this.alignOptions = alignOptions;
        this.checker = checker;
        this.languageTool = languageTool;
        this.glossaryDigests = glossaryDigests;
        this.service = service;
    }

    /**
     * Reads the glossaries (each problem goes to {@code notes}, once for the whole batch) and builds the engines. A
     * glossary file that is not there is an {@link IOException}: a batch of a thousand articles checked without the
     * glossary the person asked for would be a thousand wrong reports.
     */
    static BatchEngines load(BatchOptions options, Consumer<String> notes) throws IOException {
        List<String> digests = new ArrayList<>();
        for (Path g : options.glossaries()) {
            if (!Files.isRegularFile(g) || !Files.isReadable(g)) {
                throw new IOException("cannot read the glossary " + g + (Files.isDirectory(g)
                        ? ": it is a folder (give the folder of articles before --glossary)" : ": no such file"));
            }
            digests.add(g.getFileName() + " " + ArticleFingerprint.digest(g));
        }
        GlossaryLoad merged = ProjectGlossaries.readFiles(options.glossaries());
        for (GlossaryProblem p : merged.problems()) {
            if (p.severity() != Severity.INFO) {
                notes.accept(p.toString());
            }
        }
        if (options.check() && options.glossaries().isEmpty()) {
            notes.accept("no --glossary given; only numbers and versions are compared");
        } else if (!options.glossaries().isEmpty() && merged.glossary().isEmpty()) {
            notes.accept("the glossaries hold no usable concept; the aligner has no term evidence and only numbers"
                    + " and versions are compared");
        }
        TermMatcher matcher = TermMatcher.build(merged.glossary());
        AlignOptions alignOptions = merged.glossary().isEmpty() ? AlignOptions.defaults()
                : AlignOptions.defaults().withTerms(EngineWiring.evidence(matcher));
        LanguageCheckService service = options.language() ? new LanguageCheckService() : null;
        ArticleLanguageChecks lt = service == null ? null : EngineWiring.languageTool(service, merged.glossary());
        return new BatchEngines(alignOptions, new TranslationChecker(matcher), lt, List.copyOf(digests), service);
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
