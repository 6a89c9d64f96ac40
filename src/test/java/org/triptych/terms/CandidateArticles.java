package org.triptych.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.align.NameSkeleton;
import org.triptych.model.Language;
import org.triptych.workbench.SkeletonTransliteration;

/** Short articles for the glossary-candidate tests, and the transliteration seam answered as the workbench answers it. */
final class CandidateArticles {

    /** The transliteration {@code EngineWiring} hands the extractor (skeletons, entry forms, respellings). */
    static final NameTransliteration SKELETONS = new SkeletonTransliteration();

    /** The aligner's skeletons alone, without entry forms or respellings. */
    static final NameTransliteration BARE_SKELETONS = (english, word, target) -> NameSkeleton.matchStrength(english, word);

    private CandidateArticles() {
    }

    /** Rows of {en, ar, ru}: unit i pairs the three texts of row i. */
    static Map<Language, List<AlignedUnit>> article(String[]... rows) {
        List<AlignedUnit> ar = new ArrayList<>();
        List<AlignedUnit> ru = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            ar.add(AlignedUnit.line(i, rows[i][0], rows[i][1]));
            ru.add(AlignedUnit.line(i, rows[i][0], rows[i][2]));
        }
        Map<Language, List<AlignedUnit>> out = new LinkedHashMap<>();
        out.put(Language.ARABIC, ar);
        out.put(Language.RUSSIAN, ru);
        return out;
    }
}
