package org.triptych.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxUnitReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatTheWriterWrote() throws Exception {
        List<TmxWriter.Unit> units = List.of(
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "Tom & \"Jerry\" <say> 2 > 1"),
                        new TmxWriter.Variant("ar", "قال توم: «مرحبا»"), new TmxWriter.Variant("ru", "Том  и\nДжерри"))),
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "Only English."))));
        Path file = dir.resolve("a.tmx");
        new TmxWriter("1").write(file, "en", "paragraph", units);
        assertEquals(units, new TmxUnitReader().read(file));
    }

    @Test
    void inlineMarkupLeavesItsTextAndTheOldLangAttributeIsRead() throws Exception {
        Path file = dir.resolve("b.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">"
                + "<tmx version=\"1.4\"><header/><body><tu><tuv lang=\"en\"><seg>a <ph>&lt;b&gt;</ph>bold</seg></tuv>"
                + "</tu><tu></tu></body></tmx>");
        assertEquals(List.of(new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "a <b>bold")))),
                new TmxUnitReader().read(file), "the DTD named is never fetched; an empty tu is no unit");
    }

    @Test
    void aDamagedFileSaysWhich() throws Exception {
        Path file = dir.resolve("c.tmx");
        Files.writeString(file, "<tmx><body><tu>");
        IOException e = assertThrows(IOException.class, () -> new TmxUnitReader().read(file));
        assertTrue(e.getMessage().startsWith(file + " is not a TMX file that can be read"), e.getMessage());
    }
}
