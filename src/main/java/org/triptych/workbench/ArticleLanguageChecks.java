package org.triptych.workbench;

import java.util.List;
import java.util.Map;
import org.triptych.langcheck.NameEvidence;
import org.triptych.terms.UnitFindingsSource;
import org.triptych.model.Language;

/**
 * LanguageTool's checks for one article, made once its versions are aligned: what the other versions write beside a
 * unit confirms the names in it, and each version's units tell a typo inside a name from the name. The service
 * behind it may be shared across the articles of a batch.
 */
@FunctionalInterface
interface ArticleLanguageChecks {

    /**
     * @param names    the other versions' evidence that a flagged word is a name
     * @param versions each version's unit texts, English first
     */
    UnitFindingsSource forArticle(NameEvidence names, Map<Language, List<String>> versions);

    /**
     * A version's findings once all its units are checked, as the window shows them (words run together grouped into
     * one note across the version); as they are where nothing is grouped.
     *
     * @param units the findings of each unit in unit order
     * @param texts the version's unit texts
     */
    default List<List<org.triptych.model.Finding>> acrossVersion(Language language,
                                                                 List<List<org.triptych.model.Finding>> units,
                                                                 List<String> texts) {
        return units;
    }
}
