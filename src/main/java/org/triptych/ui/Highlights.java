package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.LinkRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Concept;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Article;
import org.triptych.model.Sentence;
import org.triptych.model.Term;
import org.triptych.workbench.GlossaryTerms;
import org.triptych.workbench.FindingPlaces;
import org.triptych.workbench.ProjectState;
import org.triptych.workbench.Units;

/**
 * What the aligned view draws over the text: glossary terms (by status) and findings (by severity), as
 * {@link StyledSpan}s in a cell's own text offsets.
 *
 * <p>The term matcher is built through the {@link TaskRunner} whenever the project's glossaries change (reading and
 * analysing a glossary takes seconds with the Russian lemmatiser), and the same task matches every unit text of the
 * open project, so scrolling only reads a cache. Text the cache lacks (an edited cell) is matched when it is drawn:
 * one cell, well under a millisecond. Findings are indexed by cell once per findings, level or text change.
 */
public final class Highlights {

    private static final System.Logger LOG = System.getLogger(Highlights.class.getName());

    /** A span in a cell's text: unit {@code unit} of {@code language} at the view's level. */
    public record UnitSpan(Language language, int unit, int start, int end) {
    }

    private record Built(List<String> glossaries, GlossaryTerms matcher, Map<Language, Map<String, List<GlossaryTerms.Found>>> cache) {
    }

    private record UnitKey(Language language, int unit) {
    }

    private final AlignedViewModel model;
    private final TaskRunner tasks;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<Finding> selectedFinding = new SimpleObjectProperty<>();
    private volatile Built built;
    private TaskRunner.Running building;
    private List<String> wanted = List.of();
    private Map<UnitKey, List<StyledSpan>> findingSpans;

    Highlights(AlignedViewModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
        model.glossaries().addListener((ListChangeListener<String>) c -> loadGlossaries());
        model.findings().addListener((ListChangeListener<Finding>) c -> changed());
        model.rows().addListener((ListChangeListener<LinkRow>) c -> findingSpans = null); // text or links edited
        model.levelProperty().addListener((o, a, b) -> {
            findingSpans = null;
            prematch();
        });
        model.stateProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.article() != b.article()) {
                prematch(); // another project, or a version re-imported: its texts are matched in the background
            }
        });
        loadGlossaries();
    }

    /** Goes up by one whenever what is drawn changed (matcher ready, findings replaced): the view redraws. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * The finding a person clicked in the text. The findings list is expected to follow it (select the same
     * finding); that binding lives with the findings panel.
     */
    public ObjectProperty<Finding> selectedFindingProperty() {
        return selectedFinding;
    }

    /** Selects a finding clicked in the text and its row. */
    public void select(Finding f) {
        selectedFinding.set(f);
        model.jumpTo(f);
    }

    /** Whether the glossaries' terms are matched (the matcher is built). */
    public boolean termsReady() {
        Built b = built;
        return b != null && b.glossaries().equals(wanted);
    }

    /** Reads the project's glossary files again (one was saved): highlights then follow the file's new content. */
    public void reloadGlossaries() {
        wanted = List.of();
        built = null;
        loadGlossaries();
    }

    private void changed() {
        findingSpans = null;
        revision.set(revision.get() + 1);
    }

    private void loadGlossaries() {
        List<String> paths = List.copyOf(model.glossaries());
        if (paths.equals(wanted) && (built != null || building != null)) {
            return;
        }
        wanted = paths;
        if (building != null) {
            building.cancel();
            building = null;
        }
        if (paths.isEmpty()) {
            built = null;
            changed();
            return;
        }
        Article project = model.article();
        AlignmentLevel level = model.levelProperty().get();
        building = tasks.run("Loading glossary terms", progress -> build(paths, project, level, progress), (Built b) -> {
            if (b.glossaries().equals(wanted)) {
                built = b;
                building = null;
                changed();
            }
        }, e -> {
            building = null;
            if (!(e instanceof CancellationException)) {
                LOG.log(System.Logger.Level.WARNING, "Glossary terms not highlighted: " + e.getMessage());
            }
        });
    }

    /** Matches the shown project's unit texts at the current level in the background, into the current cache. */
    private void prematch() {
        Built b = built;
        if (b == null) {
            return;
        }
        Article project = model.article();
        AlignmentLevel level = model.levelProperty().get();
        tasks.run("Matching glossary terms", progress -> {
            match(b.matcher(), project, level, b.cache(), progress);
            return b;
        }, (Built done) -> {
            if (built == done) {
                changed();
            }
        }, e -> { });
    }

    private static void match(GlossaryTerms matcher, Article project, AlignmentLevel level,
                              Map<Language, Map<String, List<GlossaryTerms.Found>>> cache, TaskRunner.Progress progress) {
        for (DocumentVersion v : project.versions()) {
            Map<String, List<GlossaryTerms.Found>> texts = cache.computeIfAbsent(v.language(), l -> new ConcurrentHashMap<>());
            for (String t : Units.texts(project, v.language(), level)) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                texts.computeIfAbsent(t, x -> matcher.find(v.language(), x));
            }
        }
    }

    private static Built build(List<String> paths, Article project, AlignmentLevel level, TaskRunner.Progress progress) {
        GlossaryTerms matcher = GlossaryTerms.read(paths);
        Map<Language, Map<String, List<GlossaryTerms.Found>>> cache = new ConcurrentHashMap<>();
        match(matcher, project, level, cache, progress);
        return new Built(paths, matcher, cache);
    }

    /** Glossary terms found in a cell's text; empty until the matcher is built. */
    public List<GlossaryTerms.Found> terms(Language language, String text) {
        Built b = built;
        if (b == null) {
            return List.of();
        }
        Map<String, List<GlossaryTerms.Found>> texts = b.cache().computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        if (texts.size() > 20_000) {
            texts.clear(); // bounded: many edits of a long text do not keep every old version's matches
        }
        return texts.computeIfAbsent(text, t -> b.matcher().find(language, t));
    }

    private Map<UnitKey, List<StyledSpan>> searchSpans = Map.of();
    private final ObjectProperty<org.triptych.workbench.TextSearch.Hit> currentHit = new SimpleObjectProperty<>();

    /** The find bar's matches indexed by cell: made off the FX thread ({@link #index}), shown on it. */
    public static final class SearchIndex {
        private final Map<UnitKey, List<StyledSpan>> spans;

        private SearchIndex(Map<UnitKey, List<StyledSpan>> spans) {
            this.spans = spans;
        }

        public static final SearchIndex EMPTY = new SearchIndex(Map.of());
    }

    /** Indexes the find bar's matches by cell; thousands of them, so it runs where the search runs, not on the FX thread. */
    public static SearchIndex index(List<org.triptych.workbench.TextSearch.Hit> hits) {
        Map<UnitKey, List<StyledSpan>> index = new HashMap<>();
        for (org.triptych.workbench.TextSearch.Hit h : hits) {
            index.computeIfAbsent(new UnitKey(h.match().language(), h.unit()), k -> new ArrayList<>(2))
                    .add(new StyledSpan(h.start(), h.end(), "search-match", h));
        }
        return new SearchIndex(index);
    }

    /**
     * The find bar's matches to draw (as placed at the level shown), and the one the find bar is on; an empty index
     * takes them away.
     */
    public void showSearchHits(SearchIndex hits, org.triptych.workbench.TextSearch.Hit current) {
        searchSpans = hits.spans;
        currentHit.set(current);
        revision.set(revision.get() + 1);
    }

    /**
     * Moves the find bar's current match (drawn stronger) without indexing the matches again; the view draws again
     * only the rows of the old and the new current match ({@link #currentHitProperty}).
     */
    public void showCurrentHit(org.triptych.workbench.TextSearch.Hit current) {
        currentHit.set(current);
    }

    /** The match the find bar is on (null: none). */
    public ReadOnlyObjectProperty<org.triptych.workbench.TextSearch.Hit> currentHitProperty() {
        return currentHit;
    }

    /** Everything to draw over unit {@code unit} of {@code language}: terms, then findings, by start. */
    public List<StyledSpan> spans(Language language, int unit, String text) {
        List<StyledSpan> out = new ArrayList<>();
        if (!searchSpans.isEmpty()) {
            for (StyledSpan s : searchSpans.getOrDefault(new UnitKey(language, unit), List.of())) {
                if (s.end() <= text.length()) {
                    out.add(s.tag() == currentHit.get() ? new StyledSpan(s.start(), s.end(), "search-current", s.tag()) : s);
                }
            }
        }
        for (GlossaryTerms.Found m : terms(language, text)) {
            out.add(new StyledSpan(m.start(), m.end(), "term-" + m.term().status().code(), m));
        }
        for (StyledSpan s : findingSpans().getOrDefault(new UnitKey(language, unit), List.of())) {
            if (s.end() <= text.length()) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(StyledSpan::start));
        return out;
    }

    private Map<UnitKey, List<StyledSpan>> findingSpans() {
        if (findingSpans == null) {
            Map<UnitKey, List<StyledSpan>> index = new HashMap<>();
            for (Finding f : model.findings()) {
                for (UnitSpan u : cellSpans(f)) {
                    if (u.end() > u.start()) {
                        index.computeIfAbsent(new UnitKey(u.language(), u.unit()), k -> new ArrayList<>())
                                .add(new StyledSpan(u.start(), u.end(), "finding-" + f.severity().name().toLowerCase(Locale.ROOT), f));
                    }
                }
            }
            findingSpans = index;
        }
        return findingSpans;
    }

    /**
     * Where a finding's characters are in the view's cells. Its link-text offsets resolve to one paragraph
     * ({@link AlignedViewModel#place}); at sentence level that paragraph's sentences the span overlaps each get
     * their part, in the sentence's own offsets.
     */
    public List<UnitSpan> cellSpans(Finding f) {
        Optional<FindingPlaces.Place> at = model.place(f);
        if (at.isEmpty()) {
            return List.of();
        }
        FindingPlaces.Place p = at.get();
        if (model.levelProperty().get() == AlignmentLevel.PARAGRAPH) {
            return List.of(new UnitSpan(p.language(), p.paragraph(), p.start(), p.end()));
        }
        List<Paragraph> ps = model.article().version(p.language()).orElseThrow().paragraphs();
        int base = 0;
        for (int i = 0; i < p.paragraph(); i++) {
            base += ps.get(i).sentences().size();
        }
        List<UnitSpan> out = new ArrayList<>();
        List<Sentence> ss = ps.get(p.paragraph()).sentences();
        for (int k = 0; k < ss.size(); k++) {
            Sentence s = ss.get(k);
            int from = Math.max(p.start(), s.start());
            int to = Math.min(p.end(), s.end());
            if (from < to) {
                out.add(new UnitSpan(p.language(), base + k, from - s.start(), to - s.start()));
            }
        }
        return out;
    }

    /** The hover text of a glossary term: the concept's type and id, then its terms in every language with status. */
    public static String describe(GlossaryTerms.Found m) {
        Concept c = m.concept();
        StringBuilder b = new StringBuilder();
        b.append(isolate(c.label())).append(" — ").append(c.type().name().toLowerCase(Locale.ROOT)).append(" · ").append(c.id());
        if (!m.term().status().isAcceptable()) {
            // every term isolated: "'هالفورسون' is deprecated: use 'هالفورسن'" reads in order (decision 0703)
            b.append("\n'").append(isolate(m.term().text())).append("' is ").append(m.term().status().code());
            c.preferred(m.language()).ifPresent(t -> b.append(": use '").append(isolate(t.text())).append("'"));
        }
        if (m.possible()) {
            b.append("\n(possible match: the form could also be another name)");
        }
        if (!c.note().isBlank()) {
            b.append('\n').append(isolate(c.note()));
        }
        for (Map.Entry<Language, List<Term>> e : c.terms().entrySet()) {
            b.append('\n').append(e.getKey().code()).append(": ");
            List<String> terms = new ArrayList<>();
            for (Term t : e.getValue()) {
                terms.add(isolate(t.text()) + " (" + t.status().code() + ")");
            }
            b.append(String.join("; ", terms));
        }
        return b.toString();
    }

    private static String isolate(String s) {
        return org.triptych.text.BidiIsolates.isolate(s);
    }

    /** The hover text of a finding: severity, message and suggestions. */
    public static String describe(Finding f) {
        String head = f.severity().name().charAt(0) + f.severity().name().substring(1).toLowerCase(Locale.ROOT)
                + " (" + f.kind() + "): " + org.triptych.text.BidiIsolates.isolateTerms(f.message());
        return f.suggestions().isEmpty() ? head : head + "\nSuggestions: "
                + String.join(", ", f.suggestions().stream().map(Highlights::isolate).toList());
    }
}
