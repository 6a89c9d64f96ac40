package org.triptych.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.export.TmxWriter;
import org.triptych.model.Alignment;
import org.triptych.model.Bead;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Project;

class TmxReaderTest {

    @TempDir
    Path dir;

    private static final String OMEGAT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1">
              <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
                      creationtoolversion="6.0.0" segtype="sentence" srclang="en"/>
              <body>
                <tu>
                  <tuv lang="en"><seg>The council met on Tuesday.</seg></tuv>
                  <tuv lang="ru" changeid="ana" changedate="20260101T101010Z"><seg>Совет собрался во вторник.</seg></tuv>
                </tu>
                <tu>
                  <tuv lang="en"><seg>It voted <bpt i="1" x="1">&lt;b&gt;</bpt>unanimously<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                  <tuv lang="ru"><seg>Он проголосовал <bpt i="1" x="1">&lt;b&gt;</bpt>единогласно<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    @Test
    void anOmegaTMemoryReadsWithItsCodesDroppedAndBecomesAConfirmedProject() throws Exception {
        Path file = Files.writeString(dir.resolve("project-omegat.tmx"), OMEGAT);
        TmxDocument tmx = new TmxReader().read(file);
        assertEquals("en", tmx.sourceLanguage());
        assertEquals("sentence", tmx.segtype());
        assertEquals("OmegaT", tmx.creationTool());
        assertEquals(2, tmx.units().size());
        assertEquals(Map.of("en", "It voted unanimously.", "ru", "Он проголосовал единогласно."), tmx.units().get(1).variants());
        assertEquals("2", tmx.units().get(1).id(), "position where a unit has no tuid");

        Project p = TmxReader.toProject(tmx, file);
        assertEquals(List.of("The council met on Tuesday.", "It voted unanimously."), p.article().english().paragraphTexts());
        assertEquals(List.of("Совет собрался во вторник.", "Он проголосовал единогласно."),
                p.article().version(Language.RUSSIAN).orElseThrow().paragraphTexts());
        assertEquals("project-omegat.tmx", p.article().english().source());
        Alignment ru = p.alignments().get(0);
        assertEquals(Language.RUSSIAN, ru.target());
        assertEquals(List.of(new Bead(List.of(0), List.of(0), 1.0, LinkStatus.CONFIRMED),
                new Bead(List.of(1), List.of(1), 1.0, LinkStatus.CONFIRMED)), ru.beads());
    }

    @Test
    void aTradosMemoryInUtf16WithRegionCodesAndThreeLanguagesIsRead() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-16"?>
                <tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
                  datatype="xml" segtype="sentence" adminlang="EN-US" srclang="EN-US"/>
                <body>
                  <tu creationdate="20250102T030405Z" tuid="17"><prop type="x-Context">0, 0</prop>
                    <tuv xml:lang="EN-US"><seg>Profits rose <ph x="1" type="0"/>5%.</seg></tuv>
                    <tuv xml:lang="AR-SA"><seg>ارتفعت الأرباح ٥٪.</seg></tuv>
                    <tuv xml:lang="RU-RU"><seg>Прибыль выросла на 5%.</seg></tuv>
                  </tu>
                  <tu tuid="18">
                    <tuv xml:lang="EN-US"><seg>Only English here.</seg></tuv>
                    <tuv xml:lang="RU-RU"><seg>Только по-русски.</seg></tuv>
                  </tu>
                  <tu tuid="19">
                    <tuv xml:lang="AR-SA"><seg>عربي فقط.</seg></tuv>
                  </tu>
                </body></tmx>
                """;
        Path file = dir.resolve("trados.tmx");
        Files.write(file, ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE));
        TmxDocument tmx = new TmxReader().read(file);
        assertEquals("en", tmx.sourceLanguage());
        assertEquals(List.of("en", "ar", "ru"), List.copyOf(tmx.languages()));
        assertEquals("17", tmx.units().get(0).id());
        assertEquals("0, 0", tmx.units().get(0).properties().get("x-Context"));
        assertEquals("Profits rose 5%.", tmx.units().get(0).variants().get("en"));

        Project p = TmxReader.toProject(tmx, file);
        Alignment ar = p.alignments().stream().filter(a -> a.target().equals(Language.ARABIC)).findFirst().orElseThrow();
        assertEquals(List.of(List.of(0), List.of(1), List.of()), ar.beads().stream().map(Bead::english).toList(),
                "the second unit's English has no Arabic; the third unit's Arabic has no English");
        assertEquals(List.of(List.of(0), List.of(), List.of(1)), ar.beads().stream().map(Bead::target).toList());
        assertTrue(ar.beads().stream().allMatch(b -> b.status() == LinkStatus.CONFIRMED));
    }

    @Test
    void whatOurOwnWriterWritesReadsBack() throws Exception {
        Path file = dir.resolve("ours.tmx");
        new TmxWriter("1").write(file, "en", "paragraph", List.of(
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "A & B <ok>."), new TmxWriter.Variant("ar", "أ و ب.")),
                        "r1", LinkStatus.CONFIRMED)));
        TmxDocument tmx = new TmxReader().read(file);
        assertEquals("r1", tmx.units().get(0).id());
        assertEquals("confirmed", tmx.units().get(0).properties().get("x-link-status"));
        assertEquals("A & B <ok>.", tmx.units().get(0).variants().get("en"));
    }

    @Test
    void aMemoryWithoutEnglishAndBadFilesGetOneSentence() throws Exception {
        Path noEnglish = Files.writeString(dir.resolve("ar-ru.tmx"), """
                <tmx version="1.4"><header srclang="ar" segtype="sentence" datatype="plaintext" o-tmf="x" adminlang="en"
                creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="ar"><seg>مرحبا</seg></tuv>
                <tuv xml:lang="ru"><seg>Привет</seg></tuv></tu></body></tmx>""");
        ImportException e = assertThrows(ImportException.class,
                () -> TmxReader.toProject(new TmxReader().read(noEnglish), noEnglish));
        assertTrue(e.getMessage().startsWith("ar-ru.tmx: ") && e.getMessage().contains("no English"), e.getMessage());

        Path entity = Files.writeString(dir.resolve("xxe.tmx"), "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "
                + "\"file:///etc/hostname\">]><tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv></tu></body></tmx>");
        Path notTmx = Files.writeString(dir.resolve("glossary.tmx"), "<martif type=\"TBX\"/>");
        Path cut = Files.writeString(dir.resolve("cut.tmx"), OMEGAT.substring(0, OMEGAT.length() / 2));
        for (Path bad : List.of(entity, notTmx, cut, dir.resolve("missing.tmx"))) {
            ImportException x = assertThrows(ImportException.class, () -> new TmxReader().read(bad));
            assertTrue(x.getMessage().startsWith(bad.getFileName() + ": "), x.getMessage());
            assertFalse(x.getMessage().contains("Exception") || x.getMessage().contains("\n"), x.getMessage());
        }
    }
}
