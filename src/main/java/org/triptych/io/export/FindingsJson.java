package org.triptych.io.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.triptych.model.Finding;

/**
 * Findings as the check command's JSON: {@code {"findings":[{"kind","severity","lang","unit","start","end","text",
 * "concept","message","suggestions"}]}}; {@code concept} is null when a finding has none.
 */
public final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(List<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = arr.addObject();
            o.put("kind", f.kind());
            o.put("severity", f.severity().code());
            o.put("lang", f.language().code());
            o.put("unit", f.unit());
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("text", f.text());
            o.put("concept", f.concept());
            o.put("message", f.message());
            ArrayNode s = o.putArray("suggestions");
            f.suggestions().forEach(s::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write findings as JSON", e);
        }
    }
}
