package org.triptych.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.triptych.model.Alignment;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Article;
import org.triptych.terms.BeadUnits;
import org.triptych.terms.TranslationChecker;

/**
 * The workbench's checks: names, terms and numbers of each version against English over the links the person sees,
 * with the project's glossaries merged, and the version comparison (omitted, added, shortened paragraphs). Glossary
 * problems (a line that could not be read) do not stop the check; without a glossary numbers and versions are still
 * compared.
 */
public final class TermChecks implements FindingsSource {

    @Override
    public List<Finding> check(Article project, Map<Language, Alignment> links, List<String> glossaries,
                               TaskRunner.Progress progress) {
        TranslationChecker checker = new TranslationChecker(ProjectGlossaries.merged(glossaries));
        List<Finding> out = new ArrayList<>();
        List<DocumentVersion> targets = project.others();
        for (int i = 0; i < targets.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            DocumentVersion target = targets.get(i);
            progress.update(i, targets.size(), "Checking " + target.language().displayName() + "…");
            Alignment alignment = links.get(target.language());
            if (alignment != null) {
                out.addAll(checker.check(target.language(), BeadUnits.of(alignment, project.english(), target), true));
            }
        }
        return out;
    }
}
