package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;

/**
 * A test pairing: English paragraph i with target paragraph i, so a test controls the units exactly. Surplus
 * paragraphs on either side become omission or addition units.
 */
public final class SameIndexPairing implements AlignedUnitsProvider {

    @Override
    public List<AlignedUnit> align(DocumentVersion english, DocumentVersion target) {
        List<Paragraph> en = english.paragraphs();
        List<Paragraph> tg = target.paragraphs();
        List<AlignedUnit> out = new ArrayList<>();
        int n = Math.max(en.size(), tg.size());
        for (int i = 0; i < n; i++) {
            boolean hasEn = i < en.size();
            boolean hasTg = i < tg.size();
            out.add(new AlignedUnit(hasEn ? i : Math.max(en.size() - 1, 0), hasEn ? List.of(i) : List.of(),
                    hasTg ? List.of(i) : List.of(), hasEn ? en.get(i).text() : "", hasTg ? tg.get(i).text() : ""));
        }
        return out;
    }
}
