package org.triptych.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a version read from a web page came from: the address the page finally came from (the version's
 * {@link DocumentVersion#source()}), the address asked for, when it was fetched, and the name of the page's copy kept
 * beside the project (so the project reopens, and the page can be read again, with no network).
 *
 * @param url       the address the page came from after redirects; the version's source while this origin holds
 * @param requested the address the person gave
 * @param copy      the saved copy's file name inside the project's pages folder ("ar.html"); no folders
 */
public record WebOrigin(Language language, String url, String requested, Instant fetchedAt, String copy) {

    public WebOrigin {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        requested = requested == null || requested.isBlank() ? url : requested;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(copy, "copy");
        if (copy.isBlank() || copy.contains("/") || copy.contains("\\") || copy.startsWith(".")) {
            throw new IllegalArgumentException("A page copy is a plain file name, not '" + copy + "'");
        }
    }

    /** The copy's usual name for a language's page: "ar.html". */
    public static String copyName(Language language) {
        return language.code() + ".html";
    }

    /** Whether this origin still describes {@code version}: same language, and the version still comes from its address. */
    public boolean describes(DocumentVersion version) {
        return version.language().equals(language) && version.source().equals(url);
    }
}
