package org.triptych.io.web;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A web page as it was fetched: the address asked for, the address it finally came from (after redirects), when,
 * what the server said it was, and its bytes exactly as served. A project keeps it beside itself
 * ({@link PageCopies}) so the version reopens, and can be imported again, without the network.
 *
 * @param headerCharset the charset the Content-Type header declared, or null
 */
public record FetchedPage(URI requested, URI finalUrl, Instant fetchedAt, String contentType, String headerCharset,
                          byte[] body) {

    public FetchedPage {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(body, "body");
    }
}
