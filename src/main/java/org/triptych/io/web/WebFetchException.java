package org.triptych.io.web;

/**
 * A page could not be fetched. The message is one sentence for a person: it names the address, says what happened
 * (not found, server error, no answer in time, not a web page, too large) and what to do; safe to show as it is.
 */
public final class WebFetchException extends Exception {

    public WebFetchException(String message) {
        super(message);
    }

    public WebFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
