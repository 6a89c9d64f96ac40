package org.triptych.mt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.triptych.model.Language;

/**
 * A machine-translation service reached over HTTP. Only this package implements it (one class per provider over
 * this shared base); callers use {@link Translator}, which adds batching, caching, retries and cancellation.
 */
public abstract class TranslationProvider {

    static final ObjectMapper JSON = new ObjectMapper();
    static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    /** One client for all providers: they share its connection pool and threads; each derives its timeouts. */
    private static final OkHttpClient SHARED = new OkHttpClient.Builder().eventListenerFactory(CallEventLog.FACTORY).build();

    final ProviderConfig config;
    final HttpUrl endpoint;
    final Secret key;
    final OkHttpClient client;
    final Semaphore permits;
    private final BatchLimits limits;

    TranslationProvider(ProviderConfig config, String defaultEndpoint, BatchLimits defaultLimits, boolean keyRequired) {
        this.config = config;
        String url = config.endpoint() == null || config.endpoint().isBlank() ? defaultEndpoint : config.endpoint().strip();
        this.endpoint = checkEndpoint(url, displayName());
        this.key = config.key();
        if (keyRequired && key == null) {
            throw new MtException(MtException.Kind.CONFIGURATION,
                    displayName() + " needs an API key: set " + Providers.keyVariable(name())
                            + " or store it with: secret-tool store --label=Triptych service triptych provider " + name());
        }
        this.limits = config.limits() != null ? config.limits() : defaultLimits;
        OkHttpClient base = config.baseClient() != null ? config.baseClient() : SHARED;
        this.client = base.newBuilder()
                // Redirects could send a POST body (and key headers) somewhere else: refuse them.
                .followRedirects(false)
                .followSslRedirects(false)
                // Our RetryPolicy is the only retry, so attempts and backoff stay countable.
                .retryOnConnectionFailure(false)
                .connectTimeout(config.timeout())
                .readTimeout(config.timeout())
                .writeTimeout(config.timeout())
                .callTimeout(config.timeout())
                .build();
        this.permits = new Semaphore(config.maxConcurrent(), true);
    }

    /** Short lower-case name used on the command line and in cache keys: {@code deepl}, {@code google}, … */
    public abstract String name();

    /** Name shown to the person. */
    public abstract String displayName();

    public HttpUrl endpoint() {
        return endpoint;
    }

    public BatchLimits limits() {
        return limits;
    }

    /** Whether this provider translates from {@code from} into {@code to}; checked before any request. */
    public abstract boolean supports(Language from, Language to);

    /** How many targets one request may carry (Microsoft: several; everyone else: one). */
    int maxTargetsPerCall(Language from, List<Language> targets, ProviderGlossary glossary) {
        return 1;
    }

    /**
     * Translates {@code texts} into each of {@code targets} (at most {@link #maxTargetsPerCall}) with as few
     * requests as the provider allows (normally one), sent through {@code exchange}. Returns one list per target,
     * in input order, of exactly {@code texts.size()} translations, or throws.
     */
    abstract Map<Language, List<String>> translate(Language from, List<Language> targets, List<String> texts,
                                                   ProviderGlossary glossary, Exchange exchange);

    /** The failure an unsuccessful answer means, in plain words, retryable or not. */
    abstract MtException errorFor(HttpReply reply);

    /** What identifies this provider's output in the cache besides the texts: endpoint and options. */
    String cacheIdentity() {
        Map<String, String> opts = new TreeMap<>(config.options());
        opts.remove("region"); // where the account lives does not change the translation
        return name() + "|" + endpoint + "|" + opts;
    }

    // ---- shared helpers ----

    /** The endpoint with {@code segments} appended to its path (so a base URL with a path prefix keeps it). */
    HttpUrl url(String segments) {
        return endpoint.newBuilder().addPathSegments(segments).build();
    }

    Request.Builder post(HttpUrl url, Object body) {
        try {
            return new Request.Builder().url(url).post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write request JSON", e);
        }
    }

    JsonNode parse(HttpReply reply) {
        try {
            JsonNode n = JSON.readTree(reply.body());
            if (n == null || n.isMissingNode()) {
                throw badResponse("an empty answer");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw badResponse("an answer that is not JSON");
        }
    }

    /** Error body parsed leniently: providers send HTML error pages from proxies too. */
    JsonNode parseQuietly(String body) {
        try {
            JsonNode n = JSON.readTree(body == null ? "" : body);
            return n == null ? JSON.missingNode() : n;
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }

    MtException badResponse(String what) {
        return MtException.fatal(MtException.Kind.BAD_RESPONSE,
                displayName() + " sent " + what + "; the drafts were not used. Try again later or report it to the provider.", 0);
    }

    String redact(String text) {
        return Secret.redact(key, text);
    }

    /** Status-based errors every provider shares; provider classes handle their own codes first. */
    MtException genericError(HttpReply reply, String providerMessage) {
        int code = reply.code();
        String detail = providerMessage == null || providerMessage.isBlank() ? ""
                : " (" + displayName() + " said: " + shorten(redact(providerMessage)) + ")";
        if (code == 401 || code == 403) {
            return MtException.fatal(MtException.Kind.AUTH, displayName() + " refused the API key (HTTP " + code
                    + "): check that the key is right and meant for " + endpoint.host() + "." + detail, code);
        }
        if (code == 413) {
            return MtException.fatal(MtException.Kind.TOO_LARGE, displayName() + " found the request too large (HTTP 413)." + detail, code);
        }
        if (code == 429) {
            return MtException.retryable(MtException.Kind.RATE_LIMIT, displayName()
                    + " asks us to slow down (HTTP 429); waiting before trying again." + detail, code);
        }
        if (code >= 500) {
            return MtException.retryable(MtException.Kind.NETWORK, displayName() + " had a server error (HTTP " + code
                    + ")." + detail, code);
        }
        return MtException.fatal(MtException.Kind.BAD_RESPONSE, displayName() + " rejected the request (HTTP " + code + ")."
                + detail, code);
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    static HttpUrl checkEndpoint(String url, String provider) {
        HttpUrl u = HttpUrl.parse(url);
        if (u == null) {
            throw new MtException(MtException.Kind.CONFIGURATION, "'" + url + "' is not a web address for " + provider + ".");
        }
        if (!u.isHttps() && !isLoopback(u.host())) {
            throw new MtException(MtException.Kind.CONFIGURATION, provider + " at " + u.host()
                    + " must be reached over https: plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).");
        }
        return u;
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** ISO 639-1 codes the large general-purpose services (Google, Microsoft) translate; a conservative subset. */
    static final Set<String> COMMON_CODES = Set.of(
            "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
            "fa", "fi", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id", "ig", "is", "it", "ja",
            "ka", "kk", "km", "kn", "ko", "ku", "ky", "lo", "lt", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my",
            "ne", "nl", "no", "pa", "pl", "ps", "pt", "ro", "ru", "sd", "si", "sk", "sl", "so", "sq", "sr", "sv", "sw",
            "ta", "te", "tg", "th", "tk", "tr", "tt", "ug", "uk", "ur", "uz", "vi", "yo", "zh", "zu");
}
