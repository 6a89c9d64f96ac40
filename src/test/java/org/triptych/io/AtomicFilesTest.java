package org.triptych.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
