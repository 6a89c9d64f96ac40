package org.triptych.io.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A TMX file as read: its declared source language and segment type, and its translation units in order.
 *
 * @param sourceLanguage the header's {@code srclang} as a base code ("en"), or "*all*", or "" when absent
 * @param segtype        "sentence", "paragraph", "block", "phrase", or "" when absent
 * @param creationTool   the header's {@code creationtool} ("OmegaT", "SDL Language Platform", "LF Aligner"...)
 */
public record TmxDocument(String sourceLanguage, String segtype, String creationTool, List<Unit> units) {

    /**
     * One translation unit.
     *
     * @param id         its {@code tuid}, or its position (1, 2, ...) when it has none
     * @param variants   text per language, keyed by base language code ("en" for EN-US), in file order
     * @param properties its {@code prop} elements by type (e.g. x-link-status), first one of a type kept
     */
    public record Unit(String id, Map<String, String> variants, Map<String, String> properties) {
        public Unit {
            Objects.requireNonNull(id, "id");
            variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
            properties = properties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    public TmxDocument {
        units = List.copyOf(units);
    }

    /** Every language the units have text in, in order of first appearance. */
    public Set<String> languages() {
        Set<String> out = new LinkedHashSet<>();
        units.forEach(u -> out.addAll(u.variants().keySet()));
        return out;
    }
}
