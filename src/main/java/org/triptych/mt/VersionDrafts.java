package org.triptych.mt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/**
 * The workbench's uses of drafts as requests over a version's paragraphs: one row's missing paragraph, all missing
 * paragraphs, a whole version, a back-translation into English; and the drafts placed back by paragraph index.
 * Paragraphs are sent whole (sentences are split only when a provider needs it), so one draft fills one row.
 */
public final class VersionDrafts {

    private VersionDrafts() {
    }

    /** Drafts of the given paragraphs of {@code source} (e.g. the English ones a version lacks) into {@code target}. */
    public static MtRequest paragraphs(DocumentVersion source, List<Integer> indices, Language target, ProviderGlossary glossary) {
        List<String> texts = new ArrayList<>();
        for (int i : indices) {
            if (i < 0 || i >= source.paragraphs().size()) {
                throw new IllegalArgumentException("No paragraph " + i + " in " + source.source());
            }
            texts.add(source.paragraphs().get(i).text());
        }
        return new MtRequest(source.language(), List.of(target), texts, glossary, false);
    }

    /** Drafts of every paragraph of {@code source} into {@code target}. */
    public static MtRequest wholeVersion(DocumentVersion source, Language target, ProviderGlossary glossary) {
        return new MtRequest(source.language(), List.of(target), source.paragraphTexts(), glossary, false);
    }

    /** The version translated back into English, to compare its meaning with the original. */
    public static MtRequest backTranslation(DocumentVersion version, ProviderGlossary glossary) {
        if (version.language().equals(Language.ENGLISH)) {
            throw new IllegalArgumentException("A back-translation is made from a version that is not in English");
        }
        return wholeVersion(version, Language.ENGLISH, glossary);
    }

    /** The drafts of a {@link #paragraphs} request keyed by the paragraph index they belong to, in order. */
    public static Map<Integer, Draft> byParagraph(MtResult result, Language target, List<Integer> indices) {
        List<Draft> drafts = result.draftsFor(target);
        if (drafts.size() != indices.size()) {
            throw new IllegalArgumentException(drafts.size() + " drafts for " + indices.size() + " paragraphs");
        }
        Map<Integer, Draft> out = new LinkedHashMap<>();
        for (int k = 0; k < indices.size(); k++) {
            out.put(indices.get(k), drafts.get(k));
        }
        return out;
    }
}
