package org.triptych.io.xliff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bilingual XLIFF file as read back: its languages and its units in order (with several {@code <file>} elements,
 * all their units in file order).
 *
 * @param version "2.0", "2.1", "2.2" or "1.2", as the file says
 */
public record XliffDocument(String version, String sourceLanguage, String targetLanguage, List<Unit> units) {

    /**
     * One unit: its id, its source and target text (the segments of an XLIFF 2 unit joined, inline codes reduced to
     * their text), and its state. {@code target} is empty when the unit has none.
     */
    public record Unit(String id, String source, String target, XliffState state) {
        public Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(state, "state");
        }
    }

    public XliffDocument {
        units = List.copyOf(units);
    }

    /** The targets by unit id, for putting them back on the rows an export was made from. */
    public Map<String, String> targetsById() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Unit u : units) {
            out.putIfAbsent(u.id(), u.target());
        }
        return out;
    }
}
