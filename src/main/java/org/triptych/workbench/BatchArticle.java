package org.triptych.workbench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.triptych.model.Language;

/**
 * One article of a batch as it was found: its id (the name of its folder under OUT), the file of each version it has
 * (relative to the batch folder when found there; a manifest's paths as written), the web address of each version a
 * manifest names by one (read from the page's copy once {@link BatchPages} has fetched it), and, when finding it
 * already showed that it cannot be processed (two English files, a bad id), the sentence that says why.
 */
public record BatchArticle(String id, Map<Language, Path> versions, Map<Language, String> addresses, String problem) {

    /** The versions a batch looks for, in the order their columns appear everywhere. */
    public static final java.util.List<Language> LANGUAGES = java.util.List.of(Language.ENGLISH, Language.ARABIC,
            Language.RUSSIAN);

    public BatchArticle {
        Objects.requireNonNull(id, "id");
        Map<Language, Path> ordered = new LinkedHashMap<>();
        for (Language l : LANGUAGES) { // one order everywhere (columns, pairs, fingerprints), whatever the finding order
            if (versions.containsKey(l)) {
                ordered.put(l, versions.get(l));
            }
        }
        versions.forEach(ordered::putIfAbsent);
        versions = java.util.Collections.unmodifiableMap(ordered);
        addresses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
    }

    /** An article of files only. */
    public BatchArticle(String id, Map<Language, Path> versions, String problem) {
        this(id, versions, Map.of(), problem);
    }

    public static BatchArticle of(String id, Map<Language, Path> versions) {
        return new BatchArticle(id, versions, null);
    }

    /** The same article with the versions read from these files (the copies of its pages) and a problem, if any. */
    BatchArticle with(Map<Language, Path> files, String newProblem) {
        Map<Language, Path> all = new LinkedHashMap<>(versions);
        all.putAll(files);
        return new BatchArticle(id, all, addresses, newProblem);
    }

    /** Where the version in {@code language} comes from, as a person named it: its web address, or its file. */
    String source(Language language) {
        String address = addresses.get(language);
        return address != null ? address : versions.containsKey(language) ? versions.get(language).toString() : null;
    }

    /** The targets it has (Arabic, then Russian), as the aligner and the checks take them, resolved against {@code base}. */
    Map<Language, Path> targets(Path base) {
        Map<Language, Path> out = new LinkedHashMap<>();
        for (Language l : LANGUAGES) {
            if (!l.equals(Language.ENGLISH) && versions.containsKey(l)) {
                out.put(l, base.resolve(versions.get(l)));
            }
        }
        return out;
    }
}
