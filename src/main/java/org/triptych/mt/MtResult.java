package org.triptych.mt;

import java.util.List;
import org.triptych.model.Language;

/**
 * The drafts of a request, in request order per target, with what it cost.
 *
 * @param requests  translation HTTP requests sent (retries included)
 * @param cacheHits drafts served from the cache
 * @param warnings  things the person should know (e.g. a glossary the provider could not take)
 */
public record MtResult(List<Draft> drafts, int requests, int cacheHits, List<String> warnings) {
    public MtResult {
        drafts = List.copyOf(drafts);
        warnings = List.copyOf(warnings);
    }

    public List<Draft> draftsFor(Language target) {
        return drafts.stream().filter(d -> d.target().equals(target)).toList();
    }

    public List<String> textsFor(Language target) {
        return draftsFor(target).stream().map(Draft::text).toList();
    }
}
