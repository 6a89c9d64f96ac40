package org.triptych.workbench;

import java.util.List;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.mt.DraftChecker;
import org.triptych.terms.TranslationChecker;

/**
 * Joins the terminology engine to the MT engine through the MT engine's {@link DraftChecker}: every draft from
 * English is checked against the glossary before it is shown; drafts into English (back-translations) are compared
 * with the person's own text instead, so they are not checked here. Used by the command line and the window alike.
 */
public final class TermDraftChecker implements DraftChecker {

    private final TranslationChecker checker;

    public TermDraftChecker(Glossary glossary) {
        this.checker = new TranslationChecker(glossary);
    }

    @Override
    public List<Finding> check(int unit, Language from, String source, Language to, String draft) {
        return from.equals(Language.ENGLISH) ? checker.checkUnit(to, unit, source, draft) : List.of();
    }
}
