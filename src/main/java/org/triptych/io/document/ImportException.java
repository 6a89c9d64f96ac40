package org.triptych.io.document;

import java.nio.file.Path;

/**
 * A file could not be imported. The message is written for the person: it names the file, says what is wrong and
 * what to do about it, and is safe to show as it is.
 */
public class ImportException extends Exception {

    private final transient Path file;
    private boolean noText;

    public ImportException(Path file, String problemAndRemedy) {
        super(name(file) + ": " + problemAndRemedy);
        this.file = file;
    }

    public ImportException(Path file, String problemAndRemedy, Throwable cause) {
        super(name(file) + ": " + problemAndRemedy, cause);
        this.file = file;
    }

    /** A refusal about something that is not a file (a fetched web page): {@code name} is its address. */
    public ImportException(String name, String problemAndRemedy, Throwable cause) {
        super(name + ": " + problemAndRemedy, cause);
        this.file = null;
    }

    /** The file refused, or null when what was refused is not a file (a web page). */
    public Path file() {
        return file;
    }

    /**
     * True when the file was read but holds no text at all (empty, blank or only zero bytes): a caller comparing
     * versions may treat it as an empty version rather than an error.
     */
    public boolean isNoText() {
        return noText;
    }

    ImportException markNoText() {
        noText = true;
        return this;
    }

    private static String name(Path file) {
        Path n = file == null ? null : file.getFileName();
        return n == null ? String.valueOf(file) : n.toString();
    }
}
