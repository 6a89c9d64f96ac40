package org.triptych.langcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * The language check of one version's paragraphs, running in the background: results arrive through the
 * {@link CheckListener} paragraph by paragraph, visible paragraphs first; {@link #edit} re-checks one paragraph and
 * drops the work the edit made stale; {@link #cancel} stops everything not yet done.
 */
public final class CheckSession {

    private final LanguageCheckService service;
    private final Language language;
    private final LanguageCheckSettings settings;
    private final CheckListener listener;
    private final NameEvidence names;
    private volatile VersionWords words;
    /** The version these paragraphs are part of, when the session checks only some of them (one unit). */
    private final List<String> wholeVersion;
    /** Whether the variant was read from the document: the other spelling standard's words are then no typos. */
    private final boolean otherStandard;
    private final String[] texts;
    /** Bumped by each edit of a unit; work queued under an older generation is stale. */
    private final int[] generations;
    private final List<Finding>[] raw;
    /** Each unit's raw findings after the glossary and other-versions stage ({@link #filter}). */
    private final List<Finding>[] filtered;
    /** What is shown: {@link #filtered}, the version's run-together words grouped across its units. */
    private final List<Finding>[] shown;
    private int done;
    private int visibleFrom;
    private int visibleTo;
    private boolean cancelled;
    private CompletableFuture<List<Finding>> whenDone = new CompletableFuture<>();

    @SuppressWarnings("unchecked")
    CheckSession(LanguageCheckService service, Language language, LanguageCheckSettings settings,
                 List<String> paragraphs, CheckListener listener, NameEvidence names, List<String> wholeVersion,
                 boolean otherStandard) {
        this.service = service;
        this.language = language;
        this.settings = settings;
        this.listener = listener;
        this.names = names == null ? NameEvidence.NONE : names;
        this.texts = paragraphs.toArray(new String[0]);
        this.wholeVersion = wholeVersion;
        this.otherStandard = otherStandard;
        this.words = this.names == NameEvidence.NONE && !settings.tolerateUnknownNames() ? VersionWords.NONE
                : VersionWords.of(wholeVersion != null ? wholeVersion : paragraphs);
        this.generations = new int[texts.length];
        this.raw = new List[texts.length];
        this.filtered = new List[texts.length];
        this.shown = new List[texts.length];
        if (texts.length == 0) {
            whenDone.complete(List.of());
        }
    }

    public Language language() {
        return language;
    }

    public LanguageCheckSettings settings() {
        return settings;
    }

    public int size() {
        return texts.length;
    }

    /**
     * Marks units {@code from} (inclusive) to {@code to} (exclusive) as on screen: their checks run before the rest.
     * Call again when the view scrolls.
     */
    public void setVisibleRange(int from, int to) {
        synchronized (this) {
            visibleFrom = Math.max(0, from);
            visibleTo = Math.min(texts.length, Math.max(from, to));
        }
        service.reprioritise();
    }

    synchronized void initVisibleRange(int from, int to) {
        visibleFrom = Math.max(0, from);
        visibleTo = Math.min(texts.length, Math.max(from, to));
    }

    /** Replaces the text of one paragraph and re-checks only it; a check of its old text still queued is dropped. */
    public void edit(int unit, String newText) {
        int generation;
        synchronized (this) {
            Objects.checkIndex(unit, texts.length);
            if (cancelled) {
                return;
            }
            texts[unit] = newText;
            if ((names != NameEvidence.NONE || settings.tolerateUnknownNames()) && wholeVersion == null) {
                words = VersionWords.of(java.util.Arrays.asList(texts));
            }
            generation = ++generations[unit];
            if (raw[unit] != null) {
                raw[unit] = null;
                filtered[unit] = null;
                shown[unit] = null;
                done--;
            }
            if (whenDone.isDone()) {
                whenDone = new CompletableFuture<>();
            }
        }
        service.enqueue(this, unit, newText, generation, true);
    }

    /** Stops all work of this session not yet started; {@link #whenDone()} completes exceptionally. */
    public void cancel() {
        CompletableFuture<List<Finding>> f;
        synchronized (this) {
            cancelled = true;
            f = whenDone;
        }
        f.cancel(false);
        service.forget(this);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public synchronized CheckProgress progress() {
        return new CheckProgress(done, texts.length);
    }

    /** The findings known so far, in unit order. */
    public synchronized List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (List<Finding> f : shown) {
            if (f != null) {
                out.addAll(f);
            }
        }
        return out;
    }

    /** The findings of one unit, or null when it has no current result yet. */
    public synchronized List<Finding> findings(int unit) {
        return shown[unit];
    }

    /** Completes with all findings once every paragraph has a current result (again after each edit). */
    public synchronized CompletableFuture<List<Finding>> whenDone() {
        return whenDone;
    }

    /**
     * Applies the service's current accepted terms (after a word was added to the personal dictionary or a glossary
     * was loaded) to the results already there, without running LanguageTool again.
     */
    public void refilter() {
        AcceptedTerms terms = service.acceptedTerms();
        List<Integer> changed = new ArrayList<>();
        List<List<Finding>> lists = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] != null) {
                    filtered[i] = filter(raw[i], terms);
                }
            }
            for (int i : regroup()) {
                changed.add(i);
                lists.add(shown[i]);
            }
        }
        for (int k = 0; k < changed.size(); k++) {
            notifyChecked(changed.get(k), lists.get(k));
        }
    }

    // --- called by the service on the language's worker thread ---

    synchronized boolean isCurrent(int unit, int generation) {
        return !cancelled && generations[unit] == generation;
    }

    /** Priority of a unit: 0 for an edited unit, 1 on screen, 2 elsewhere; lower runs first. */
    synchronized int rank(int unit, boolean edited) {
        if (edited) {
            return 0;
        }
        return unit >= visibleFrom && unit < visibleTo ? 1 : 2;
    }

    void deliver(int unit, int generation, List<Finding> rawFindings, Throwable error) {
        AcceptedTerms terms = service.acceptedTerms();
        List<Finding> mine = filter(rawFindings, terms);
        CompletableFuture<List<Finding>> completed = null;
        List<Finding> all = null;
        List<Finding> visible;
        List<Integer> others = new ArrayList<>();
        List<List<Finding>> othersNow = new ArrayList<>();
        int d;
        synchronized (this) {
            if (!isCurrent(unit, generation)) {
                return;
            }
            if (raw[unit] == null) {
                done++;
            }
            raw[unit] = rawFindings;
            filtered[unit] = mine;
            for (int i : regroup()) {
                if (i != unit) {
                    others.add(i);
                    othersNow.add(shown[i]);
                }
            }
            visible = shown[unit];
            d = done;
            if (done == texts.length && !whenDone.isDone()) {
                completed = whenDone;
                all = findings();
            }
        }
        try {
            if (error != null && listener != null) {
                listener.failed(this, unit, error);
            }
            notifyChecked(unit, visible);
            for (int k = 0; k < others.size(); k++) {
                notifyChecked(others.get(k), othersNow.get(k)); // the version's run-together words regrouped
            }
            if (listener != null) {
                listener.progress(this, d, texts.length);
            }
        } finally {
            if (completed != null) {
                completed.complete(all);
            }
        }
    }

    private void notifyChecked(int unit, List<Finding> findings) {
        if (listener != null) {
            listener.paragraphChecked(this, unit, findings);
        }
    }

    /**
     * Works {@link #shown} out again from {@link #filtered}: a version's run-together words are grouped across its
     * units ({@link ParagraphChecker#groupRunTogetherAcrossUnits}), so a unit's findings can change when another unit
     * is checked. Returns the units whose findings changed. Caller holds the lock.
     */
    private List<Integer> regroup() {
        List<List<Finding>> now = java.util.Arrays.asList(filtered.clone());
        if (ParagraphChecker.groupsRunTogetherWords(language, settings)) {
            now = ParagraphChecker.groupRunTogetherAcrossUnits(now, words);
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            List<Finding> f = now.get(i);
            if (!Objects.equals(f, shown[i])) {
                shown[i] = f;
                changed.add(i);
            }
        }
        return changed;
    }

    private List<Finding> filter(List<Finding> findings, AcceptedTerms terms) {
        return ParagraphChecker.filter(findings, terms, names, words, otherStandard, settings.tolerateUnknownNames());
    }

    String text(int unit) {
        synchronized (this) {
            return texts[unit];
        }
    }
}
