package org.triptych.io.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triptych.io.AtomicFiles;

/**
 * Reads and writes {@code preferences.json} in the settings folder: indented JSON, written atomically. A missing file
 * is the defaults; a file that cannot be read gives the defaults and says why once (the file is left as it is until
 * the person saves preferences again). Unknown fields are skipped, so an older Triptych reads a newer file.
 */
public final class PreferencesFile {

    public static final String NAME = "preferences.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public PreferencesFile(Path settingsDir) {
        this.file = settingsDir.resolve(NAME);
    }

    public Path file() {
        return file;
    }

    /** What was read, and a sentence for a person when the file could not be read (null otherwise). */
    public record Read(Preferences preferences, String problem) {
    }

    public Read read() {
        if (!Files.exists(file)) {
            return new Read(Preferences.defaults(), null);
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            Map<String, Preferences.FontChoice> fonts = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("fonts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    fonts.put(e.getKey(), new Preferences.FontChoice(e.getValue().path("family").asText("Noto Sans"),
                            e.getValue().path("size").asDouble(14)));
                } catch (IllegalArgumentException bad) {
                    // a size out of range: that script keeps its default
                }
            }
            Map<String, Boolean> lt = new LinkedHashMap<>();
            root.path("languageTool").fields().forEachRemaining(e -> lt.put(e.getKey(), e.getValue().asBoolean(true)));
            JsonNode mt = root.path("machineTranslation");
            return new Read(new Preferences(mt.path("provider").asText(""), mt.path("endpoint").asText(""),
                    mt.path("model").asText(""), mt.path("keys").asText(Preferences.KEYS_FROM_SYSTEM),
                    root.path("conceptGlossary").asText(""), fonts, lt, root.path("englishVariant").asText(""),
                    root.path("autosaveSeconds").asInt(60)), null);
        } catch (IOException | RuntimeException e) {
            return new Read(Preferences.defaults(), "Your preferences (" + file + ") could not be read, so the defaults"
                    + " are used; saving preferences writes the file again.");
        }
    }

    public void write(Preferences p) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "triptych-preferences");
        ObjectNode mt = root.putObject("machineTranslation");
        mt.put("provider", p.mtProvider()).put("endpoint", p.mtEndpoint()).put("model", p.mtModel()).put("keys", p.keySource());
        root.put("conceptGlossary", p.conceptGlossary());
        ObjectNode fonts = root.putObject("fonts");
        new java.util.TreeMap<>(p.fonts()).forEach((script, f) -> fonts.putObject(script).put("family", f.family()).put("size", f.size()));
        ObjectNode lt = root.putObject("languageTool");
        new java.util.TreeMap<>(p.languageTool()).forEach(lt::put);
        root.put("englishVariant", p.englishVariant());
        root.put("autosaveSeconds", p.autosaveSeconds());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }
}
