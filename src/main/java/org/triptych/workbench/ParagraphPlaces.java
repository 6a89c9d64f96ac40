package org.triptych.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.Bead;

/**
 * Which target paragraphs the checks joined for each English paragraph, read once from a paragraph alignment.
 *
 * <p>A finding names its English link by the first English paragraph of the link; its offsets run through the
 * link's target paragraphs joined by '\n'. An added target paragraph (no English) follows the link that ends at the
 * English paragraph before it, and is what a finding names when that English paragraph starts no link. Placing one
 * finding used to walk the whole alignment; with 2,000 findings on 5,000 rows that walk was the longest stall on
 * the FX thread (about 0.3 s), so the walk is done once per table here.
 */
final class ParagraphPlaces {

    private final Map<Integer, List<Integer>> byFirstEnglish = new HashMap<>();
    private final Map<Integer, List<Integer>> additionAfter = new HashMap<>();

    ParagraphPlaces(List<Bead> beads) {
        int last = -1;
        for (Bead b : beads) {
            if (!b.english().isEmpty()) {
                byFirstEnglish.putIfAbsent(b.english().get(0), b.target());
                last = b.english().get(b.english().size() - 1);
            } else if (last >= 0) {
                additionAfter.putIfAbsent(last, b.target());
            }
        }
    }

    /** The target paragraphs a finding on English link {@code englishUnit} counts its offsets through. */
    List<Integer> targets(int englishUnit) {
        List<Integer> t = byFirstEnglish.get(englishUnit);
        if (t != null) {
            return t;
        }
        t = additionAfter.get(englishUnit);
        return t == null ? List.of() : t;
    }
}
