package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.terms.SameIndexPairing;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(CheckCommand cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path glossary() throws Exception {
        return write("g.csv", """
                id,type,en,ar,ru,note
                unsc,organisation,Security Council,مجلس الأمن,Совет Безопасности|Совбез [deprecated],
                bogdanov,person,Mikhail Bogdanov,ميخائيل بوغدانوف,Михаил Богданов,
                """);
    }

    @Test
    void presegmentedJsonFollowsTheContract() throws Exception {
        Path en = write("en.txt", "The Security Council met.\nMikhail Bogdanov spoke about 2,254 refugees.\n");
        Path ar = write("ar.txt", "اجتمع مجلس الأمن.\nتحدث ميخائيل بوغدانوف عن 2254 لاجئا.\n");
        Path ru = write("ru.txt", "Собрался Совбез.\nВыступил Михаил Петров о 2250 беженцах.\n");
        Run r = run(new CheckCommand(), "--en", en.toString(), "--ar", ar.toString(), "--ru", ru.toString(),
                "--glossary", glossary().toString(), "--presegmented", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("findings"), iter(root.fieldNames()));
        JsonNode fs = root.get("findings");
        List<String> summary = new ArrayList<>();
        for (JsonNode f : fs) {
            assertEquals(List.of("kind", "severity", "lang", "unit", "start", "end", "text", "concept", "message",
                    "suggestions"), iter(f.fieldNames()));
            summary.add(f.get("lang").asText() + f.get("unit").asInt() + ":" + f.get("kind").asText());
        }
        assertEquals(List.of("ru0:deprecated", "ru1:missing", "ru1:number"), summary);
        JsonNode dep = fs.get(0);
        assertEquals("Совбез", dep.get("text").asText());
        assertEquals("Собрался Совбез.".indexOf("Совбез"), dep.get("start").asInt());
        assertEquals("warning", dep.get("severity").asText());
        assertEquals("unsc", dep.get("concept").asText());
        assertTrue(fs.get(2).get("concept").isNull());
        assertEquals("Совет Безопасности", dep.get("suggestions").get(0).asText());
    }

    @Test
    void articlesArePairedByParagraphAndCsvAndHtmlAreWritten() throws Exception {
        Path en = write("en.txt", "The Security Council met on Monday.\n\nBogdanov said <b>nothing</b> & left the room "
                + "before the vote, telling reporters outside that his delegation would study the draft over the weekend.\n");
        Path ru = write("ru.txt", "\uFEFFСовет Безопасности собрался в понедельник.\n");
        Run csv = run(new CheckCommand(), "--en", en.toString(), "--ru", ru.toString(), "--glossary",
                glossary().toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFkind,severity,lang,unit,start,end,text,concept,message,suggestions\r\n"));
        assertTrue(csv.out().contains("omission,error,ru,1,"), csv.out());
        Path html = dir.resolve("report.html");
        Run h = run(new CheckCommand(), "--en", en.toString(), "--ru", ru.toString(), "--glossary",
                glossary().toString(), "--format", "html", "--output", html.toString());
        assertEquals(0, h.code(), h.err());
        String page = Files.readString(html);
        assertTrue(page.indexOf("Summary by version") < page.indexOf("All findings"));
        assertTrue(page.contains("English units missing: 1"), page);
        assertTrue(page.contains("&lt;b&gt;nothing&lt;/b&gt; &amp; left"), page);
        assertFalse(page.contains("<b>nothing"));
    }

    @Test
    void badInputGivesAClearMessageAndStatus() throws Exception {
        Path en = write("en.txt", "Hello.\n");
        Run noTarget = run(new CheckCommand(), "--en", en.toString());
        assertEquals(2, noTarget.code());
        assertTrue(noTarget.err().contains("--ar") && noTarget.err().contains("--ru"));
        Run missing = run(new CheckCommand(), "--en", en.toString(), "--ru", dir.resolve("nope.txt").toString(),
                "--presegmented");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        Path badGlossary = write("bad.tbx", "<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tbx>&x;</tbx>");
        Run bad = run(new CheckCommand(), "--en", en.toString(), "--ru", en.toString(), "--glossary",
                badGlossary.toString(), "--presegmented");
        assertEquals(2, bad.code(), "the terminology check asked for cannot be made");
        assertTrue(bad.err().contains("bad.tbx") && bad.err().contains("entit"), bad.err());
        assertTrue(bad.err().contains("check: the glossary " + badGlossary + " could not be used (the lines above say why); "
                + "nothing was checked"), bad.err());
        assertEquals("", bad.out());
        Run fmt = run(new CheckCommand(), "--en", en.toString(), "--ru", en.toString(), "--format", "xml");
        assertEquals(2, fmt.code());
    }

    @Test
    void aMissingGlossaryIsNotACheckButOneOfSeveralIsANote() throws Exception {
        Path en = write("en.txt", "The Security Council met.\n");
        Path ru = write("ru.txt", "Совет собрался.\n");
        Path missing = dir.resolve("gone.tbx");
        Run alone = run(new CheckCommand(), "--en", en.toString(), "--ru", ru.toString(), "--glossary", missing.toString(),
                "--presegmented");
        assertEquals(2, alone.code(), "a check with no usable glossary is not the check asked for");
        assertEquals(missing + ": error: no such glossary file\ncheck: the glossary " + missing + " could not be used "
                + "(the lines above say why); nothing was checked\n", alone.err());
        assertEquals("", alone.out());

        Run oneOfTwo = run(new CheckCommand(), "--en", en.toString(), "--ru", ru.toString(), "--glossary", missing.toString(),
                "--glossary", glossary().toString(), "--presegmented");
        assertEquals(0, oneOfTwo.code(), oneOfTwo.err());
        assertTrue(oneOfTwo.err().startsWith(missing + ": error: no such glossary file"), oneOfTwo.err());
        assertTrue(oneOfTwo.out().contains("\"concept\" : \"unsc\""), "the glossary that could be read is used");
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLine() throws Exception {
        Path en = write("en.txt", "Hello.\n");
        Run folder = run(new CheckCommand(), "--en", en.toString(), "--ru", en.toString(), "--presegmented", "--output",
                dir.toString());
        assertEquals(2, folder.code());
        assertEquals("check: no --glossary given; only numbers and versions are compared\ncheck: the report was not "
                + "written to " + dir + ": it is a folder; give a file name\n", folder.err());
        Path nowhere = en.resolve("report.json");
        Run missing = run(new CheckCommand(), "--en", en.toString(), "--ru", en.toString(), "--presegmented", "--output",
                nowhere.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().endsWith("check: the report was not written to " + nowhere + ": " + en
                + " is a file, not a folder\n"), missing.err());
        assertFalse(missing.err().contains("Exception") || missing.err().contains("\tat "), missing.err());
    }

    @Test
    void languageHookAddsFindingsWhenWired() throws Exception {
        Path en = write("en.txt", "Hello.\n");
        Path ru = write("ru.txt", "Привет.\n");
        CheckCommand cmd = new CheckCommand(new org.triptych.workbench.ArticleCheck(new SameIndexPairing(), (lang, unit, text) -> List.of(
                new Finding("grammar", Severity.WARNING, lang, unit, 0, 6, text.substring(0, 6), null, "lt", List.of(), "LT"))));
        Run r = run(cmd, "--en", en.toString(), "--ru", ru.toString(), "--presegmented", "--language");
        assertTrue(r.out().contains("\"grammar\""), r.out());
    }

    @Test
    void languageRunsLanguageToolWithGlossaryNamesAccepted() throws Exception {
        Path en = write("en.txt", "Erik Halvorsen met the delegation on Monday.\n");
        Path ru = write("ru.txt", "Эрик Халворсен встретился с делегацыей в понедельник.\n");
        Path glossary = write("names.csv", "id,type,en,ar,ru,note\nc-halvorsen,person,Erik Halvorsen,إريك هالفورسن,Эрик Халворсен,\n");
        Run r = run(new CheckCommand(), "--en", en.toString(), "--ru", ru.toString(), "--glossary", glossary.toString(),
                "--presegmented", "--language");
        assertEquals(0, r.code(), r.err());
        com.fasterxml.jackson.databind.JsonNode findings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("findings");
        boolean typo = false;
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            String text = f.get("text").asText();
            assertFalse(text.contains("Халворсен") || text.contains("Halvorsen"), "glossary name flagged: " + f);
            if (f.get("kind").asText().equals("spelling") && text.equals("делегацыей")) {
                typo = true;
                assertEquals("ru", f.get("lang").asText());
                assertEquals(28, f.get("start").asInt());
                assertEquals(38, f.get("end").asInt());
            }
        }
        assertTrue(typo, "the misspelt word is found at its span: " + findings);
    }

    @Test
    void theCommandLineGroupsAVersionsWordsRunTogetherAsTheWindowDoes() throws Exception {
        // a space lost in each of two paragraphs: one note for the version, as the window's CheckSession gives it
        Path en = write("en.txt", "The students slept well and got enough sleep.\n"
                + "The professor spoke about the new course.\n");
        Path ar = write("ar.txt", "نام الطلاب جيدا وحصلوا علىالنوم الكافي.\n"
                + "تحدث الأستاذ عنالدورة الجديدة.\n");
        Run r = run(new CheckCommand(), "--en", en.toString(), "--ar", ar.toString(), "--presegmented", "--language");
        assertEquals(0, r.code(), r.err());
        com.fasterxml.jackson.databind.JsonNode findings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("findings");
        int notes = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            String text = f.get("text").asText();
            if (f.get("lang").asText().equals("ar") && (text.contains("علىالنوم") || text.contains("عنالدورة"))) {
                notes++;
                assertEquals("spacing", f.get("kind").asText(), f.toString());
                assertTrue(f.get("message").asText().contains("paragraph 2"), f.toString());
            }
        }
        assertEquals(1, notes, findings.toString());
    }

    private static List<String> iter(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
