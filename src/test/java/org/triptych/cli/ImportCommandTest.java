package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsParagraphsAndSentencesWithOffsetsAsJson() throws Exception {
        Path f = dir.resolve("ru.txt");
        Files.writeString(f, "Заголовок статьи\n\nПервое предложение. Второе, т.е. последнее.\n", StandardCharsets.UTF_8);
        Run r = run("import", f.toString(), "--lang", "ru");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ru", json.get("lang").asText());
        JsonNode paragraphs = json.get("paragraphs");
        assertEquals(2, paragraphs.size());
        assertEquals("heading", paragraphs.get(0).get("kind").asText());
        JsonNode sentences = paragraphs.get(1).get("sentences");
        assertEquals(2, sentences.size());
        assertEquals("Второе, т.е. последнее.", sentences.get(1).get("text").asText());
        assertEquals(20, sentences.get(1).get("start").asInt());
        assertEquals(43, sentences.get(1).get("end").asInt());
    }

    @Test
    void wrongColumnWarningGoesToStandardErrorAndJson() throws Exception {
        Path f = dir.resolve("en.txt");
        Files.writeString(f, "The council said on Monday that the talks with the envoy were over and that it would vote.\n");
        Run r = run("import", f.toString(), "--lang", "ar");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("looks like English"), r.err());
        assertEquals(1, new ObjectMapper().readTree(r.out()).get("warnings").size());
    }

    @Test
    void badFileGivesOneClearLineAndExitCodeOne() throws Exception {
        Path f = Files.write(dir.resolve("broken.docx"), new byte[] {1, 2, 3});
        Run r = run("import", f.toString(), "--lang", "en");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("triptych import: broken.docx: "), r.err());
    }

    @Test
    void helpIsAvailableOnTheCommand() {
        Run r = run("import", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--lang"));
    }

    @Test
    void badLanguageCodeIsAUsageError() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Text.");
        Run r = run("import", f.toString(), "--lang", "english!");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Not a language code"), r.err());
    }
}
