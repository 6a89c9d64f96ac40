package org.triptych.io.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;

/** A related form a glossary states (лейборист for the Labour Party) survives CSV and TBX in both directions. */
class DerivedTermOptionTest {

    @TempDir
    Path dir;

    private static final String CSV = "id,type,en,ru\nlabour,organisation,Labour Party,Лейбористская партия|лейборист [admitted derived]\n";

    @Test
    void csvReadsAndWritesTheDerivedFlag() throws Exception {
        GlossaryLoad load = new CsvGlossaryReader().read(CSV, "g.csv");
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        List<Term> ru = load.glossary().concepts().get(0).terms(Language.RUSSIAN);
        assertFalse(ru.get(0).derived());
        assertTrue(ru.get(1).derived());
        String written = new CsvGlossaryWriter().write(load.glossary());
        assertTrue(written.contains("лейборист [derived]"), written);
        assertTrue(new CsvGlossaryReader().read(written, "again.csv").glossary().concepts().get(0)
                .terms(Language.RUSSIAN).get(1).derived());
    }

    @Test
    void tbxKeepsItInTheMatchingNote() throws Exception {
        GlossaryLoad load = new CsvGlossaryReader().read(CSV, "g.csv");
        for (TbxWriter.Version v : TbxWriter.Version.values()) {
            Path f = dir.resolve("g-" + v + ".tbx");
            new TbxWriter().write(load.glossary(), v, f);
            assertTrue(Files.readString(f).contains(TbxWriter.MATCHING_NOTE + " " + TbxWriter.DERIVED_FORM));
            List<Term> ru = GlossaryFiles.read(f).glossary().concepts().get(0).terms(Language.RUSSIAN);
            assertEquals(List.of(false, true), ru.stream().map(Term::derived).toList());
        }
    }
}
