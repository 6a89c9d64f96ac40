package org.triptych.cli;

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
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Concept;
import org.triptych.model.GlossaryLoad;

/** {@code triptych glossary}: glossaries merged and converted, duplicates and conflicts said, bad inputs refused. */
class GlossaryCommandTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE_TBX = Path.of("glossaries/sample.tbx");
    private static final Path SAMPLE_CSV = Path.of("glossaries/sample.csv");
    private static final Path STARTER = Path.of("glossaries/starter-news.tbx");

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<Concept> concepts(Path file) {
        GlossaryLoad load = GlossaryFiles.read(file);
        assertFalse(load.hasErrors(), load.problems().toString());
        return load.glossary().concepts();
    }

    @Test
    void twoGlossariesMergeIntoTbxBasicThatPassesItsSchematron() throws Exception {
        Path out = dir.resolve("news.tbx");
        AlignCommandTest.Run r = AlignCommandTest.run(new GlossaryCommand(), "--in", SAMPLE_TBX.toString(), "--in",
                STARTER.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        concepts(SAMPLE_TBX).forEach(c -> ids.add(c.id()));
        long shared = concepts(STARTER).stream().filter(c -> !ids.add(c.id())).count();
        assertTrue(shared > 0, "the starter glossary repeats some of the sample's institutions");
        assertEquals(ids.size(), concepts(out).size(), "one concept per id");
        assertEquals(shared, r.err().lines().filter(l -> l.contains(": info: duplicate concept ")).count(), r.err());
        assertTrue(r.err().lines().reduce((x, y) -> y).orElse("").matches("glossary: wrote " + java.util.regex.Pattern.quote(
                out.toString()) + ": " + ids.size() + " concepts from 2 files \\(" + shared + " duplicates, \\d+ conflicts\\)"),
                r.err());
        assertEquals(List.of(), StandardValidators.schematronFailures(out, "TBX-Basic_DCA.sch"));
        assertEquals(List.of(), StandardValidators.relaxNgErrors(out, "TBXcoreStructV03.rng"));
        assertFalse(Files.readString(out).contains(dir.toAbsolutePath().toString()), "no folder of this machine in the file");
        assertFalse(Files.readString(out).contains(Path.of("").toAbsolutePath().toString()));
    }

    @Test
    void tbxVersionTwoTsvAndCsvKeepEveryConcept() throws Exception {
        List<Concept> sample = concepts(SAMPLE_TBX);
        for (String name : List.of("omegat.tbx", "sample.tsv", "sample.csv")) {
            Path out = dir.resolve(name);
            List<String> args = new java.util.ArrayList<>(List.of("--in", SAMPLE_TBX.toString(), "--out", out.toString()));
            if (name.equals("omegat.tbx")) {
                args.addAll(List.of("--tbx", "2"));
            }
            AlignCommandTest.Run r = AlignCommandTest.run(new GlossaryCommand(), args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            if (name.endsWith(".tbx")) {
                assertTrue(Files.readString(out).contains("<martif type=\"TBX\""), "v2 for OmegaT and Okapi");
                assertEquals(sample, concepts(out), "term types, statuses, notes and sources come back");
            } else {
                // CSV and TSV carry no term notes or sources (decision 0203): the rest comes back
                assertEquals(sample.stream().map(GlossaryCommandTest::withoutNotes).toList(),
                        concepts(out).stream().map(GlossaryCommandTest::withoutNotes).toList(), name);
            }
        }
        assertTrue(Files.readString(dir.resolve("sample.tsv")).lines().skip(1).allMatch(l -> l.contains("\t")));
    }

    private static Concept withoutNotes(Concept c) {
        java.util.Map<org.triptych.model.Language, List<org.triptych.model.Term>> terms = new java.util.LinkedHashMap<>();
        c.terms().forEach((l, ts) -> terms.put(l, ts.stream().map(t -> t.withNoteAndSource("", "")).toList()));
        return new Concept(c.id(), c.type(), c.note(), terms, "");
    }

    @Test
    void duplicatesAndConflictsAreSaidAndTheFirstFileWins() throws Exception {
        Path a = csv("a.csv", "id,type,en,ar,ru\nunsc,organization,Security Council,مجلس الأمن,Совет Безопасности\n");
        Path b = csv("b.csv", "id,type,en,ar,ru\nunsc,organization,Security Council [deprecated],مجلس الأمن,"
                + "Совет Безопасности\nunga,organization,General Assembly,الجمعية العامة,Генеральная Ассамблея\n");
        Path c = csv("c.csv", "id,type,en,ar,ru\nunga,organization,General Assembly,الجمعية العامة,Генеральная Ассамблея\n");
        Path out = dir.resolve("merged.csv");
        AlignCommandTest.Run r = AlignCommandTest.run(new GlossaryCommand(), "--in", a.toString(), "--in", b.toString(),
                "--in", c.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(b + ": warning: conflict: concept 'unsc' in " + a + " and " + b + " give 'Security Council' (en) as "
                + "preferred and deprecated; keeping preferred\n"
                + b + ": info: duplicate concept 'unsc' in " + a + " and " + b + "; terms merged\n"
                + c + ": info: duplicate concept 'unga' in " + b + " and " + c + "; identical\n"
                + "glossary: wrote " + out + ": 2 concepts from 3 files (2 duplicates, 1 conflicts)\n", r.err());
        assertEquals(2, concepts(out).size());
    }

    @Test
    void anInputThatCannotBeUsedWritesNothingAndExitsOne() throws Exception {
        Path out = dir.resolve("out.tbx");
        Path missing = dir.resolve("gone.tbx");
        AlignCommandTest.Run r = AlignCommandTest.run(new GlossaryCommand(), "--in", SAMPLE_TBX.toString(), "--in",
                missing.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals(missing + ": error: no such glossary file\nglossary: " + missing + " could not be used; nothing was "
                + "written\n", r.err());
        assertFalse(Files.exists(out));

        Path empty = csv("empty.csv", "id,type,en,ar,ru\n");
        AlignCommandTest.Run none = AlignCommandTest.run(new GlossaryCommand(), "--in", empty.toString(), "--out", out.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains(empty + ": error: the glossary holds no concept"), none.err());

        assertEquals(2, AlignCommandTest.run(new GlossaryCommand(), "--in", SAMPLE_CSV.toString(), "--out",
                dir.resolve("out.xlsx").toString()).exit());
        AlignCommandTest.Run tbxForCsv = AlignCommandTest.run(new GlossaryCommand(), "--in", SAMPLE_CSV.toString(), "--out",
                dir.resolve("out.csv").toString(), "--tbx", "2");
        assertEquals(2, tbxForCsv.exit());
        assertEquals("glossary: --tbx goes with a .tbx file, not out.csv\n", tbxForCsv.err());
    }
}
