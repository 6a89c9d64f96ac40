package org.triptych.io;

import java.nio.file.Path;

/**
 * A file could not be imported. The message is written for the person: it names the file, says what is wrong and
 * what to do about it, and is safe to show as it is.
 */
public class ImportException extends Exception {

    private final transient Path file;

    public ImportException(Path file, String problemAndRemedy) {
        super(name(file) + ": " + problemAndRemedy);
        this.file = file;
    }

    public ImportException(Path file, String problemAndRemedy, Throwable cause) {
        super(name(file) + ": " + problemAndRemedy, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String name(Path file) {
        Path n = file == null ? null : file.getFileName();
        return n == null ? String.valueOf(file) : n.toString();
    }
}
