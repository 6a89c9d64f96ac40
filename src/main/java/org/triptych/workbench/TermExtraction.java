package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triptych.io.document.PlainTextVersions;
import org.triptych.model.Alignment;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.AlignedUnitsProvider;
import org.triptych.terms.BeadUnits;
import org.triptych.terms.CandidateExtractor;
import org.triptych.terms.TermCandidate;
import org.triptych.terms.TermMatcher;

/**
 * What {@code extract-terms} and the glossary panel's Candidates list do: the versions paired (by the aligner, or
 * line by line when presegmented, or by the links the person sees in the window), then the names they share
 * proposed as glossary entries ({@link CandidateExtractor}), those the glossaries hold left out.
 */
public final class TermExtraction {

    /** Where a person hears about problems on the way: glossary problems as read, notes in words. */
    public interface Reports {
        void glossaryProblem(String problem);

        void note(String note);
    }

    /**
     * A glossary given could not be used (missing, unreadable, or holding no concept): its concepts would be proposed
     * again as candidates, so nothing is extracted.
     */
    public static final class UnusableGlossary extends IOException {
        UnusableGlossary(String message) {
            super(message);
        }
    }

    private TermExtraction() {
    }

    /**
     * From files: {@code english} and each target are one article each, or folders of articles whose files pair by
     * name (en/a.txt with ar/a.txt); a file that cannot be read is an {@link IOException}.
     *
     * @throws UnusableGlossary when one of the glossaries given could not be used
     */
    public static List<GlossaryCandidate> fromFiles(Path english, Map<Language, Path> targets, List<Path> glossaries,
                                                    boolean presegmented, Reports reports) throws IOException {
        Map<String, GlossaryLoad> each = ProjectGlossaries.readEach(glossaries.stream().map(Path::toString).toList());
        GlossaryLoad merged = ProjectGlossaries.merge(new ArrayList<>(each.values()));
        for (GlossaryProblem p : merged.problems()) {
            if (p.severity() != Severity.INFO) {
                reports.glossaryProblem(p.toString());
            }
        }
        for (Map.Entry<String, GlossaryLoad> g : each.entrySet()) {
            if (g.getValue().glossary().isEmpty()) {
                throw new UnusableGlossary("the glossary " + g.getKey() + " could not be used (the lines above say why);"
                        + " nothing was extracted");
            }
        }
        TermMatcher matcher = TermMatcher.build(merged.glossary());
        AlignedUnitsProvider aligner = EngineWiring.alignedUnits(matcher);
        List<Map<Language, List<AlignedUnit>>> articles = new ArrayList<>();
        for (Map.Entry<Path, Map<Language, Path>> a : articles(english, targets, reports).entrySet()) {
            Map<Language, List<AlignedUnit>> units = new LinkedHashMap<>();
            if (presegmented) {
                List<String> en = PlainTextVersions.lines(a.getKey());
                for (Map.Entry<Language, Path> t : a.getValue().entrySet()) {
                    List<String> tg = PlainTextVersions.lines(t.getValue());
                    List<AlignedUnit> us = new ArrayList<>();
                    for (int i = 0; i < Math.max(en.size(), tg.size()); i++) {
                        us.add(AlignedUnit.line(i, i < en.size() ? en.get(i) : "", i < tg.size() ? tg.get(i) : ""));
                    }
                    units.put(t.getKey(), us);
                }
            } else {
                DocumentVersion en = PlainTextVersions.article(a.getKey(), Language.ENGLISH);
                for (Map.Entry<Language, Path> t : a.getValue().entrySet()) {
                    units.put(t.getKey(), aligner.align(en, PlainTextVersions.article(t.getValue(), t.getKey())));
                }
            }
            articles.add(units);
        }
        return extract(matcher, articles);
    }

    /** From the open project: its article over the paragraph links the person sees, its glossaries left out. */
    public static List<GlossaryCandidate> fromProject(ProjectState state) {
        if (state.paragraphs() == null) {
            return List.of();
        }
        Article article = state.article();
        Map<Language, List<AlignedUnit>> units = new LinkedHashMap<>();
        for (Language t : state.paragraphs().targets()) {
            Alignment links = state.paragraphs().alignment(t);
            DocumentVersion target = article.version(t).orElse(null);
            if (target != null && !target.isEmpty()) {
                units.put(t, BeadUnits.of(links, article.english(), target));
            }
        }
        Glossary glossary = ProjectGlossaries.merged(state.glossaries());
        return extract(TermMatcher.build(glossary), List.of(units));
    }

    private static List<GlossaryCandidate> extract(TermMatcher matcher, List<Map<Language, List<AlignedUnit>>> articles) {
        CandidateExtractor extractor = new CandidateExtractor(matcher, EngineWiring.transliteration());
        List<GlossaryCandidate> out = new ArrayList<>();
        for (TermCandidate c : extractor.extract(articles)) {
            out.add(new GlossaryCandidate(c.en(), c.ar(), c.ru(), c.type(), c.confidence(), c.count(), c.units()));
        }
        return out;
    }

    /** English file → its targets; for folders, the files of each target folder with the English file's name. */
    private static Map<Path, Map<Language, Path>> articles(Path english, Map<Language, Path> targets, Reports reports)
            throws IOException {
        Map<Path, Map<Language, Path>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(english)) {
            for (Path t : targets.values()) {
                if (Files.isDirectory(t)) {
                    throw new IOException(t + ": a folder, while the English " + english + " is one file");
                }
            }
            out.put(english, targets);
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(english)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path en : files) {
            Map<Language, Path> ts = new LinkedHashMap<>();
            for (Map.Entry<Language, Path> t : targets.entrySet()) {
                Path other = t.getValue().resolve(en.getFileName().toString());
                if (Files.isRegularFile(other)) {
                    ts.put(t.getKey(), other);
                } else {
                    reports.note(other + " is missing: " + en.getFileName() + " is taken without its "
                            + org.triptych.text.LanguageProfile.of(t.getKey()).englishName() + " version");
                }
            }
            if (!ts.isEmpty()) {
                out.put(en, ts);
            }
        }
        if (out.isEmpty()) {
            throw new IOException(english + ": no article with a version in every folder given");
        }
        return out;
    }
}
