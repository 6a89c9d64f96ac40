package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.StandardValidators;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.xliff.XliffReader;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.workbench.ExportRows;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.Session;
import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.TermChecks;

/** XLIFF from the command line: {@code align --xliff}, {@code export PROJECT --xliff}, and a TMX exported as XLIFF. */
class XliffCommandsTest {

    @TempDir
    Path dir;

    private Path file(Language l) throws Exception {
        Path f = dir.resolve("story." + l.code() + ".txt");
        Files.writeString(f, SampleArticle.text(l).replace("\n", "\n\n"), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void alignWritesOneFilePerPairThatPassesTheSchemaOfItsVersion() throws Exception {
        Path prefix = dir.resolve("story");
        AlignCommandTest.Run r = AlignCommandTest.run(new AlignCommand(), "--en", file(Language.ENGLISH).toString(), "--ar",
                file(Language.ARABIC).toString(), "--ru", file(Language.RUSSIAN).toString(), "--level", "sentence",
                "--glossary", "glossaries/sample.tbx", "--xliff", prefix.toString(), "--xliff-version", "1.2");
        assertEquals(0, r.exit(), r.err());
        Path ar = dir.resolve("story.en-ar.xlf");
        Path ru = dir.resolve("story.en-ru.xlf");
        assertEquals("wrote " + ar + "\nwrote " + ru + "\n", r.err());
        assertEquals(List.of(), StandardValidators.xsdErrors(ar, "xliff-1.2/xliff-core-1.2-strict.xsd"));
        assertEquals(List.of(), StandardValidators.xsdErrors(ru, "xliff-1.2/xliff-core-1.2-strict.xsd"));
        String xml = Files.readString(ru);
        assertTrue(xml.contains("<trans-unit id=\"s1\""), "sentence units named by their English sentences");
        assertTrue(xml.contains("<note from=\"glossary\">Erik Halvorsen \u2192 Эрик Халворсен</note>"), "terms of --glossary");
        assertTrue(xml.contains("original=\"story.en.txt\""), "the English file's name, no folder");
        assertFalse(xml.contains(dir.toString()));
        List<Integer> covered = new java.util.ArrayList<>();
        for (var u : new XliffReader().read(ar).units()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("s(\\d+)(?:-(\\d+))?").matcher(u.id());
            assertTrue(m.matches(), u.id());
            int last = m.group(2) == null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2));
            for (int i = Integer.parseInt(m.group(1)); i <= last; i++) {
                covered.add(i);
            }
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(1, SampleArticle.load().english().sentenceTexts().size())
                .boxed().toList(), covered, "every English sentence in one unit, in order");

        AlignCommandTest.Run bad = AlignCommandTest.run(new AlignCommand(), "--en", file(Language.ENGLISH).toString(),
                "--ar", file(Language.ARABIC).toString(), "--level", "paragraph", "--xliff", prefix.toString(),
                "--xliff-version", "3");
        assertEquals(2, bad.exit());
        assertEquals("align: XLIFF version '3' is not one Triptych writes; choose 2.1 (the default) or 1.2.\n", bad.err());
    }

    @Test
    void exportWritesTheXliffTheWindowWrites() throws Exception {
        Session window = new Session(TaskRunner.direct(), new GoldUnitAligner(), new TermChecks());
        window.replace(Project.of(SampleArticle.load()).withGlossaries(List.of(Path.of("glossaries/sample.tbx")
                .toAbsolutePath().toString())), null, true);
        window.confirm(AlignmentLevel.PARAGRAPH, 1);
        Path project = dir.resolve("story.triptych");
        new ProjectFile().write(window.state().toProject(), project);
        new ProjectExports(window, TaskRunner.direct()).exportXliff(AlignmentLevel.PARAGRAPH, dir.resolve("window"),
                XliffVersion.V2_1);

        AlignCommandTest.Run r = AlignCommandTest.run(new ExportCommand(), project.toString(), "--xliff",
                dir.resolve("cli").toString());
        assertEquals(0, r.exit(), r.err());
        for (String pair : List.of("en-ar", "en-ru")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("window." + pair + ".xlf")),
                    Files.readAllBytes(dir.resolve("cli." + pair + ".xlf")), pair);
            assertEquals(List.of(), StandardValidators.xsdErrors(dir.resolve("cli." + pair + ".xlf"),
                    "xliff-2.1/xliff_core_2.0.xsd"));
        }
        assertTrue(Files.readString(dir.resolve("cli.en-ru.xlf")).contains("category=\"finding\""),
                "the findings of a fresh check are notes");
    }

    @Test
    void aTranslationMemoryExportsAsXliffOfFinalUnits() throws Exception {
        Session s = new Session(TaskRunner.direct(), new GoldUnitAligner(), new TermChecks());
        s.replace(Project.of(SampleArticle.load()), null, true);
        Path tmx = dir.resolve("memory.tmx");
        ProjectExports.writeTmx(ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH), tmx);
        AlignCommandTest.Run r = AlignCommandTest.run(new ExportCommand(), tmx.toString(), "--xliff",
                dir.resolve("mem").toString());
        assertEquals(0, r.exit(), r.err());
        String xml = Files.readString(dir.resolve("mem.en-ar.xlf"));
        assertFalse(xml.contains("state=\"translated\""), "a memory's units are confirmed work: final or empty");
        assertTrue(xml.contains("state=\"final\""));
    }
}
