package org.triptych.langcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.model.Finding;

/**
 * Findings per (settings, paragraph text), least recently used dropped beyond a bound. The glossary is not part of
 * the key: its filter runs on the cached findings, so loading a glossary or adding a word costs no re-check.
 * Findings are stored with unit 0 and re-stamped with the unit they are delivered for.
 */
final class ResultCache {

    private record Key(String settings, String text) {
    }

    private final int capacity;
    private final Map<Key, List<Finding>> map;
    private long hits;
    private long misses;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<Finding>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized List<Finding> get(LanguageCheckSettings settings, String text) {
        List<Finding> f = map.get(new Key(settings.key(), text));
        if (f == null) {
            misses++;
        } else {
            hits++;
        }
        return f;
    }

    synchronized void put(LanguageCheckSettings settings, String text, List<Finding> findings) {
        map.put(new Key(settings.key(), text), List.copyOf(findings));
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized void clear() {
        map.clear();
    }
}
