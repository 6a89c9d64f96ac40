package org.triptych.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * The {@code memory} provider: drafts from a {@link TranslationMemory} instead of a machine. On its own it answers
 * what the memory can ({@link #translate}); given to {@link Translator.Builder#memory}, it answers first and the
 * machine is asked only for the rest.
 *
 * <p>A paragraph the memory has no match for is tried sentence by sentence (memories from LF Aligner or OmegaT
 * hold sentences): when every sentence has a match the paragraph's draft is their targets joined, scored as the
 * word-weighted mean of their scores (100 only when every sentence is exact); when any sentence has none, the
 * memory does not answer the paragraph, so a machine translates it whole rather than a patchwork.
 */
public final class MemoryProvider {

    public static final String NAME = "memory";
    /** Below this a fuzzy match costs a translator more than it saves (the common CAT-tool default). */
    public static final int DEFAULT_MIN_SCORE = 75;

    private final TranslationMemory memory;
    private final int minScore;
    private final SentenceSplitter splitter;
    private final DraftChecker checker;

    public MemoryProvider(TranslationMemory memory) {
        this(memory, DEFAULT_MIN_SCORE, SentenceSplitter.SEGMENTER, DraftChecker.NONE);
    }

    /** Matches at or above {@code minScore} (1 to 100); every answer is checked by {@code checker}. */
    public MemoryProvider(TranslationMemory memory, int minScore, DraftChecker checker) {
        this(memory, minScore, SentenceSplitter.SEGMENTER, checker);
    }

    MemoryProvider(TranslationMemory memory, int minScore, SentenceSplitter splitter, DraftChecker checker) {
        this.memory = Objects.requireNonNull(memory, "memory");
        if (minScore < 1 || minScore > 100) {
            throw new IllegalArgumentException("A match threshold is between 1 and 100, not " + minScore);
        }
        this.minScore = minScore;
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    public int minScore() {
        return minScore;
    }

    /**
     * One draft per text and target, in request order per target: the memory's match, or an empty text and no match
     * where the memory has none at {@link #minScore} or above.
     */
    public MtResult translate(MtRequest request) {
        List<Draft> drafts = new ArrayList<>();
        for (Language to : request.targets()) {
            Placeables names = Placeables.of(request.glossary().entries(request.source(), to));
            for (int i = 0; i < request.texts().size(); i++) {
                int unit = i;
                String text = request.texts().get(i);
                Optional<Draft> d = draft(unit, request.source(), to, text, names);
                drafts.add(d.orElseGet(() -> new Draft(unit, to, text, "", NAME, false, List.of())));
            }
        }
        return new MtResult(drafts, 0, 0, List.of());
    }

    /** The memory's draft of one text, checked like a machine's, if the memory has one. */
    Optional<Draft> draft(int unit, Language from, Language to, String text, Placeables names) {
        return match(from, to, text, names).map(m -> {
            List<Finding> findings = checker.check(unit, from, text, to, m.target());
            return new Draft(unit, to, text, m.target(), NAME, false, findings, m);
        });
    }

    Optional<MemoryMatch> match(Language from, Language to, String text, Placeables names) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<MemoryMatch> whole = memory.bestMatch(from, to, text.strip(), minScore, names);
        if (whole.isPresent()) {
            return whole;
        }
        List<String> sentences = splitter.split(from, text.strip());
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        List<String> targets = new ArrayList<>();
        long weighted = 0;
        long words = 0;
        MemoryMatch.Kind kind = MemoryMatch.Kind.EXACT;
        String origin = null;
        for (String s : sentences) {
            Optional<MemoryMatch> m = memory.bestMatch(from, to, s, minScore, names);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            int n = Math.max(1, MemoryTokens.of(s).size());
            weighted += (long) m.get().score() * n;
            words += n;
            targets.add(m.get().target());
            kind = m.get().kind().ordinal() > kind.ordinal() ? m.get().kind() : kind;
            origin = origin == null ? m.get().origin() : origin.equals(m.get().origin()) ? origin : "several memories";
        }
        int score = kind == MemoryMatch.Kind.EXACT ? 100 : (int) Math.min(99, weighted / words);
        return Optional.of(new MemoryMatch(score, kind, String.join(" ", targets), String.join(" ", sentences), origin));
    }
}
