package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDictionaryTest {

    @Test
    void wordsSurviveReopeningAndNoTemporaryFileIsLeft(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("dictionary.txt");
        PersonalDictionary d = PersonalDictionary.open(file);
        assertTrue(d.words().isEmpty());
        assertTrue(d.add("  Ахрар аш-Шам "));
        assertTrue(d.add("دي ميستورا"));
        assertFalse(d.add("دي ميستورا"));
        PersonalDictionary again = PersonalDictionary.open(file);
        assertEquals(Set.of("Ахрар аш-Шам", "دي ميستورا"), again.words());
        assertTrue(again.remove("دي ميستورا"));
        assertEquals(Set.of("Ахрар аш-Шам"), PersonalDictionary.open(file).words());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "only the dictionary itself");
        }
    }

    @Test
    void commentsAndBlankLinesAreSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.txt");
        Files.writeString(file, "# mine\n\nQuirrelbant\n", StandardCharsets.UTF_8);
        assertEquals(Set.of("Quirrelbant"), PersonalDictionary.open(file).words());
    }

    @Test
    void badInputIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.txt");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        IOException e = assertThrows(IOException.class, () -> PersonalDictionary.open(file));
        assertTrue(e.getMessage().contains(file.toString()));
        PersonalDictionary ok = PersonalDictionary.open(dir.resolve("ok.txt"));
        assertThrows(IllegalArgumentException.class, () -> ok.add(" "));
        assertThrows(IllegalArgumentException.class, () -> ok.add("two\nlines"));
    }

    @Test
    void defaultPathIsInTheSettingsFolder() {
        Path p = PersonalDictionary.defaultPath();
        assertTrue(p.endsWith(Path.of("triptych", "dictionary.txt")), p.toString());
    }
}
