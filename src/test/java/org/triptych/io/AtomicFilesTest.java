package org.triptych.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("glossary.tbx");
        AtomicFiles.writeString(file, "old content\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("new cont".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old content\n", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aSaveStoppedBeforeTheRenameLeavesTheOldFileAndANewFolderIsMade() throws IOException {
        Path file = dir.resolve("new folder").resolve("report.html");
        AtomicFiles.writeString(file, "first");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> out.write(new byte[] {'x'}), true,
                tmp -> {
                    assertEquals("x", Files.readString(tmp), "the whole new content is in the temporary file");
                    throw new IOException("killed");
                }));
        assertEquals("first", Files.readString(file));
        AtomicFiles.writeCacheEntry(file, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(file));
    }

    @Test
    void aSavedFileKeepsThePermissionsItHad() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path file = dir.resolve("shared.tbx");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(file, "newer");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path plain = Files.createFile(dir.resolve("made-plainly.txt"));
        Path saved = dir.resolve("saved.csv");
        AtomicFiles.writeString(saved, "a,b\r\n");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved),
                "the umask decides, as for any file the user makes");
    }

    @Test
    void leftoversOfAKilledSaveAreRemovedAtTheNextSaveOfThatFile() throws IOException {
        Path file = dir.resolve("glossary.tbx");
        Files.writeString(file, "old");
        Path leftover = dir.resolve(".glossary.tbx.8147258836104573861.tmp");
        Files.writeString(leftover, "half a gloss");
        Path otherFiles = dir.resolve(".glossary.tbx.bak.12.tmp");
        Files.writeString(otherFiles, "not ours");
        Path otherSave = dir.resolve(".notes.txt.12.tmp");
        Files.writeString(otherSave, "another file's save");

        AtomicFiles.writeString(file, "new");

        assertEquals("new", Files.readString(file));
        assertFalse(Files.exists(leftover), "the killed save's temporary file is gone");
        assertTrue(Files.exists(otherFiles), "a name that is not a temporary file of this file stays");
        assertTrue(Files.exists(otherSave), "another file's leftovers wait for that file's next save");
    }
}
