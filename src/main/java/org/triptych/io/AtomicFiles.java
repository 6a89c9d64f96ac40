package org.triptych.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a whole file through a temporary file beside it, flushed to the disk, and a rename, so a crash or a kill
 * during the save leaves either the old file or the new one, whole. Every save of a user's file goes through here.
 *
 * <p>Files that others read stay readable: the temporary file is created like any new file (the user's umask, not
 * the 0600 of {@link Files#createTempFile}), and when it replaces an existing file it takes that file's permissions
 * first (a glossary shared with a group stays group-readable). A save killed midway leaves its temporary file
 * ({@code .NAME.DIGITS.tmp}); the next save of the same file removes such leftovers, except those this process is
 * writing at that moment.
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

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files being written by this process: never a leftover, whatever their name says. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

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
        Path tmp = newTemporary(abs);
        try {
            removeLeftovers(abs);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                if (durable) {
                    ch.force(true); // on the disk before the rename makes it the file
                }
            }
            keepPermissions(abs, tmp);
            beforeRename.at(tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                IN_FLIGHT.remove(tmp);
            }
        }
    }

    /** A new, empty temporary file beside {@code target}, created with the permissions any new file gets. */
    private static Path newTemporary(Path target) throws IOException {
        while (true) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            IN_FLIGHT.add(tmp);
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                IN_FLIGHT.remove(tmp); // a leftover by chance of the same name: draw another
            } catch (IOException | RuntimeException e) {
                IN_FLIGHT.remove(tmp);
                throw e;
            }
        }
    }

    /** The replaced file's permissions on the file that replaces it, where the file system has POSIX permissions. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
        } catch (NoSuchFileException e) {
            // a first save: the new file keeps the permissions it was created with
        }
    }

    /** Deletes temporary files that earlier saves of {@code target} left behind when they were killed. */
    private static void removeLeftovers(Path target) {
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.\\d+\\.tmp");
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(target.getParent(),
                p -> leftover.matcher(p.getFileName().toString()).matches())) {
            for (Path p : dir) {
                if (!IN_FLIGHT.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // housekeeping only: a folder we may not list or a leftover we may not delete never stops the save
        }
    }
}
