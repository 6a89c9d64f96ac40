package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts on disk, one small JSON file per (provider, endpoint, options, language pair, glossary, text), so a second
 * run makes no request and survives the session. Only complete answers are stored; a corrupt file is logged,
 * ignored and rewritten on the next fetch. Writes are atomic (temp file + rename). Stores no keys.
 */
public final class DraftCache {

    private static final System.Logger LOG = System.getLogger(DraftCache.class.getName());
    private static final int FORMAT = 1;
    private final Path dir;

    private DraftCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (created on first write). */
    public static DraftCache at(Path dir) {
        return new DraftCache(dir);
    }

    /** No cache: every run asks the provider. */
    public static DraftCache none() {
        return new DraftCache(null);
    }

    /** {@code $XDG_CACHE_HOME/triptych/mt}, else {@code ~/.cache/triptych/mt}. */
    public static DraftCache inUserCacheDir(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return at(root.resolve("triptych").resolve("mt"));
    }

    public Path dir() {
        return dir;
    }

    static String key(TranslationProvider p, String from, String to, String glossaryHash, String text) {
        return ProviderGlossary.sha256(p.cacheIdentity() + "\u0000" + from + "\u0000" + to + "\u0000" + glossaryHash + "\u0000" + text);
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    Optional<String> get(String key, String sourceText) {
        if (dir == null) {
            return Optional.empty();
        }
        Path f = file(key);
        try {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            JsonNode n = TranslationProvider.JSON.readTree(json);
            if (n != null && n.path("format").asInt() == FORMAT && sourceText.equals(n.path("source").asText(null))
                    && n.path("translation").isTextual()) {
                return Optional.of(n.path("translation").asText());
            }
            LOG.log(Level.WARNING, "Ignoring unreadable MT cache entry {0}; it will be fetched and rewritten.", f);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring corrupt MT cache entry {0} ({1}); it will be fetched and rewritten.", f,
                    e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    void put(String key, String sourceText, String translation) {
        if (dir == null) {
            return;
        }
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            ObjectNode n = TranslationProvider.JSON.createObjectNode();
            n.put("format", FORMAT);
            n.put("source", sourceText);
            n.put("translation", translation);
            org.triptych.io.AtomicFiles.writeCacheEntry(f, TranslationProvider.JSON.writeValueAsBytes(n));
        } catch (IOException e) {
            // A cache that cannot be written costs a request next time, nothing more.
            LOG.log(Level.WARNING, "Could not write MT cache entry {0}: {1}", f, e.getMessage());
        }
    }

    /** A small named value (e.g. a DeepL glossary id by content hash), same rules as drafts. */
    Optional<String> getValue(String name) {
        return get(ProviderGlossary.sha256("value|" + name), name);
    }

    void putValue(String name, String value) {
        put(ProviderGlossary.sha256("value|" + name), name, value);
    }

    void removeValue(String name) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(file(ProviderGlossary.sha256("value|" + name)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove MT cache entry: {0}", e.getMessage());
        }
    }
}
