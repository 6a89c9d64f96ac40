package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.Session;
import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.TermChecks;

/**
 * {@code export PROJECT}: what a person corrected in the window, exported by a script, byte for byte what the
 * window's File ▸ Export writes from the same project.
 */
class ExportCommandTest {

    @TempDir
    Path dir;

    /** The sample as a person left it: rows merged, a cell moved, a word corrected, then saved. */
    private Session corrected(Path project) throws Exception {
        Session s = new Session(TaskRunner.direct(), new GoldUnitAligner(), new TermChecks());
        s.replace(Project.of(SampleArticle.load()).withGlossaries(List.of(Path.of("glossaries/sample.tbx")
                .toAbsolutePath().toString())), null, true);
        s.mergeWithNext(AlignmentLevel.PARAGRAPH, 0);
        s.move(AlignmentLevel.PARAGRAPH, 2, Language.ARABIC, -1);
        s.editText(AlignmentLevel.PARAGRAPH, Language.RUSSIAN, 1, SampleArticle.load().version(Language.RUSSIAN)
                .orElseThrow().paragraphs().get(1).text() + " (правка)");
        new ProjectFile().write(s.state().toProject(), project);
        s.markSaved(s.state(), project); // as the window's Save leaves it: the report names the project's file
        return s;
    }

    @Test
    void tmxCsvAndReportAreWhatTheWindowWrites() throws Exception {
        Path project = dir.resolve("story.triptych");
        Session window = corrected(project);
        ProjectExports exports = new ProjectExports(window, TaskRunner.direct());
        exports.exportTmx(AlignmentLevel.PARAGRAPH, dir.resolve("window.tmx"));
        exports.exportCsv(AlignmentLevel.PARAGRAPH, dir.resolve("window.csv"));
        exports.exportReport(dir.resolve("window.html"));

        AlignCommandTest.Run r = AlignCommandTest.run(new ExportCommand(), project.toString(), "--tmx",
                dir.resolve("cli.tmx").toString(), "--csv", dir.resolve("cli.csv").toString(), "--report",
                dir.resolve("cli.html").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "nothing on standard output: the files are the result");
        assertEquals(withoutDate(Files.readString(dir.resolve("window.tmx"))), withoutDate(Files.readString(dir.resolve("cli.tmx"))));
        assertArrayEquals(Files.readAllBytes(dir.resolve("window.csv")), Files.readAllBytes(dir.resolve("cli.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("window.html")), Files.readAllBytes(dir.resolve("cli.html")));
        assertTrue(Files.readString(dir.resolve("cli.csv")).contains("(правка)"), "the correction is exported");
        assertTrue(Files.readString(dir.resolve("cli.html")).contains("Гальворсена"),
                "the report holds the sample's deprecated Russian spelling, found by a fresh check");
    }

    @Test
    void pairwiseWritesOneFilePerPairAndSentencesAreAlignedWhenTheProjectHasNone() throws Exception {
        Path project = dir.resolve("story.triptych");
        corrected(project);
        AlignCommandTest.Run r = AlignCommandTest.run(new ExportCommand(), project.toString(), "--tmx",
                dir.resolve("out.tmx").toString(), "--pairwise", "--level", "sentence");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("out.en-ar.tmx")) && Files.exists(dir.resolve("out.en-ru.tmx")), r.err());
        assertFalse(Files.exists(dir.resolve("out.tmx")));
        String ar = Files.readString(dir.resolve("out.en-ar.tmx"));
        assertTrue(ar.contains("segtype=\"sentence\"") && !ar.contains("xml:lang=\"ru\""), "English and Arabic only");
    }

    @Test
    void aDamagedProjectIsOneLineAndExitOneAndNothingIsWritten() throws Exception {
        Path project = dir.resolve("story.triptych");
        corrected(project);
        String json = Files.readString(project);
        String damaged = json.replaceFirst("\"english\" : \\[ \\d+", "\"english\" : [ 9999");
        assertFalse(json.equals(damaged), "the damage is made");
        Files.writeString(project, damaged);
        AlignCommandTest.Run r = AlignCommandTest.run(new ExportCommand(), project.toString(), "--tmx",
                dir.resolve("out.tmx").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("export: The project story.triptych is damaged: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("at org."), r.err());
        assertFalse(Files.exists(dir.resolve("out.tmx")));

        AlignCommandTest.Run missing = AlignCommandTest.run(new ExportCommand(), dir.resolve("nope.triptych").toString(),
                "--csv", dir.resolve("out.csv").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void nothingToWriteIsBadUsage() throws Exception {
        Path project = dir.resolve("story.triptych");
        corrected(project);
        assertEquals(2, AlignCommandTest.run(new ExportCommand(), project.toString()).exit());
        assertEquals(2, AlignCommandTest.run(new ExportCommand(), project.toString(), "--pairwise", "--csv", "x.csv").exit());
        assertEquals(2, AlignCommandTest.run(new ExportCommand(), project.toString(), "--csv", "x.csv", "--level", "page").exit());
    }

    private static String withoutDate(String tmx) {
        return tmx.replaceAll("creationdate=\"[^\"]*\"", "");
    }
}
