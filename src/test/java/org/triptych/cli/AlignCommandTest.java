package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlignCommandTest {

    @TempDir
    Path dir;

    static final String EN = """
            The city council approved a new budget on Tuesday. The plan sets aside 2,254 million dollars for schools.

            Mayor Helen Porter said the vote was a victory for families.
            Opposition members argued that taxes would rise by 15 percent.

            Will the money reach the poorest districts? The council meets again in March.
            """;
    static final String RU = """
            Во вторник городской совет утвердил новый бюджет.

            План предусматривает 2 254 миллиона долларов на школы.

            Мэр Хелен Портер заявила, что голосование стало победой для семей. Члены оппозиции утверждали, что налоги вырастут на 15 процентов.

            Дойдут ли деньги до самых бедных районов? Совет снова соберется в марте.
            """;
    static final String AR = """
            وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة. تخصص الخطة ٢٬٢٥٤ مليون دولار للمدارس.

            وقالت رئيسة البلدية هيلين بورتر إن التصويت كان انتصارا للعائلات. وقال أعضاء المعارضة إن الضرائب سترتفع بنسبة ١٥ بالمئة.

            هل ستصل الأموال إلى أفقر الأحياء؟ وسيجتمع المجلس مرة أخرى في مارس.
            """;

    record Run(int exit, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void paragraphLevelPrintsTheContractJson() throws Exception {
        Path en = write("en.txt", EN);
        Path ar = write("ar.txt", AR);
        Path ru = write("ru.txt", RU);
        Run r = run(new AlignCommand(), "--en", en.toString(), "--ar", ar.toString(), "--ru", ru.toString(),
                "--level", "paragraph", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().strip().lines().count(), "one JSON object on one line");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("en-ar", "en-ru"), iterable(json.fieldNames()));
        assertEquals(List.of("paragraph"), iterable(json.get("en-ar").fieldNames()));
        assertEquals("[[[0],[0]],[[1],[1]],[[2],[2]]]", json.get("en-ar").get("paragraph").toString());
        assertEquals("[[[0],[0,1]],[[1],[2]],[[2],[3]]]", json.get("en-ru").get("paragraph").toString());
    }

    @Test
    void sentenceLevelPresegmentedUsesLineNumbersAndLeavesOutAMissingPair() throws Exception {
        Path en = write("en.sent.txt", "The council approved the budget on Tuesday.\nIt sets aside 2,254 million dollars.\n"
                + "Mayor Helen Porter praised the vote.\nTaxes will rise by 15 percent next year.\n");
        Path ru = write("ru.sent.txt", "Во вторник совет утвердил бюджет. В нем предусмотрено 2 254 миллиона долларов.\n"
                + "Мэр Хелен Портер похвалила голосование.\nНалоги вырастут на 15 процентов в следующем году.\n");
        Run r = run(new AlignCommand(), "--en", en.toString(), "--ru", ru.toString(), "--level", "sentence",
                "--presegmented", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"en-ru\":{\"sentence\":[[[0,1],[0]],[[2],[1]],[[3],[2]]]}}", r.out().strip());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void writesTmxAndCsvAndKeepsStdoutForJson() throws Exception {
        Path en = write("en.txt", EN);
        Path ar = write("ar.txt", AR);
        Path ru = write("ru.txt", RU);
        Path tmx = dir.resolve("out.tmx");
        Path csv = dir.resolve("out.csv");
        Run r = run(new AlignCommand(), "--en", en.toString(), "--ar", ar.toString(), "--ru", ru.toString(),
                "--level", "paragraph", "--tmx", tmx.toString(), "--csv", csv.toString());
        assertEquals(0, r.exit(), r.err());
        new ObjectMapper().readTree(r.out()); // stdout is still exactly the JSON
        String xml = Files.readString(tmx);
        assertEquals(3, xml.split("<tu ", -1).length - 1);
        assertTrue(xml.contains("<tuv xml:lang=\"ru\"><seg>Во вторник городской совет утвердил новый бюджет. "
                + "План предусматривает 2 254 миллиона долларов на школы.</seg></tuv>"));
        // numbered as the window numbers rows and units (from 1), with each row's status
        assertTrue(Files.readString(csv).startsWith("\uFEFFrow,en_units,en,ar_units,ar,ru_units,ru,status,note\r\n1,1,"),
                Files.readString(csv));
        assertTrue(Files.readString(csv).contains(",automatic,\r\n"), "fresh links are not reviewed");
        assertTrue(xml.contains("<tu tuid=\"1\" ") && xml.contains("<prop type=\"x-link-status\">automatic</prop>"), xml);
        Run reviewed = run(new AlignCommand(), "--en", en.toString(), "--ru", ru.toString(), "--level", "paragraph",
                "--csv", csv.toString(), "--reviewed-only");
        assertEquals(0, reviewed.exit(), reviewed.err());
        assertTrue(reviewed.err().contains("none is reviewed"), reviewed.err());
        assertEquals("\uFEFFrow,en_units,en,ru_units,ru,status,note\r\n", Files.readString(csv));

        Run pairwise = run(new AlignCommand(), "--en", en.toString(), "--ar", ar.toString(), "--ru", ru.toString(),
                "--level", "paragraph", "--tmx", tmx.toString(), "--pairwise");
        assertEquals(0, pairwise.exit(), pairwise.err());
        assertTrue(Files.exists(dir.resolve("out.en-ar.tmx")));
        String enRu = Files.readString(dir.resolve("out.en-ru.tmx"));
        assertFalse(enRu.contains("xml:lang=\"ar\""));
    }

    @Test
    void badInputGivesAClearMessageOnStderr() throws Exception {
        Path en = write("en.txt", EN);
        Run missing = run(new AlignCommand(), "--en", en.toString(), "--ru", dir.resolve("nope.txt").toString(),
                "--level", "paragraph");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        assertTrue(missing.out().isEmpty());

        Run level = run(new AlignCommand(), "--en", en.toString(), "--level", "chapter");
        assertEquals(2, level.exit());
        assertTrue(level.err().contains("paragraph or sentence"), level.err());

        Path empty = write("empty.txt", "\n\n");
        Run r = run(new AlignCommand(), "--en", en.toString(), "--ar", empty.toString(), "--level", "paragraph");
        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"en-ar\":{\"paragraph\":[[[0],[]],[[1],[]],[[2],[]]]}}", r.out().strip());
        assertTrue(r.err().contains("has no text"), r.err());

        Path latin = write("latin.txt", EN);
        Run wrong = run(new AlignCommand(), "--en", en.toString(), "--ar", latin.toString(), "--level", "paragraph");
        assertEquals(0, wrong.exit());
        assertTrue(wrong.err().contains("does not look like ar"), wrong.err());

        Path docx = write("article.docx", "PK not really a document");
        Run refused = run(new AlignCommand(), "--en", docx.toString(), "--level", "paragraph");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains(".docx"), refused.err());

        Path bytes = dir.resolve("latin1.txt");
        Files.write(bytes, new byte[] {'C', 'a', 'f', (byte) 0xE9});
        // not UTF-8: the importer detects the legacy code page and says so on standard error
        Run notUtf8 = run(new AlignCommand(), "--en", bytes.toString(), "--ar", empty.toString(), "--level", "paragraph");
        assertEquals(0, notUtf8.exit(), notUtf8.err());
        assertTrue(notUtf8.err().contains("not UTF-8"), notUtf8.err());
    }

    @Test
    void glossaryIsAcceptedAndPassedThroughTheSeam() throws Exception {
        Path en = write("en.txt", EN);
        Path ru = write("ru.txt", RU);
        Path glossary = write("terms.csv", "en,ru\nbudget,бюджет\n");
        Run r = run(new AlignCommand(), "--en", en.toString(), "--ru", ru.toString(), "--level", "paragraph",
                "--glossary", glossary.toString());
        assertEquals(0, r.exit(), r.err());
        // the glossary is read: one that holds no concept is refused with its reason, not ignored
        Path empty = write("empty.csv", "en,ru\n");
        Run r2 = run(new AlignCommand(), "--en", en.toString(), "--ru", ru.toString(), "--level", "paragraph",
                "--glossary", empty.toString());
        assertEquals(2, r2.exit(), r2.err());
        assertTrue(r2.err().startsWith("align: "), r2.err());
        assertEquals("", r2.out());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
