package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.triptych.langcheck.AcceptedTerms;
import org.triptych.workbench.GlossaryAcceptance;
import org.triptych.langcheck.CheckListener;
import org.triptych.langcheck.CheckSession;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.model.Alignment;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Article;
import org.triptych.terms.AlignedUnit;
import org.triptych.terms.BeadUnits;

/**
 * The workbench's checks with LanguageTool added: the terminology checks first, then spelling and grammar of every
 * version (English too) through one long-lived {@link LanguageCheckService}, with the project's glossary names
 * accepted. LanguageTool reports per paragraph of a version; the findings are moved to the {@link FindingsSource}
 * convention (unit = first English paragraph of the paragraph link, offsets into the link's joined text). Switched
 * off, only the (fast) terminology checks run.
 */
public final class LanguageToolChecks implements FindingsSource, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LanguageToolChecks.class.getName());

    private final FindingsSource terms;
    private final LanguageCheckService service;
    private volatile boolean enabled = true;

    /** The terminology checks and one LanguageTool service for every language, loaded on first use. */
    public static LanguageToolChecks standard() {
        return new LanguageToolChecks(new TermChecks(), new LanguageCheckService());
    }

    public LanguageToolChecks(FindingsSource terms, LanguageCheckService service) {
        this.terms = terms;
        this.service = service;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    private final java.util.Set<String> switchedOff = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether LanguageTool checks {@code language} (Edit ▸ Preferences); every language is checked at first. */
    public void setLanguageEnabled(Language language, boolean on) {
        if (on) {
            switchedOff.remove(language.code());
        } else {
            switchedOff.add(language.code());
        }
    }

    public boolean isLanguageEnabled(Language language) {
        return !switchedOff.contains(language.code());
    }

    /** The English variant checked ("en-US", "en-GB"), or null for the one the document spells in. */
    public void setEnglishVariant(String variant) {
        org.triptych.langcheck.LanguageCheckSettings tuned = org.triptych.langcheck.LanguageCheckSettings.tuned(Language.ENGLISH);
        service.setSettings(variant == null ? tuned : tuned.withVariant(variant));
    }

    private volatile PersonalWords personalWords;

    /** The person's dictionary: its words are never flagged (read on the check's thread at the next check). */
    public void setPersonalWords(PersonalWords words) {
        personalWords = words;
    }

    /** Loads LanguageTool for every version in the background (the English variant the document spells in). */
    public void preload(Article project) {
        if (!enabled) {
            return;
        }
        for (DocumentVersion v : project.versions()) {
            if (!v.isEmpty() && isLanguageEnabled(v.language())) {
                service.preload(v.language(), v.paragraphTexts()).exceptionally(e -> {
                    LOG.log(System.Logger.Level.WARNING, "LanguageTool for " + v.language().code() + " did not load: " + e.getMessage());
                    return null;
                });
            }
        }
    }

    @Override
    public List<Finding> check(Article project, Map<Language, Alignment> links, List<String> glossaries,
                               TaskRunner.Progress progress) throws Exception {
        List<Finding> out = new ArrayList<>(terms.check(project, links, glossaries, progress));
        if (!enabled) {
            return out;
        }
        progress.update(0, 1, "Spelling and grammar: loading the glossaries…");
        service.setGlossary(acceptedTerms(glossaries));
        PersonalWords words = personalWords;
        if (words != null) {
            try {
                service.setPersonalDictionary(words.dictionary());
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Personal dictionary not used: " + e.getMessage());
            }
        }
        List<DocumentVersion> versions = project.versions().stream()
                .filter(v -> !v.isEmpty() && isLanguageEnabled(v.language())).toList();
        List<CheckSession> sessions = new ArrayList<>();
        AtomicIntegerArray done = new AtomicIntegerArray(versions.size());
        int total = versions.stream().mapToInt(v -> v.paragraphs().size()).sum();
        // a word another version writes as a name (Hammel beside Хэммел) is no misspelling
        AlignedNameEvidence names = AlignedNameEvidence.of(project, links);
        try {
            for (int i = 0; i < versions.size(); i++) {
                int slot = i;
                sessions.add(service.open(versions.get(i).language(), versions.get(i).paragraphTexts(), 0, 0, new CheckListener() {
                    @Override
                    public void paragraphChecked(CheckSession session, int unit, List<Finding> findings) {
                    }

                    @Override
                    public void progress(CheckSession session, int d, int t) {
                        done.set(slot, d);
                        int sum = 0;
                        for (int k = 0; k < done.length(); k++) {
                            sum += done.get(k);
                        }
                        progress.update(sum, total, "Spelling and grammar (LanguageTool): " + sum + " of " + total + " paragraphs");
                    }
                }, names));
            }
            for (int i = 0; i < versions.size(); i++) {
                DocumentVersion v = versions.get(i);
                List<Finding> found = await(sessions.get(i).whenDone(), progress);
                Alignment alignment = v.language().equals(Language.ENGLISH)
                        ? links.values().stream().findFirst().orElse(null) : links.get(v.language());
                out.addAll(toLinkOffsets(found, alignment, project.english(), v));
            }
        } finally {
            if (progress.isCancelled()) {
                sessions.forEach(CheckSession::cancel);
            }
        }
        return out;
    }

    private static <T> T await(CompletableFuture<T> f, TaskRunner.Progress progress) throws Exception {
        while (true) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            try {
                return f.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag again
            } catch (ExecutionException e) {
                throw new IllegalStateException("Spelling and grammar check failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /**
     * Moves findings whose unit is a paragraph of {@code version} to the link convention: unit = the link's first
     * English paragraph (as {@link BeadUnits} numbers it), offsets shifted by the paragraphs before it in the link's
     * text joined by '\n'. Without links (or for a paragraph no link holds) the finding keeps its paragraph as unit
     * in English, and is dropped in a translation, where it could not be placed.
     */
    static List<Finding> toLinkOffsets(List<Finding> perParagraph, Alignment alignment, DocumentVersion english,
                                       DocumentVersion version) {
        boolean isEnglish = version.language().equals(Language.ENGLISH);
        int n = version.paragraphs().size();
        int[] unitOf = new int[n];
        int[] shift = new int[n];
        java.util.Arrays.fill(unitOf, -1);
        if (alignment != null) {
            // for English the target's text is not needed: an empty version stands in
            List<AlignedUnit> units = BeadUnits.of(alignment, english,
                    isEnglish ? DocumentVersion.empty(alignment.target()) : version);
            for (AlignedUnit u : units) {
                List<Integer> mine = isEnglish ? u.englishIndices() : u.targetIndices();
                int offset = 0;
                for (int p : mine) {
                    if (p >= 0 && p < n && unitOf[p] < 0) {
                        unitOf[p] = u.unit();
                        shift[p] = offset;
                    }
                    if (p >= 0 && p < n) {
                        offset += version.paragraphs().get(p).text().length() + 1;
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : perParagraph) {
            int p = f.unit();
            if (p < 0 || p >= n) {
                continue;
            }
            if (unitOf[p] < 0) {
                if (isEnglish) {
                    out.add(f);
                }
                continue;
            }
            out.add(new Finding(f.kind(), f.severity(), f.language(), unitOf[p], f.start() + shift[p], f.end() + shift[p],
                    f.text(), f.concept(), f.message(), f.suggestions(), f.ruleId()));
        }
        return out;
    }

    /**
     * The glossary names LanguageTool must not flag: the project's glossaries merged, see {@link GlossaryAcceptance}.
     */
    static AcceptedTerms acceptedTerms(List<String> glossaries) {
        if (glossaries.isEmpty()) {
            return AcceptedTerms.none();
        }
        return GlossaryAcceptance.of(ProjectGlossaries.merged(glossaries));
    }

    @Override
    public void close() {
        service.close();
    }
}
