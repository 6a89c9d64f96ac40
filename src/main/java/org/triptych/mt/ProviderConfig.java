package org.triptych.mt;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.OkHttpClient;

/**
 * How to reach a provider. Immutable; derive variants with the {@code with…} methods.
 *
 * @param endpoint      base URL (null: the provider's public endpoint)
 * @param key           API key, or null for servers that need none (local LibreTranslate, llama.cpp)
 * @param timeout       whole-call time limit per request (connect, send, wait, read)
 * @param maxConcurrent requests in flight at once to this provider
 * @param options       provider options that change the output (model, formality, English variant, region);
 *                      part of the cache key except {@code region}
 * @param limits        batch limits overriding the provider's defaults, or null
 * @param baseClient    OkHttp client to derive from (shares its pool and event listener), or null
 */
public record ProviderConfig(String endpoint, Secret key, Duration timeout, int maxConcurrent,
                             Map<String, String> options, BatchLimits limits, OkHttpClient baseClient) {

    public ProviderConfig {
        Objects.requireNonNull(timeout, "timeout");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public static ProviderConfig of(String endpoint, Secret key) {
        return new ProviderConfig(endpoint, key, Duration.ofSeconds(60), 4, Map.of(), null, null);
    }

    public ProviderConfig withTimeout(Duration t) {
        return new ProviderConfig(endpoint, key, t, maxConcurrent, options, limits, baseClient);
    }

    public ProviderConfig withMaxConcurrent(int n) {
        return new ProviderConfig(endpoint, key, timeout, n, options, limits, baseClient);
    }

    public ProviderConfig withOption(String name, String value) {
        Map<String, String> m = new TreeMap<>(options);
        m.put(name, value);
        return new ProviderConfig(endpoint, key, timeout, maxConcurrent, m, limits, baseClient);
    }

    public ProviderConfig withLimits(BatchLimits l) {
        return new ProviderConfig(endpoint, key, timeout, maxConcurrent, options, l, baseClient);
    }

    public ProviderConfig withBaseClient(OkHttpClient c) {
        return new ProviderConfig(endpoint, key, timeout, maxConcurrent, options, limits, c);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    @Override
    public String toString() {
        // The record's generated toString would be fine (Secret redacts itself); spelled out to keep it so.
        return "ProviderConfig[endpoint=" + endpoint + ", key=" + (key == null ? "none" : key) + ", timeout=" + timeout
                + ", maxConcurrent=" + maxConcurrent + ", options=" + options + "]";
    }
}
