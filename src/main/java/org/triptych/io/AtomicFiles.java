package org.triptych.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file through a temporary file beside it, flushed to the disk, and a rename, so a crash or a kill
 * during the save leaves either the old file or the new one, whole. Every save of a user's file goes through here.
 */
public final class AtomicFiles {

    /** What goes into the file, written to a stream that the caller must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Called with the finished temporary file just before the rename (tests stop a save there). */
    @FunctionalInterface
    public interface BeforeRename {
        void at(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, true, t -> { });
    }

    /**
     * A file whose loss costs nothing but time (a cache entry): still whole or absent after a crash, but not flushed
     * to the disk first, which would make a batch of a thousand entries wait on the disk a thousand times.
     */
    public static void writeCacheEntry(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content), false, t -> { });
    }

    public static void write(Path target, Content content, boolean durable, BeforeRename beforeRename) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                if (durable) {
                    ch.force(true); // on the disk before the rename makes it the file
                }
            }
            beforeRename.at(tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
