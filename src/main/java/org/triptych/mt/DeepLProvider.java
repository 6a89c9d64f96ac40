package org.triptych.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import org.triptych.model.Language;

/**
 * DeepL API v2: {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key …}, up to 50 texts and
 * 128 KiB per request; glossaries created through {@code POST /v2/glossaries} (TSV) and passed as
 * {@code glossary_id}. Free keys (ending in {@code :fx}) default to api-free.deepl.com.
 * Options: {@code english_variant} ({@code EN-GB} default, or {@code EN-US}), {@code formality}.
 */
final class DeepLProvider extends TranslationProvider {

    private static final System.Logger LOG = System.getLogger(DeepLProvider.class.getName());
    static final BatchLimits LIMITS = new BatchLimits(50, 128 * 1024, 120_000, 30_000);
    private static final Set<String> LANGUAGES = Set.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi",
            "fr", "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "tr",
            "uk", "zh");

    /** ProviderGlossary ids by name (endpoint, pair, content hash) for this session; the disk cache keeps them across. */
    private final Map<String, String> glossaryIds = new ConcurrentHashMap<>();

    public DeepLProvider(ProviderConfig config) {
        super(config, defaultEndpoint(config), LIMITS, true);
    }

    private static String defaultEndpoint(ProviderConfig config) {
        return config.key() != null && config.key().endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
    }

    @Override
    public String name() {
        return "deepl";
    }

    @Override
    public String displayName() {
        return "DeepL";
    }

    @Override
    public boolean supports(Language from, Language to) {
        return LANGUAGES.contains(from.code()) && LANGUAGES.contains(to.code()) && !from.equals(to);
    }

    static String sourceCode(Language l) {
        return l.code().toUpperCase(Locale.ROOT);
    }

    /** The option that names the variant of a target DeepL wants with one, and the variant when it is not set. */
    private record VariantOption(String option, String fallback) {
    }

    /** DeepL's bare target codes that it has deprecated, by that code. */
    private static final Map<String, VariantOption> VARIANT_TARGETS = Map.of(
            "EN", new VariantOption("english_variant", "EN-GB"),
            "PT", new VariantOption("portuguese_variant", "PT-PT"));

    /** Plain {@code EN} and {@code PT} targets are deprecated: DeepL wants the variant. */
    String targetCode(Language l) {
        String code = sourceCode(l);
        VariantOption variant = VARIANT_TARGETS.get(code);
        return variant == null ? code : config.option(variant.option(), variant.fallback()).toUpperCase(Locale.ROOT);
    }

    @Override
    Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts, ProviderGlossary glossary,
                                          Exchange exchange) {
        Language to = targets.get(0);
        String glossaryId = glossaryId(from, to, glossary.entries(from, to), exchange);
        try {
            return Map.of(to, send(from, to, texts, glossaryId, exchange));
        } catch (MtException e) {
            if (glossaryId != null && (e.httpStatus() == 404 || e.httpStatus() == 400)
                    && e.getMessage().toLowerCase(Locale.ROOT).contains("glossary")) {
                // The remembered glossary was deleted (or belongs to another account): make it again, once.
                forgetGlossary(from, to, glossary.entries(from, to), exchange);
                String fresh = glossaryId(from, to, glossary.entries(from, to), exchange);
                return Map.of(to, send(from, to, texts, fresh, exchange));
            }
            throw e;
        }
    }

    private List<String> send(Language from, Language to, List<String> texts, String glossaryId, Exchange exchange) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode arr = body.putArray("text");
        texts.forEach(arr::add);
        body.put("source_lang", sourceCode(from));
        body.put("target_lang", targetCode(to));
        if (glossaryId != null) {
            body.put("glossary_id", glossaryId);
        }
        String formality = config.options().get("formality");
        if (formality != null) {
            body.put("formality", formality);
        }
        Request request = post(url("v2/translate"), body)
                .header("Authorization", "DeepL-Auth-Key " + key.reveal())
                .build();
        JsonNode root = parse(exchange.send(request));
        JsonNode list = root.path("translations");
        if (!list.isArray()) {
            throw badResponse("an answer without a list of translations");
        }
        if (list.size() != texts.size()) {
            throw badResponse(list.size() + " translations for " + texts.size() + " texts");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : list) {
            if (!t.path("text").isTextual()) {
                throw badResponse("a translation without text");
            }
            out.add(t.path("text").asText());
        }
        return out;
    }

    private String glossaryName(Language from, Language to, List<GlossaryEntry> entries) {
        return "deepl-glossary|" + endpoint + "|" + from.code() + ">" + to.code() + "|" + ProviderGlossary.sha256(tsv(entries));
    }

    private void forgetGlossary(Language from, Language to, List<GlossaryEntry> entries, Exchange exchange) {
        String name = glossaryName(from, to, entries);
        glossaryIds.remove(name);
        exchange.cache().removeValue(name);
    }

    /** The id of a DeepL glossary with exactly these entries, created once per content and remembered. */
    private synchronized String glossaryId(Language from, Language to, List<GlossaryEntry> entries, Exchange exchange) {
        if (entries.isEmpty()) {
            return null;
        }
        String name = glossaryName(from, to, entries);
        String known = glossaryIds.get(name);
        if (known != null) {
            return known.isEmpty() ? null : known; // empty: DeepL refused this glossary earlier in the session
        }
        var stored = exchange.cache().getValue(name);
        if (stored.isPresent()) {
            glossaryIds.put(name, stored.get());
            return stored.get();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "triptych " + from.code() + "-" + to.code() + " " + name.substring(name.length() - 12));
        body.put("source_lang", from.code());
        body.put("target_lang", to.code());
        body.put("entries", tsv(entries));
        body.put("entries_format", "tsv");
        Request request = post(url("v2/glossaries"), body)
                .header("Authorization", "DeepL-Auth-Key " + key.reveal())
                .build();
        try {
            JsonNode root = parse(exchange.send(request));
            String id = root.path("glossary_id").asText("");
            if (id.isEmpty()) {
                throw badResponse("a glossary without an id");
            }
            glossaryIds.put(name, id);
            exchange.cache().putValue(name, id);
            return id;
        } catch (MtException e) {
            if (refusesGlossaries(e.httpStatus())) {
                // A pair DeepL keeps no glossaries for (400), or a server without the glossary API at all (404, 405,
                // 501: a DeepL-compatible proxy): draft without it; the terminology check still runs on each draft.
                LOG.log(Level.WARNING, "DeepL glossary not accepted: {0}", e.getMessage());
                exchange.warn("DeepL did not accept the glossary for " + from.code() + "→" + to.code()
                        + "; drafts were made without it and are checked against the glossary afterwards.");
                glossaryIds.put(name, "");
                return null;
            }
            throw e;
        }
    }

    /**
     * Whether an answer to {@code POST /v2/glossaries} refuses the glossary rather than the request: bad pair or
     * entries (400, 422), no such endpoint or method (404, 405, 501), or a format the server does not take (415).
     * The key, the quota and the rate limit (403, 456, 429) are the whole request's business and still fail it.
     */
    static boolean refusesGlossaries(int httpStatus) {
        return httpStatus == 400 || httpStatus == 404 || httpStatus == 405 || httpStatus == 415 || httpStatus == 422
                || httpStatus == 501;
    }

    /** Tab-separated entries, one a line; tabs and line breaks inside terms would break the format. */
    static String tsv(List<GlossaryEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (GlossaryEntry e : entries) {
            sb.append(e.source().replaceAll("[\\t\\r\\n]+", " ")).append('\t')
                    .append(e.target().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return sb.toString();
    }

    @Override
    MtException errorFor(HttpReply reply) {
        String message = parseQuietly(reply.body()).path("message").asText("");
        int code = reply.code();
        return switch (code) {
            case 456 -> MtException.fatal(MtException.Kind.QUOTA, "Your DeepL character quota for this billing period"
                    + " is used up (HTTP 456). Drafts will work again when the quota renews or the plan is raised.", code);
            case 403 -> MtException.fatal(MtException.Kind.AUTH, "DeepL refused the API key (HTTP 403). Check the key;"
                    + " free keys (ending in :fx) work only with https://api-free.deepl.com, paid keys only with"
                    + " https://api.deepl.com.", code);
            case 413 -> MtException.fatal(MtException.Kind.TOO_LARGE, "DeepL found the request too large (HTTP 413).", code);
            case 429, 529 -> MtException.retryable(MtException.Kind.RATE_LIMIT, "DeepL asks us to slow down (HTTP "
                    + code + "); waiting before trying again.", code);
            case 400 -> {
                String m = message.toLowerCase(Locale.ROOT);
                if (m.contains("target_lang") || m.contains("source_lang") || m.contains("not supported")) {
                    yield MtException.fatal(MtException.Kind.UNSUPPORTED_PAIR, "DeepL does not accept this language pair"
                            + " (" + shorten(redact(message)) + ").", code);
                }
                yield genericError(reply, message);
            }
            default -> genericError(reply, message);
        };
    }
}
