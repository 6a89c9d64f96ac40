package org.triptych.workbench;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.triptych.align.AlignOptions;
import org.triptych.align.ParagraphAligner;
import org.triptych.align.ParagraphAlignment;
import org.triptych.align.TermEvidence;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.document.ImportException;
import org.triptych.io.document.ImportResult;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.mt.DraftChecker;
import org.triptych.terms.UnitFindingsSource;
import org.triptych.workbench.GlossaryAcceptance;
import org.triptych.langcheck.NameEvidence;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Severity;
import org.triptych.terms.AlignedUnitsProvider;
import org.triptych.terms.BeadUnits;
import org.triptych.terms.TermMatch;
import org.triptych.terms.TermMatcher;

/**
 * Where the command line connects the engines to each other: the importer feeds the aligner, the glossary's
 * matcher gives the aligner its term evidence, and the aligner gives the checks their units. The engines do not
 * know each other; only this class does.
 */
final class EngineWiring {

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private EngineWiring() {
    }

    /** Articles in any importable format, import warnings passed on. */
    static ArticleReader importer() {
        return (file, language, warnings) -> {
            try {
                ImportResult r = IMPORTER.importFile(file, language);
                r.warnings().forEach(warnings);
                return r.version();
            } catch (ImportException e) {
                if (e.isNoText()) { // an empty version is something to align (all omissions), not a failure
                    warnings.accept(file.getFileName() + " has no text: every English unit is left without a counterpart");
                    return DocumentVersion.empty(language);
                }
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    /** A glossary file as term evidence for the aligner; a file that yields no concept is an error. */
    static TermEvidence glossaryEvidence(java.nio.file.Path file) throws IOException {
        GlossaryLoad load = GlossaryFiles.read(file);
        if (load.glossary().isEmpty()) {
            String why = load.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                    .map(GlossaryProblem::toString).findFirst().orElse(file + ": the glossary holds no concept");
            throw new IOException(why);
        }
        return evidence(TermMatcher.build(load.glossary()));
    }

    /** The concepts a matcher finds in a unit, as the aligner's term evidence. */
    static TermEvidence evidence(TermMatcher matcher) {
        return (text, language) -> matcher.find(language, text).stream().map(TermMatch::conceptId).distinct().toList();
    }

    /** Names paired across scripts by the aligner's name skeletons, for the glossary-candidate extractor. */
    static org.triptych.terms.NameTransliteration transliteration() {
        return new SkeletonTransliteration();
    }

    /** Paragraph links from the aligner (with the glossary as evidence) as the units the checks compare. */
    static AlignedUnitsProvider alignedUnits(TermMatcher matcher) {
        AlignOptions options = AlignOptions.defaults().withTerms(evidence(matcher));
        ParagraphAligner aligner = new ParagraphAligner();
        return (english, target) -> {
            ParagraphAlignment links = aligner.align(english, target, options);
            return BeadUnits.of(new Alignment(target.language(), AlignmentLevel.PARAGRAPH, links.paragraphs()), english, target);
        };
    }


    /** The glossary as MT providers take it (preferred source term against preferred target term). */
    static org.triptych.mt.ProviderGlossary mtGlossary(Glossary glossary, Language from, List<Language> targets) {
        return org.triptych.mt.ProviderGlossary.preferredTerms(glossary, from, targets);
    }

    /** Every draft from English is re-checked against the glossary before it is shown. */
    static DraftChecker draftChecker(Glossary glossary) {
        return new org.triptych.workbench.TermDraftChecker(glossary);
    }

    /**
     * LanguageTool's spelling and grammar findings for one unit at a time, the glossary's terms and their forms
     * accepted by the spellers ({@link GlossaryAcceptance}). The service loads each language once, on first use.
     */
    static UnitFindingsSource languageTool(Glossary glossary) {
        return languageTool(new LanguageCheckService(), glossary).forArticle(NameEvidence.NONE, Map.of());
    }

    /**
     * LanguageTool on a service the caller closes when done (a batch shares one across its articles), made for each
     * article once its versions are aligned: the other versions confirm names ({@link AlignedNameEvidence}) and a
     * version's own units ({@code versions}) tell a typo inside a name from the name.
     */
    static ArticleLanguageChecks languageTool(LanguageCheckService service, Glossary glossary) {
        service.setGlossary(GlossaryAcceptance.of(glossary));
        return new ArticleLanguageChecks() {
            @Override
            public UnitFindingsSource forArticle(NameEvidence names, Map<Language, List<String>> versions) {
                return (language, unit, text) -> {
                    try {
                        return service.checkParagraph(language, unit, text, names, versions.get(language)).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.util.concurrent.CancellationException("interrupted");
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("LanguageTool failed on unit " + unit + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                };
            }

            @Override
            public List<List<org.triptych.model.Finding>> acrossVersion(Language language,
                                                                        List<List<org.triptych.model.Finding>> units,
                                                                        List<String> texts) {
                return service.groupedAcrossVersion(language, units, texts);
            }
        };
    }
}
