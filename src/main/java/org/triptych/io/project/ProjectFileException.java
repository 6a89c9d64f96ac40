package org.triptych.io.project;

import java.nio.file.Path;

/** A project file that cannot be read as it is; the message names the file and says what to do. Nothing is changed. */
public final class ProjectFileException extends Exception {

    private final Path file;

    public ProjectFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
