package org.triptych.io.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/**
 * Links as {@code align} prints them and a batch stores them: {@code {"en-ar":{"<level>":BEADS},...}} with no spaces,
 * BEADS a list of {@code [[english indices],[target indices]]}; with several levels each pair's object holds one key
 * per level (the shape of the evaluation set's gold files). Written by hand: it is only keys and integers, and a JSON
 * library's start-up cost a batch run more CPU time than the rest of its output.
 */
public final class AlignmentLinksJson {

    private AlignmentLinksJson() {
    }

    /** One level: exactly {@code align}'s output line. */
    public static String write(Map<Language, List<Bead>> links, AlignmentLevel level) {
        return write(Map.of(level, links));
    }

    /** Several levels, in the map's order; the pairs in the order the first level lists them. */
    public static String write(Map<AlignmentLevel, Map<Language, List<Bead>>> byLevel) {
        Set<Language> pairs = new LinkedHashSet<>();
        int beads = 0;
        for (Map<Language, List<Bead>> links : byLevel.values()) {
            pairs.addAll(links.keySet());
            beads += links.values().stream().mapToInt(List::size).sum();
        }
        StringBuilder b = new StringBuilder(64 + 16 * beads);
        b.append('{');
        boolean firstPair = true;
        for (Language target : pairs) {
            b.append(firstPair ? "" : ",").append('"').append(Language.ENGLISH.code()).append('-').append(target.code())
                    .append("\":{");
            firstPair = false;
            boolean firstLevel = true;
            for (Map.Entry<AlignmentLevel, Map<Language, List<Bead>>> level : byLevel.entrySet()) {
                List<Bead> links = level.getValue().get(target);
                if (links == null) {
                    continue;
                }
                b.append(firstLevel ? "\"" : ",\"").append(level.getKey().code()).append("\":[");
                firstLevel = false;
                boolean firstBead = true;
                for (Bead bead : links) {
                    b.append(firstBead ? "[" : ",[");
                    firstBead = false;
                    appendIndices(b, bead.english());
                    b.append(',');
                    appendIndices(b, bead.target());
                    b.append(']');
                }
                b.append(']');
            }
            b.append('}');
        }
        return b.append('}').toString();
    }

    private static void appendIndices(StringBuilder b, List<Integer> indices) {
        b.append('[');
        for (int k = 0; k < indices.size(); k++) {
            if (k > 0) {
                b.append(',');
            }
            b.append(indices.get(k).intValue());
        }
        b.append(']');
    }
}
