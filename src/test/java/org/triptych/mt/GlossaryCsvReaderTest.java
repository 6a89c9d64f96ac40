package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Language;

class GlossaryCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsConceptRowsIntoPairsFromTheSource() throws Exception {
        Path f = dir.resolve("g.csv");
        Files.writeString(f, "\uFEFFen,ar,ru\r\n\"Security Council\",مجلس الأمن,Совет Безопасности\r\n\r\n"
                + "\"Lavrov, Sergei\",,\"Лавров, Сергей\"\n\"the \"\"Quartet\"\"\",الرباعية,«Квартет»\n");
        Glossary g = GlossaryCsvReader.read(f, Language.ENGLISH, List.of(Language.ARABIC, Language.RUSSIAN));
        assertEquals(List.of(new GlossaryEntry("Security Council", "مجلس الأمن"), new GlossaryEntry("the \"Quartet\"", "الرباعية")),
                g.entries(Language.ENGLISH, Language.ARABIC));
        assertEquals(3, g.entries(Language.ENGLISH, Language.RUSSIAN).size());
        assertEquals("Лавров, Сергей", g.entries(Language.ENGLISH, Language.RUSSIAN).get(1).target());

        Glossary back = GlossaryCsvReader.read(f, Language.ARABIC, List.of(Language.ENGLISH));
        assertEquals(new GlossaryEntry("مجلس الأمن", "Security Council"), back.entries(Language.ARABIC, Language.ENGLISH).get(0));
    }

    @Test
    void problemsNameTheFileAndLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "en,ar\nUN,الأمم,extra\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlossaryCsvReader.read(f, Language.ENGLISH, List.of(Language.ARABIC)));
        assertTrue(e.getMessage().contains("bad.csv, line 2"), e.getMessage());
        Files.writeString(f, "ar,ru\nx,y\n");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GlossaryCsvReader.read(f, Language.ENGLISH, List.of(Language.ARABIC))).getMessage().contains("source language en"));
        Files.writeString(f, "en,ar\n\"open,x\n");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GlossaryCsvReader.read(f, Language.ENGLISH, List.of(Language.ARABIC))).getMessage().contains("not closed"));
    }
}
