package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
import org.triptych.model.Language;

/**
 * LibreTranslate: {@code POST /translate} with {@code {"q":[…],"source","target","format":"text"}} and the key, if
 * the server wants one, in the body as {@code api_key}. Usually a server of one's own (default
 * {@code http://127.0.0.1:5000}); its limits are set by whoever runs it, so ours are modest and configurable.
 */
final class LibreTranslateProvider extends TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(50, 64 * 1024, 20_000, 5_000);
    /** Languages of the Argos models LibreTranslate ships; a server may have fewer installed and says so with 400. */
    private static final Set<String> LANGUAGES = Set.of("ar", "az", "bg", "bn", "ca", "cs", "da", "de", "el", "en",
            "eo", "es", "et", "fa", "fi", "fr", "ga", "he", "hi", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nb",
            "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sv", "th", "tl", "tr", "uk", "ur", "zh");

    public LibreTranslateProvider(ProviderConfig config) {
        super(config, "http://127.0.0.1:5000", LIMITS, false);
    }

    @Override
    public String name() {
        return "libretranslate";
    }

    @Override
    public String displayName() {
        return "LibreTranslate";
    }

    @Override
    public boolean supports(Language from, Language to) {
        return LANGUAGES.contains(from.code()) && LANGUAGES.contains(to.code()) && !from.equals(to);
    }

    @Override
    Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                                          Exchange exchange) {
        Language to = targets.get(0);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        texts.forEach(q::add);
        body.put("source", from.code());
        body.put("target", to.code());
        body.put("format", "text");
        if (key != null) {
            body.put("api_key", key.reveal());
        }
        Request request = post(url("translate"), body).build();
        JsonNode root = parse(exchange.send(request));
        JsonNode t = root.path("translatedText");
        List<String> out = new ArrayList<>();
        if (t.isArray()) {
            for (JsonNode n : t) {
                if (!n.isTextual()) {
                    throw badResponse("a translation that is not text");
                }
                out.add(n.asText());
            }
        } else if (t.isTextual() && texts.size() == 1) {
            // Older servers answer a one-element q with a plain string.
            out.add(t.asText());
        } else {
            throw badResponse("an answer without translatedText");
        }
        if (out.size() != texts.size()) {
            throw badResponse(out.size() + " translations for " + texts.size() + " texts");
        }
        return Map.of(to, out);
    }

    @Override
    MtException errorFor(HttpReply reply) {
        String message = parseQuietly(reply.body()).path("error").asText("");
        String m = message.toLowerCase(Locale.ROOT);
        int code = reply.code();
        if (code == 400 && (m.contains("limit") || m.contains("too long"))) {
            return MtException.splittable(MtException.Kind.TOO_LARGE, "LibreTranslate found the text too long ("
                    + shorten(redact(message)) + ").", code);
        }
        if (code == 400 && m.contains("not supported")) {
            return MtException.fatal(MtException.Kind.UNSUPPORTED_PAIR, "This LibreTranslate server does not have the"
                    + " language pair installed (" + shorten(redact(message)) + ").", code);
        }
        if (code == 403) {
            return MtException.fatal(MtException.Kind.AUTH, "LibreTranslate at " + endpoint.host() + " wants a valid"
                    + " API key (set TRIPTYCH_LIBRETRANSLATE_KEY) (" + shorten(redact(message)) + ").", code);
        }
        return genericError(reply, message);
    }
}
