package org.triptych.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triptych.io.export.FindingsCsv;
import org.triptych.io.export.FindingsJson;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.document.PlainTextVersions;
import org.triptych.io.export.QaReportHtml;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.AlignedUnitsProvider;
import org.triptych.terms.GlossaryMerger;
import org.triptych.terms.TranslationChecker;
import org.triptych.terms.UnitFindingsSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --en EN --ar AR --ru RU --glossary FILE [--glossary FILE...] [--presegmented] --format json|csv|html}:
 * terminology, number and version-comparison findings for the Arabic and Russian versions against English. Findings
 * go to standard output (or {@code --output}); glossary problems and notes go to standard error.
 * Exit status: 0 checked (whatever was found), 2 bad input (a file missing or unreadable, no target given).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check names, terms and numbers of the Arabic and Russian versions against the English.")
public final class CheckCommand implements Callable<Integer> {

    public enum Format { json, csv, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--en", required = true, description = "English text (UTF-8)")
    Path english;

    @Option(names = "--ar", description = "Arabic text (UTF-8)")
    Path arabic;

    @Option(names = "--ru", description = "Russian text (UTF-8)")
    Path russian;

    @Option(names = "--glossary", description = "TBX (v2 or v3) or CSV/TSV glossary; repeat to merge several")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--presegmented", description = "one unit per line: line i of each file are translations of each other")
    boolean presegmented;

    @Option(names = "--format", defaultValue = "json", description = "json, csv or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", description = "write the report to this file instead of standard output")
    Path output;

    @Option(names = "--language", description = "also run LanguageTool's grammar and spelling checks on each unit")
    boolean languageChecks;

    private final AlignedUnitsProvider aligner;
    private final UnitFindingsSource languageSource;

    /**
     * The command as the terminal runs it: articles are linked by the aligner (with the glossary's concepts as
     * evidence).
     */
    public CheckCommand() {
        this(null, null);
    }

    /**
     * @param aligner        links English paragraphs to each version's paragraphs for article input; null for the
     *                       aligner with the glossary's concepts as evidence
     * @param languageSource LanguageTool findings for {@code --language}, or null if not available
     */
    public CheckCommand(AlignedUnitsProvider aligner, UnitFindingsSource languageSource) {
        this.aligner = aligner;
        this.languageSource = languageSource;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Map<Language, Path> targets = new LinkedHashMap<>();
        if (arabic != null) {
            targets.put(Language.ARABIC, arabic);
        }
        if (russian != null) {
            targets.put(Language.RUSSIAN, russian);
        }
        if (targets.isEmpty()) {
            err.println("check: give at least one of --ar and --ru");
            return 2;
        }
        List<GlossaryLoad> loads = new ArrayList<>();
        for (Path g : glossaries) {
            loads.add(GlossaryFiles.read(g));
        }
        GlossaryLoad merged = new GlossaryMerger().merge(loads);
        for (GlossaryProblem p : merged.problems()) {
            if (p.severity() != Severity.INFO) {
                err.println(p);
            }
        }
        if (glossaries.isEmpty()) {
            err.println("check: no --glossary given; only numbers and versions are compared");
        } else if (merged.glossary().isEmpty()) {
            err.println("check: the glossaries hold no usable concept; only numbers and versions are compared");
        }
        TranslationChecker checker = new TranslationChecker(merged.glossary());
        UnitFindingsSource language = !languageChecks ? null
                : languageSource != null ? languageSource : EngineWiring.languageTool(merged.glossary());
        AlignedUnitsProvider pairing = aligner != null ? aligner : EngineWiring.alignedUnits(checker.matcher());
        List<Finding> findings = new ArrayList<>();
        Map<Language, String> sources = new LinkedHashMap<>();
        sources.put(Language.ENGLISH, english.toString());
        try {
            List<String> enLines = presegmented ? PlainTextVersions.lines(english) : null;
            DocumentVersion enDoc = presegmented ? null : PlainTextVersions.article(english, Language.ENGLISH);
            for (Map.Entry<Language, Path> t : targets.entrySet()) {
                sources.put(t.getKey(), t.getValue().toString());
                List<AlignedUnit> units;
                if (presegmented) {
                    List<String> tgLines = PlainTextVersions.lines(t.getValue());
                    if (tgLines.size() != enLines.size()) {
                        err.println("check: " + t.getValue() + " has " + tgLines.size() + " lines, " + english + " has "
                                + enLines.size() + "; missing lines count as empty");
                    }
                    units = new ArrayList<>();
                    for (int i = 0; i < Math.max(enLines.size(), tgLines.size()); i++) {
                        units.add(AlignedUnit.line(i, i < enLines.size() ? enLines.get(i) : "",
                                i < tgLines.size() ? tgLines.get(i) : ""));
                    }
                } else {
                    units = pairing.align(enDoc, PlainTextVersions.article(t.getValue(), t.getKey()));
                }
                findings.addAll(checker.check(t.getKey(), units, !presegmented));
                if (language != null) {
                    for (AlignedUnit u : units) {
                        if (!u.target().isBlank()) {
                            findings.addAll(language.findings(t.getKey(), u.unit(), u.target()));
                        }
                    }
                }
            }
            if (language != null) { // the English version is checked too: unit i is its line or paragraph i
                List<String> enUnits = presegmented ? enLines : enDoc.paragraphTexts();
                for (int i = 0; i < enUnits.size(); i++) {
                    if (!enUnits.get(i).isBlank()) {
                        findings.addAll(language.findings(Language.ENGLISH, i, enUnits.get(i)));
                    }
                }
            }
        } catch (java.io.IOException e) {
            err.println("check: cannot read " + (e.getMessage() == null ? "input" : e.getMessage()));
            return 2;
        }
        findings.sort(TranslationChecker.ORDER);
        String report = switch (format) {
            case json -> new FindingsJson().write(findings);
            case csv -> new FindingsCsv().write(findings);
            case html -> new QaReportHtml().write(findings, new QaReportHtml.Context("Triptych QA report", sources));
        };
        if (output != null) {
            org.triptych.io.AtomicFiles.writeString(output, report);
        } else {
            out.print(report);
            out.flush();
        }
        return 0;
    }
}
