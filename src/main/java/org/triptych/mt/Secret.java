package org.triptych.mt;

import java.util.Objects;

/**
 * An API key held in memory. Its {@code toString} is redacted so it cannot slip into logs or messages by
 * accident; only this package reads the value, to put it into a request header or body.
 */
public final class Secret {

    private static final String REDACTED = "••••";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A key as given (environment, key store, prompt). Blank values are refused: they are a missing key. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("An API key cannot be blank");
        }
        return new Secret(v);
    }

    String reveal() {
        return value;
    }

    /** Whether the key ends with the given suffix (DeepL free keys end in {@code :fx}). */
    public boolean endsWith(String suffix) {
        return value.endsWith(suffix);
    }

    /** Text with every occurrence of this key replaced, for provider messages that echo what they were sent. */
    String redact(String text) {
        return text == null ? null : text.replace(value, REDACTED);
    }

    /** Redacts with an optional key (providers that run without one). */
    static String redact(Secret secret, String text) {
        return secret == null ? text : secret.redact(text);
    }

    @Override
    public String toString() {
        return "Secret[" + REDACTED + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
