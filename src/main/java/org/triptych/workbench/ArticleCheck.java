package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.triptych.io.document.PlainTextVersions;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.AlignedUnitsProvider;
import org.triptych.terms.TranslationChecker;
import org.triptych.terms.UnitFindingsSource;
import org.triptych.langcheck.LanguageCheckService;

/**
 * What {@code check} does: the glossaries read and merged, each version paired with English (by the aligner with the
 * glossary's concepts as evidence, or line by line when presegmented), then the terminology, number and
 * version-comparison findings, and LanguageTool's when asked, in one order.
 */
public final class ArticleCheck {

    /** Where a person hears about problems on the way: glossary problems as read, notes in words. */
    public interface Reports {
        void glossaryProblem(String problem);

        void note(String note);
    }

    private final AlignedUnitsProvider pairing;
    private final UnitFindingsSource languageSource;
    private final WebVersions web = new WebVersions();
    private final ArticleReader reader;

    /** As the terminal runs it: the aligner pairs the paragraphs, LanguageTool checks the language when asked. */
    public ArticleCheck() {
        this(null, null);
    }

    /**
     * @param pairing        links English paragraphs to each version's for article input; null for the aligner
     * @param languageSource LanguageTool's findings per unit; null for LanguageTool with the glossary's names accepted
     */
    public ArticleCheck(AlignedUnitsProvider pairing, UnitFindingsSource languageSource) {
        this(pairing, languageSource, null);
    }

    /** @param reader where article files are read from; null for the plain reader (a batch passes what its aligner read) */
    ArticleCheck(AlignedUnitsProvider pairing, UnitFindingsSource languageSource, ArticleReader reader) {
        this.pairing = pairing;
        this.languageSource = languageSource;
        this.reader = reader;
    }

    /**
     * Glossaries were given and not one of them could be used (missing, unreadable, or holding no concept): the
     * terminology check the caller asked for cannot be made, so nothing is checked.
     */
    public static final class NoUsableGlossary extends IOException {
        NoUsableGlossary(String message) {
            super(message);
        }
    }

    /** Findings sorted as reports list them; a file that cannot be read is an {@link IOException}. */
    public List<Finding> check(Path english, Map<Language, Path> targets, List<Path> glossaries, boolean presegmented,
                               boolean language, Reports reports) throws IOException {
        Map<Language, String> named = new java.util.LinkedHashMap<>();
        targets.forEach((l, p) -> named.put(l, p.toString()));
        return check(english.toString(), named, glossaries, presegmented, language, reports);
    }

    /**
     * As {@link #check(Path, Map, List, boolean, boolean, Reports)}, each version named by a file path or a web
     * address ({@code --presegmented} takes files only).
     *
     * @throws NoUsableGlossary when glossaries were given and none of them could be used
     */
    public List<Finding> check(String english, Map<Language, String> targets, List<Path> glossaries, boolean presegmented,
                               boolean language, Reports reports) throws IOException {
        Map<String, GlossaryLoad> each = ProjectGlossaries.readEach(glossaries.stream().map(Path::toString).toList());
        GlossaryLoad merged = ProjectGlossaries.merge(new ArrayList<>(each.values()));
        for (GlossaryProblem p : merged.problems()) {
            if (p.severity() != Severity.INFO) {
                reports.glossaryProblem(p.toString());
            }
        }
        if (!glossaries.isEmpty() && each.values().stream().allMatch(l -> l.glossary().isEmpty())) {
            throw new NoUsableGlossary((glossaries.size() == 1 ? "the glossary " + glossaries.get(0) + " could not be used"
                    : "none of the " + glossaries.size() + " glossaries could be used")
                    + " (the lines above say why); nothing was checked");
        }
        if (glossaries.isEmpty()) {
            reports.note("no --glossary given; only numbers and versions are compared");
        } else if (merged.glossary().isEmpty()) {
            reports.note("the glossaries hold no usable concept; only numbers and versions are compared");
        }
        TranslationChecker checker = new TranslationChecker(merged.glossary());
        ArticleLanguageChecks lt = !language ? null : languageSource != null ? (names, versions) -> languageSource
                : EngineWiring.languageTool(new LanguageCheckService(), merged.glossary());
        return check(english, targets, checker, lt, presegmented, reports);
    }

    /**
     * Files only, with the glossary's checker and LanguageTool made once ({@code lt} null: no language checks): a batch
     * shares them across its articles.
     */
    List<Finding> check(Path english, Map<Language, Path> targets, TranslationChecker checker, ArticleLanguageChecks lt,
                        boolean presegmented, Reports reports) throws IOException {
        Map<Language, String> named = new java.util.LinkedHashMap<>();
        targets.forEach((l, p) -> named.put(l, p.toString()));
        return check(english.toString(), named, checker, lt, presegmented, reports);
    }

    private List<Finding> check(String english, Map<Language, String> targets, TranslationChecker checker,
                                ArticleLanguageChecks languageChecks, boolean presegmented, Reports reports) throws IOException {
        AlignedUnitsProvider paired = pairing != null ? pairing : EngineWiring.alignedUnits(checker.matcher());
        List<Finding> findings = new ArrayList<>();
        List<String> enLines = presegmented ? lines(english) : null;
        DocumentVersion enDoc = presegmented ? null : article(english, Language.ENGLISH);
        Map<Language, List<AlignedUnit>> unitsByTarget = new java.util.LinkedHashMap<>();
        for (Map.Entry<Language, String> t : targets.entrySet()) {
            List<AlignedUnit> units;
            if (presegmented) {
                List<String> tgLines = lines(t.getValue());
                if (tgLines.size() != enLines.size()) {
                    reports.note(t.getValue() + " has " + tgLines.size() + " lines, " + english + " has "
                            + enLines.size() + "; missing lines count as empty");
                }
                units = new ArrayList<>();
                for (int i = 0; i < Math.max(enLines.size(), tgLines.size()); i++) {
                    units.add(AlignedUnit.line(i, i < enLines.size() ? enLines.get(i) : "",
                            i < tgLines.size() ? tgLines.get(i) : ""));
                }
            } else {
                units = paired.align(enDoc, article(t.getValue(), t.getKey()));
            }
            unitsByTarget.put(t.getKey(), units);
        }
        List<String> enUnits = presegmented ? enLines : enDoc.paragraphTexts();
        UnitFindingsSource lt = languageChecks == null ? null
                : languageChecks.forArticle(AlignedNameEvidence.ofUnits(unitsByTarget), versions(enUnits, unitsByTarget));
        for (Map.Entry<Language, List<AlignedUnit>> t : unitsByTarget.entrySet()) {
            List<AlignedUnit> units = t.getValue();
            findings.addAll(checker.check(t.getKey(), units, !presegmented));
            if (lt != null) {
                List<List<Finding>> perUnit = new ArrayList<>();
                for (AlignedUnit u : units) {
                    perUnit.add(u.target().isBlank() ? List.of() : lt.findings(t.getKey(), u.unit(), u.target()));
                }
                languageChecks.acrossVersion(t.getKey(), perUnit, units.stream().map(AlignedUnit::target).toList())
                        .forEach(findings::addAll);
            }
        }
        if (lt != null) { // the English version is checked too: unit i is its line or paragraph i
            List<List<Finding>> perUnit = new ArrayList<>();
            for (int i = 0; i < enUnits.size(); i++) {
                perUnit.add(enUnits.get(i).isBlank() ? List.of() : lt.findings(Language.ENGLISH, i, enUnits.get(i)));
            }
            languageChecks.acrossVersion(Language.ENGLISH, perUnit, enUnits).forEach(findings::addAll);
        }
        findings.sort(TranslationChecker.ORDER);
        return findings;
    }

    /** Each version's unit texts, English first: the words a version writes, to tell a typo inside a name. */
    private static Map<Language, List<String>> versions(List<String> english, Map<Language, List<AlignedUnit>> units) {
        Map<Language, List<String>> out = new java.util.LinkedHashMap<>();
        out.put(Language.ENGLISH, english);
        units.forEach((l, us) -> out.put(l, us.stream().map(AlignedUnit::target).toList()));
        return out;
    }

    /** A version from a file (any importable format) or a web page. */
    private DocumentVersion article(String source, Language language) throws IOException {
        if (WebVersions.isWebAddress(source)) {
            return web.open(source, language).version();
        }
        Path file = VersionSources.path(source);
        return reader == null ? PlainTextVersions.article(file, language) : reader.read(file, language, w -> { });
    }

    private static List<String> lines(String source) throws IOException {
        if (WebVersions.isWebAddress(source)) {
            throw new IOException(source + " as presegmented lines: --presegmented reads files with one unit per line, "
                    + "and this is a web address");
        }
        return PlainTextVersions.lines(VersionSources.path(source));
    }
}
