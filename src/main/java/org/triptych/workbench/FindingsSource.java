package org.triptych.workbench;

import java.util.List;
import java.util.Map;
import org.triptych.model.Alignment;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Article;

/**
 * The seam to the checks (terminology, numbers, LanguageTool): findings for the whole project. Offsets follow the
 * terms engine's convention: {@code unit} is the first English paragraph of a paragraph-level link and
 * {@code start..end} point into that link's text in the finding's language, its paragraphs joined by '\n'.
 */
@FunctionalInterface
public interface FindingsSource {

    /**
     * @param links      the paragraph-level links per target version, as the person sees them now
     * @param glossaries the glossary files (TBX or CSV paths) the project refers to, in the person's order
     */
    List<Finding> check(Article project, Map<Language, Alignment> links, List<String> glossaries, TaskRunner.Progress progress)
            throws Exception;

    /** No checks wired: an empty list. */
    static FindingsSource none() {
        return (project, links, glossaries, progress) -> List.of();
    }
}
