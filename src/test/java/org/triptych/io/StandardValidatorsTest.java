package org.triptych.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the export tests rely on accept the standards' own valid samples and catch broken ones. */
class StandardValidatorsTest {

    @TempDir
    Path dir;

    @Test
    void xliffSchemasTellAValidSampleFromABrokenOne() throws Exception {
        Path samples = StandardValidators.folder().resolve("samples");
        assertEquals(List.of(), StandardValidators.xsdErrors(samples.resolve("minimal-2.1.xlf"), "xliff-2.1/xliff_core_2.0.xsd"));
        assertFalse(StandardValidators.xsdErrors(samples.resolve("broken-2.1.xlf"), "xliff-2.1/xliff_core_2.0.xsd").isEmpty());
        assertEquals(List.of(), StandardValidators.xsdErrors(samples.resolve("minimal-1.2.xlf"), "xliff-1.2/xliff-core-1.2-strict.xsd"));
        assertFalse(StandardValidators.xsdErrors(samples.resolve("broken-1.2.xlf"), "xliff-1.2/xliff-core-1.2-strict.xsd").isEmpty());
    }

    @Test
    void theTbxBasicSchematronPassesTheReferenceFileAndCatchesAPrivateNote() throws Exception {
        Path valid = StandardValidators.folder().resolve("Example_Astronomy_DCA_VALID.tbx");
        assertEquals(List.of(), StandardValidators.schematronFailures(valid, "TBX-Basic_DCA.sch"));
        assertEquals(List.of(), StandardValidators.relaxNgErrors(valid, "TBXcoreStructV03.rng"));
        Path bad = Files.writeString(dir.resolve("bad.tbx"), Files.readString(valid)
                .replaceFirst("<termNote type=\"partOfSpeech\">noun</termNote>", "<termNote type=\"x-forbidden\">yes</termNote>"));
        List<String> failures = StandardValidators.schematronFailures(bad, "TBX-Basic_DCA.sch");
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("Permitted type value"), failures.toString());
    }

    @Test
    void theTmxDtdCatchesAUnitWithoutVariants() throws Exception {
        String head = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>";
        Path good = Files.writeString(dir.resolve("good.tmx"), head + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body></tmx>");
        Path bad = Files.writeString(dir.resolve("bad.tmx"), head + "<tu></tu></body></tmx>");
        assertEquals(List.of(), StandardValidators.tmxDtdErrors(good));
        assertFalse(StandardValidators.tmxDtdErrors(bad).isEmpty());
    }
}
