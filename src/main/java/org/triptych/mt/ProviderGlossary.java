package org.triptych.mt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triptych.model.Language;

/** ProviderGlossary entries per language pair (source → target). Immutable. */
public final class ProviderGlossary {

    private static final ProviderGlossary EMPTY = new ProviderGlossary(Map.of());
    private final Map<String, List<GlossaryEntry>> byPair;

    private ProviderGlossary(Map<String, List<GlossaryEntry>> byPair) {
        this.byPair = byPair;
    }

    public static ProviderGlossary empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The glossary as providers take it: for each concept, its preferred term in the source language against its
     * preferred term in each target language (concepts lacking either are left out). The CLI and the workbench both
     * build their MT glossary this way.
     */
    public static ProviderGlossary preferredTerms(org.triptych.model.Glossary glossary, Language from, List<Language> targets) {
        Builder b = builder();
        for (org.triptych.model.Concept c : glossary.concepts()) {
            java.util.Optional<org.triptych.model.Term> source = c.preferred(from);
            for (Language to : targets) {
                java.util.Optional<org.triptych.model.Term> target = c.preferred(to);
                if (source.isPresent() && target.isPresent()) {
                    b.add(from, to, source.get().text(), target.get().text());
                }
            }
        }
        return b.build();
    }

    private static String pair(Language from, Language to) {
        return from.code() + ">" + to.code();
    }

    List<GlossaryEntry> entries(Language from, Language to) {
        return byPair.getOrDefault(pair(from, to), List.of());
    }

    public boolean isEmpty() {
        return byPair.isEmpty();
    }

    /** Entries of the pair whose source term occurs in one of the texts (case-insensitive). */
    List<GlossaryEntry> occurringIn(Language from, Language to, List<String> texts) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (GlossaryEntry e : entries(from, to)) {
            String term = e.source().toLowerCase(Locale.ROOT);
            for (String t : texts) {
                if (t.toLowerCase(Locale.ROOT).contains(term)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** A content hash of the pair's entries; part of cache keys so a changed glossary means new drafts. */
    public String contentHash(Language from, Language to) {
        List<GlossaryEntry> entries = entries(from, to);
        if (entries.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (GlossaryEntry e : entries) {
            sb.append(e.source()).append('\t').append(e.target()).append('\n');
        }
        return sha256(sb.toString());
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final Map<String, List<GlossaryEntry>> map = new LinkedHashMap<>();

        Builder add(Language from, Language to, GlossaryEntry entry) {
            List<GlossaryEntry> list = map.computeIfAbsent(pair(from, to), k -> new ArrayList<>());
            // One entry per source term: the first wins, a glossary cannot demand two translations.
            if (list.stream().noneMatch(e -> e.source().equals(entry.source()))) {
                list.add(entry);
            }
            return this;
        }

        public Builder add(Language from, Language to, String source, String target) {
            return add(from, to, new GlossaryEntry(source, target));
        }

        public ProviderGlossary build() {
            Map<String, List<GlossaryEntry>> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy.isEmpty() ? EMPTY : new ProviderGlossary(Map.copyOf(copy));
        }
    }
}
