package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One save of a glossary file, kept as the file's bytes before and after it (null: no file). Undo and redo write the
 * other side back, exactly as it was (another tool's layout, comments and encoding included), and only while the file
 * still holds what this save left there: a file changed since by someone else is never overwritten.
 */
final class GlossaryFileWrite {

    private final String name;
    private final Path file;
    private final byte[] before;
    private final byte[] after;

    GlossaryFileWrite(String name, Path file, byte[] before, byte[] after) {
        this.name = name;
        this.file = file;
        this.before = before == null ? null : before.clone();
        this.after = after == null ? null : after.clone();
    }

    String name() {
        return name;
    }

    Path file() {
        return file;
    }

    /** Puts the content from before the save back; refuses when the file no longer holds what the save wrote. */
    void undo() throws IOException {
        replace(after, before);
    }

    /** Writes the save's content again; refuses when the file no longer holds what was there before the save. */
    void redo() throws IOException {
        replace(before, after);
    }

    private void replace(byte[] expected, byte[] content) throws IOException {
        byte[] now = read(file);
        if (!Arrays.equals(now, expected)) {
            throw new IOException(file.getFileName() + " was " + (now == null ? "deleted" : "changed") + " since by another"
                    + " program; it is left as it is");
        }
        if (content == null) {
            Files.delete(file); // the save made the file; it is still exactly what the save wrote
        } else {
            org.triptych.io.AtomicFiles.write(file, content); // temp file beside it, then a rename
        }
    }

    /** The file's bytes, or null when there is no file. */
    static byte[] read(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }
}
