package org.triptych.io.xliff;

/** An XLIFF file could not be read; the message names the file and says why in words for a person. */
public final class XliffReadException extends Exception {

    public XliffReadException(String message) {
        super(message);
    }

    public XliffReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
