package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.triptych.model.Language;

/**
 * Microsoft Translator v3: {@code POST /translate?api-version=3.0&from=en&to=ar&to=ru} with
 * {@code Ocp-Apim-Subscription-Key} (and {@code Ocp-Apim-Subscription-Region} for regional resources, option
 * {@code region}), body {@code [{"Text":…}]}; several targets in one call, answers mapped by {@code to}. Up to
 * 1,000 texts and 50,000 characters counted across all targets. ProviderGlossary through dynamic-dictionary markup,
 * which works only when English is one side of the pair.
 */
final class MicrosoftTranslatorProvider extends TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(1_000, 1_000_000, 50_000, 10_000);

    public MicrosoftTranslatorProvider(ProviderConfig config) {
        super(config, "https://api.cognitive.microsofttranslator.com", LIMITS, true);
    }

    @Override
    public String name() {
        return "microsoft";
    }

    @Override
    public String displayName() {
        return "Microsoft Translator";
    }

    @Override
    public boolean supports(Language from, Language to) {
        return COMMON_CODES.contains(from.code()) && COMMON_CODES.contains(to.code()) && !from.equals(to);
    }

    static String code(Language l) {
        return switch (l.code()) {
            case "zh" -> "zh-Hans";
            case "no" -> "nb";
            default -> l.code();
        };
    }

    /** A dynamic dictionary carries one target's terms, so with a glossary each target gets its own call. */
    @Override
    int maxTargetsPerCall(Language from, List<Language> targets, ProviderGlossary glossary) {
        for (Language to : targets) {
            if (!usableEntries(from, to, glossary).isEmpty()) {
                return 1;
            }
        }
        return 25;
    }

    private static List<GlossaryEntry> usableEntries(Language from, Language to, ProviderGlossary glossary) {
        String english = Language.ENGLISH.code();
        if (!from.code().equals(english) && !to.code().equals(english)) {
            return List.of(); // the service applies dictionaries only with English on one side
        }
        // The markup puts the target term in a quoted attribute; terms with quotes or tags cannot be carried.
        return glossary.entries(from, to).stream()
                .filter(e -> !e.target().contains("\"") && !e.target().contains("<") && !e.source().contains("<"))
                .toList();
    }

    /** Wraps every whole-word occurrence of a glossary term in dynamic-dictionary markup, longest terms first. */
    static String withDictionary(String text, List<GlossaryEntry> entries) {
        if (entries.isEmpty()) {
            return text;
        }
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> b.source().length() - a.source().length());
        StringBuilder alternation = new StringBuilder();
        Map<String, String> targetOf = new HashMap<>();
        for (GlossaryEntry e : sorted) {
            alternation.append(alternation.length() > 0 ? "|" : "").append(Pattern.quote(e.source()));
            targetOf.put(e.source(), e.target());
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String term = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement("<mstrans:dictionary translation=\"" + targetOf.get(term)
                    + "\">" + term + "</mstrans:dictionary>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                                          Exchange exchange) {
        HttpUrl.Builder url = url("translate").newBuilder()
                .addQueryParameter("api-version", "3.0")
                .addQueryParameter("from", code(from));
        for (Language to : targets) {
            url.addQueryParameter("to", code(to));
        }
        List<GlossaryEntry> entries = targets.size() == 1 ? usableEntries(from, targets.get(0), glossary) : List.of();
        if (targets.size() == 1 && entries.size() < glossary.entries(from, targets.get(0)).size()) {
            exchange.warn("Microsoft Translator could not take every glossary term for " + from.code() + "→"
                    + targets.get(0).code() + " (dynamic dictionaries need English on one side); drafts are checked"
                    + " against the glossary afterwards.");
        }
        ArrayNode body = JSON.createArrayNode();
        for (String t : texts) {
            body.addObject().put("Text", withDictionary(t, entries));
        }
        Request.Builder rb = post(url.build(), body).header("Ocp-Apim-Subscription-Key", key.reveal());
        String region = config.options().get("region");
        if (region != null && !region.isBlank()) {
            rb.header("Ocp-Apim-Subscription-Region", region);
        }
        JsonNode root = parse(exchange.send(rb.build()));
        if (!root.isArray()) {
            throw badResponse("an answer that is not a list");
        }
        if (root.size() != texts.size()) {
            throw badResponse(root.size() + " results for " + texts.size() + " texts");
        }
        Map<Language, List<String>> out = new HashMap<>();
        for (Language to : targets) {
            out.put(to, new ArrayList<>());
        }
        for (JsonNode item : root) {
            Map<String, String> byTo = new HashMap<>();
            for (JsonNode t : item.path("translations")) {
                if (t.path("text").isTextual() && t.path("to").isTextual()) {
                    byTo.put(t.path("to").asText().toLowerCase(Locale.ROOT), t.path("text").asText());
                }
            }
            for (Language to : targets) {
                String text = byTo.get(code(to).toLowerCase(Locale.ROOT));
                if (text == null) {
                    throw badResponse("no translation into " + to.code() + " for one of the texts");
                }
                out.get(to).add(text);
            }
        }
        return out;
    }

    @Override
    MtException errorFor(HttpReply reply) {
        JsonNode error = parseQuietly(reply.body()).path("error");
        int detail = error.path("code").asInt(0);
        String message = error.path("message").asText("");
        int code = reply.code();
        int family = detail / 1000;
        if (family == 401 || code == 401) {
            return MtException.fatal(MtException.Kind.AUTH, "Microsoft Translator refused the key (" + (detail > 0 ? detail
                    : code) + "): check TRIPTYCH_MICROSOFT_KEY, and TRIPTYCH_MICROSOFT_REGION for a regional resource.", code);
        }
        if (family == 403 || code == 403) {
            return MtException.fatal(MtException.Kind.QUOTA, "Microsoft Translator will not translate more on this"
                    + " subscription (" + (detail > 0 ? detail : code) + "): its quota is used up or the plan does not allow"
                    + " it. Drafts will work again when the quota renews.", code);
        }
        if (detail == 400050 || detail == 400077 || code == 413) {
            return MtException.splittable(MtException.Kind.TOO_LARGE, "Microsoft Translator found the request too large ("
                    + (detail > 0 ? detail : code) + ").", code);
        }
        if (detail == 400035 || detail == 400036 || detail == 400019 || detail == 400023) {
            return MtException.fatal(MtException.Kind.UNSUPPORTED_PAIR, "Microsoft Translator does not accept this"
                    + " language pair (" + shorten(redact(message)) + ").", code);
        }
        if (family == 429 || code == 429) {
            return MtException.retryable(MtException.Kind.RATE_LIMIT, "Microsoft Translator asks us to slow down ("
                    + (detail > 0 ? detail : code) + "); waiting before trying again.", code);
        }
        if (family == 408) {
            return MtException.retryable(MtException.Kind.TIMEOUT, "Microsoft Translator is not ready yet (" + detail + ").", code);
        }
        return genericError(reply, message);
    }
}
