package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Request;
import org.triptych.model.Language;

/**
 * Google Cloud Translation v2 (Basic): {@code POST /language/translate/v2} with the key in the
 * {@code X-goog-api-key} header (never in the URL, where it would end up in logs), {@code format: "text"}
 * (the default, html, returns entity-escaped text), up to 128 segments and about 5,000 characters per request.
 */
final class GoogleTranslateProvider extends TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(128, 100_000, 5_000, 5_000);

    public GoogleTranslateProvider(ProviderConfig config) {
        super(config, "https://translation.googleapis.com", LIMITS, true);
    }

    @Override
    public String name() {
        return "google";
    }

    @Override
    public String displayName() {
        return "Google Translate";
    }

    @Override
    public boolean supports(Language from, Language to) {
        return COMMON_CODES.contains(from.code()) && COMMON_CODES.contains(to.code()) && !from.equals(to);
    }

    static String code(Language l) {
        return l.code().equals("zh") ? "zh-CN" : l.code();
    }

    @Override
    Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                                          Exchange exchange) {
        Language to = targets.get(0);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        texts.forEach(q::add);
        body.put("source", code(from));
        body.put("target", code(to));
        body.put("format", "text");
        Request request = post(url("language/translate/v2"), body)
                .header("X-goog-api-key", key.reveal())
                .build();
        JsonNode list = parse(exchange.send(request)).path("data").path("translations");
        if (!list.isArray()) {
            throw badResponse("an answer without data.translations");
        }
        if (list.size() != texts.size()) {
            throw badResponse(list.size() + " translations for " + texts.size() + " texts");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : list) {
            if (!t.path("translatedText").isTextual()) {
                throw badResponse("a translation without translatedText");
            }
            out.add(t.path("translatedText").asText());
        }
        return Map.of(to, out);
    }

    @Override
    MtException errorFor(HttpReply reply) {
        JsonNode error = parseQuietly(reply.body()).path("error");
        String message = error.path("message").asText("");
        StringBuilder reasons = new StringBuilder();
        for (JsonNode e : error.path("errors")) {
            reasons.append(e.path("reason").asText("")).append(' ');
        }
        for (JsonNode d : error.path("details")) {
            reasons.append(d.path("reason").asText("")).append(' ');
        }
        String r = reasons.toString();
        String m = message.toLowerCase(Locale.ROOT);
        int code = reply.code();
        if (r.contains("dailyLimitExceeded") || m.contains("daily limit") || r.contains("billingNotEnabled")) {
            return MtException.fatal(MtException.Kind.QUOTA, "Google Translate's daily limit for this project is used up"
                    + " (HTTP " + code + "). Drafts will work again tomorrow, or after the quota is raised in the Google"
                    + " Cloud console.", code);
        }
        if (r.contains("userRateLimitExceeded") || r.contains("rateLimitExceeded") || m.contains("rate limit")
                || code == 429) {
            return MtException.retryable(MtException.Kind.RATE_LIMIT, "Google Translate asks us to slow down (HTTP "
                    + code + "); waiting before trying again.", code);
        }
        if (r.contains("keyInvalid") || r.contains("API_KEY_INVALID") || m.contains("api key not valid")) {
            return MtException.fatal(MtException.Kind.AUTH, "Google Translate refused the API key (HTTP " + code
                    + "): check TRIPTYCH_GOOGLE_KEY and that the Cloud Translation API is enabled for it.", code);
        }
        if (m.contains("too long") || m.contains("exceeds the limit") || m.contains("payload size") || code == 413) {
            return MtException.splittable(MtException.Kind.TOO_LARGE, "Google Translate found the request too large"
                    + " (HTTP " + code + ").", code);
        }
        if (code == 400 && (m.contains("language pair") || m.contains("invalid value") && m.contains("target"))) {
            return MtException.fatal(MtException.Kind.UNSUPPORTED_PAIR, "Google Translate does not accept this"
                    + " language pair (" + shorten(redact(message)) + ").", code);
        }
        return genericError(reply, message);
    }
}
