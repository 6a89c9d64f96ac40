package org.triptych.terms;

import java.util.ArrayList;
import java.util.List;
import org.triptych.model.Alignment;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;

/**
 * Turns an aligner's paragraph-level {@link Alignment} into check units: a bead's English paragraphs and target
 * paragraphs joined by line breaks, the unit numbered by its first English paragraph (a target-only bead by the
 * English paragraph before it).
 */
public final class BeadUnits {

    private BeadUnits() {
    }

    public static List<AlignedUnit> of(Alignment alignment, DocumentVersion english, DocumentVersion target) {
        List<AlignedUnit> out = new ArrayList<>();
        int lastEnglish = 0;
        for (Bead b : alignment.beads()) {
            int unit = b.english().isEmpty() ? lastEnglish : b.english().get(0);
            if (!b.english().isEmpty()) {
                lastEnglish = b.english().get(b.english().size() - 1);
            }
            out.add(new AlignedUnit(unit, b.english(), b.target(), join(english, b.english()), join(target, b.target())));
        }
        return out;
    }

    private static String join(DocumentVersion v, List<Integer> indices) {
        StringBuilder sb = new StringBuilder();
        List<Paragraph> ps = v.paragraphs();
        for (int i : indices) {
            if (i >= 0 && i < ps.size()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(ps.get(i).text());
            }
        }
        return sb.toString();
    }
}
