package org.triptych.mt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;

/**
 * Any OpenAI-compatible chat-completions server (OpenAI, llama.cpp {@code llama-server}, Ollama's {@code /v1},
 * vLLM): {@code POST {base}/v1/chat/completions}, {@code Authorization: Bearer …} when a key is set. Segments go
 * as JSON with ids in the user message, the glossary terms that occur in the batch in the system message; the
 * answer is read leniently (code fences, text around the JSON) but checked strictly (every id once, no extras).
 * An answer cut off ({@code finish_reason: "length"}) is never used: the batch is split and sent again.
 * Options: {@code model} (required by most servers), {@code temperature}.
 */
final class OpenAiCompatibleProvider extends TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(20, 256 * 1024, 8_000, 4_000);

    public OpenAiCompatibleProvider(ProviderConfig config) {
        super(config, "https://api.openai.com", LIMITS, false);
        try {
            Double.parseDouble(config.option("temperature", "0"));
        } catch (NumberFormatException e) {
            throw new MtException(MtException.Kind.CONFIGURATION, "The temperature option must be a number, e.g. 0 or 0.2.");
        }
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String displayName() {
        return "The language model server";
    }

    @Override
    public boolean supports(Language from, Language to) {
        return !from.equals(to);
    }

    String model() {
        return config.option("model", "gpt-4o-mini");
    }

    HttpUrl chatUrl() {
        List<String> segs = endpoint.pathSegments();
        String last = segs.isEmpty() ? "" : segs.get(segs.size() - 1);
        String prev = segs.size() > 1 ? segs.get(segs.size() - 2) : "";
        // Accept both http://host:port and http://host:port/v1 as the base.
        return last.equals("v1") || (last.isEmpty() && prev.equals("v1")) ? url("chat/completions") : url("v1/chat/completions");
    }

    /**
     * The language as the prompt names it: its English name (the code, for a language Triptych has no profile for);
     * Arabic as Modern Standard Arabic, the language of news, since a model asked for "Arabic" may write a dialect.
     */
    static String languageName(Language l) {
        String name = LanguageProfile.of(l).englishName();
        return l.code().equals(Language.ARABIC.code()) ? name + " (Modern Standard)" : name;
    }

    String systemPrompt(Language from, Language to, List<GlossaryEntry> terms) {
        StringBuilder sb = new StringBuilder();
        sb.append("You translate news text from ").append(languageName(from)).append(" into ").append(languageName(to))
                .append(". Translate every segment completely and faithfully; keep names, numbers and dates; add no notes.")
                .append(" Answer with JSON only, in exactly this shape: {\"segments\":[{\"id\":\"<id>\",\"translation\":\"<text>\"}]},")
                .append(" one entry for each input id, the same ids, nothing else.");
        if (!terms.isEmpty()) {
            sb.append("\nUse these translations for these terms (inflect them as the grammar requires):");
            for (GlossaryEntry e : terms) {
                sb.append("\n").append(e.source()).append(" => ").append(e.target());
            }
        }
        return sb.toString();
    }

    @Override
    Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                                          Exchange exchange) {
        Language to = targets.get(0);
        ObjectNode user = JSON.createObjectNode();
        user.put("source_language", from.code());
        user.put("target_language", to.code());
        ArrayNode segs = user.putArray("segments");
        for (int i = 0; i < texts.size(); i++) {
            segs.addObject().put("id", "s" + (i + 1)).put("text", texts.get(i));
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model());
        body.put("temperature", Double.parseDouble(config.option("temperature", "0")));
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", systemPrompt(from, to, glossary.occurringIn(from, to, texts)));
        try {
            messages.addObject().put("role", "user").put("content", JSON.writeValueAsString(user));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Request.Builder rb = post(chatUrl(), body);
        if (key != null) {
            rb.header("Authorization", "Bearer " + key.reveal());
        }
        JsonNode root = parse(exchange.send(rb.build()));
        JsonNode choice = root.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw badResponse("an answer without choices");
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            throw MtException.splittable(MtException.Kind.TOO_LARGE, "The language model's answer was cut off"
                    + " (finish_reason: length); sending fewer segments at a time.", 200);
        }
        String content = choice.path("message").path("content").asText(null);
        if (content == null) {
            throw badResponse("an answer without message content");
        }
        return Map.of(to, readSegments(content, texts.size()));
    }

    /** The translations by id s1…sN from the model's answer; lenient about wrapping, strict about ids. */
    List<String> readSegments(String content, int n) {
        String s = content.strip();
        if (s.startsWith("```")) {
            int nl = s.indexOf('\n');
            s = nl < 0 ? "" : s.substring(nl + 1);
            int fence = s.lastIndexOf("```");
            if (fence >= 0) {
                s = s.substring(0, fence);
            }
        }
        int a = s.indexOf('{');
        int b = s.lastIndexOf('}');
        int la = s.indexOf('[');
        JsonNode list;
        try {
            if (la >= 0 && (a < 0 || la < a)) {
                list = JSON.readTree(s.substring(la, s.lastIndexOf(']') + 1));
            } else if (a >= 0 && b > a) {
                list = JSON.readTree(s.substring(a, b + 1)).path("segments");
            } else {
                throw mixedUp("an answer that is not JSON");
            }
        } catch (JsonProcessingException | StringIndexOutOfBoundsException e) {
            throw mixedUp("an answer that is not valid JSON");
        }
        if (!list.isArray()) {
            throw mixedUp("an answer without a segments list");
        }
        Map<String, String> byId = new HashMap<>();
        for (JsonNode seg : list) {
            String id = seg.path("id").asText("");
            if (!seg.path("translation").isTextual() || byId.put(id, seg.path("translation").asText()) != null) {
                throw mixedUp("a segment without translation or an id twice (" + id + ")");
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String t = byId.remove("s" + i);
            if (t == null) {
                throw mixedUp("no translation for segment s" + i);
            }
            out.add(t);
        }
        if (!byId.isEmpty()) {
            throw mixedUp("segments that were not asked for (" + String.join(", ", byId.keySet()) + ")");
        }
        return out;
    }

    /** Missing or invented ids are worth a retry in smaller batches: models lose track in long lists. */
    private MtException mixedUp(String what) {
        return MtException.splittable(MtException.Kind.BAD_RESPONSE, "The language model sent " + what
                + "; trying again with fewer segments.", 200);
    }

    @Override
    MtException errorFor(HttpReply reply) {
        JsonNode error = parseQuietly(reply.body()).path("error");
        String message = error.isTextual() ? error.asText() : error.path("message").asText("");
        String type = error.path("type").asText("") + " " + error.path("code").asText("");
        int code = reply.code();
        if (type.contains("insufficient_quota")) {
            return MtException.fatal(MtException.Kind.QUOTA, "The language model account has no credit or quota left"
                    + " (insufficient_quota). Add credit or raise the limit, then try again.", code);
        }
        if (type.contains("context_length_exceeded") || message.toLowerCase(Locale.ROOT).contains("context length")) {
            return MtException.splittable(MtException.Kind.TOO_LARGE, "The request is longer than the model's context"
                    + " (" + shorten(redact(message)) + ").", code);
        }
        if (code == 401) {
            return MtException.fatal(MtException.Kind.AUTH, "The language model server refused the key (HTTP 401):"
                    + " check TRIPTYCH_OPENAI_KEY (local servers usually need none).", code);
        }
        if (code == 404) {
            return MtException.fatal(MtException.Kind.BAD_RESPONSE, "The language model server has no model '" + model()
                    + "' or no chat-completions endpoint at " + chatUrl().encodedPath() + " (HTTP 404).", code);
        }
        return genericError(reply, message);
    }
}
