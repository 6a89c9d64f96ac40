package org.triptych.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.triptych.align.AlignOptions;
import org.triptych.align.ParagraphAligner;
import org.triptych.align.ParagraphAlignment;
import org.triptych.align.TermEvidence;
import org.triptych.io.DocumentImporter;
import org.triptych.io.GlossaryFiles;
import org.triptych.io.ImportException;
import org.triptych.io.ImportResult;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.mt.DraftChecker;
import org.triptych.terms.TranslationChecker;
import org.triptych.terms.UnitFindingsSource;
import org.triptych.langcheck.AcceptedTerms;
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

    /** Paragraph links from the aligner (with the glossary as evidence) as the units the checks compare. */
    static AlignedUnitsProvider alignedUnits(TermMatcher matcher) {
        AlignOptions options = AlignOptions.defaults().withTerms(evidence(matcher));
        ParagraphAligner aligner = new ParagraphAligner();
        return (english, target) -> {
            ParagraphAlignment links = aligner.align(english, target, options);
            return BeadUnits.of(new Alignment(target.language(), AlignmentLevel.PARAGRAPH, links.paragraphs()), english, target);
        };
    }


    /**
     * The glossary as MT providers take it: for each concept, its preferred term in the source language against its
     * preferred term in each target language.
     */
    static org.triptych.mt.Glossary mtGlossary(Glossary glossary, Language from, List<Language> targets) {
        org.triptych.mt.Glossary.Builder b = org.triptych.mt.Glossary.builder();
        for (Concept c : glossary.concepts()) {
            Optional<Term> source = c.preferred(from);
            for (Language to : targets) {
                Optional<Term> target = c.preferred(to);
                if (source.isPresent() && target.isPresent()) {
                    b.add(from, to, source.get().text(), target.get().text());
                }
            }
        }
        return b.build();
    }

    /**
     * Every draft from English is re-checked against the glossary before it is shown; drafts into English
     * (back-translations) are compared with the person's own text instead, so they are not checked here.
     */
    static DraftChecker draftChecker(Glossary glossary) {
        TranslationChecker checker = new TranslationChecker(glossary);
        return (unit, from, source, to, draft) -> from.equals(Language.ENGLISH)
                ? checker.checkUnit(to, unit, source, draft) : List.of();
    }

    /**
     * LanguageTool's spelling and grammar findings for one unit at a time, with every term of the glossary (in all
     * languages and statuses: a deprecated spelling is the terminology check's business, not a misspelling)
     * accepted by the spellers. The service loads each language once, on first use.
     */
    static UnitFindingsSource languageTool(Glossary glossary) {
        LanguageCheckService service = new LanguageCheckService();
        List<String> terms = new java.util.ArrayList<>();
        for (Concept c : glossary.concepts()) {
            c.terms().values().forEach(list -> list.forEach(t -> terms.add(t.text())));
        }
        service.setGlossary(AcceptedTerms.of(terms));
        return (language, unit, text) -> {
            try {
                return service.checkParagraph(language, unit, text).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("LanguageTool failed on unit " + unit + ": " + e.getCause().getMessage(), e.getCause());
            }
        };
    }
}
