package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.AlignCommandTest.Run;
import org.triptych.io.StandardValidators;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Concept;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.TermStatus;

/** {@code triptych extract-terms}: the contract's JSON, a TBX-Basic glossary the standard's checks pass, bad input. */
class ExtractTermsCommandTest {

    @TempDir
    Path dir;

    private static final String EN = """
            President Donald Trump arrived in Singapore on Monday for talks on trade.

            Trump said the meeting in Singapore would be short.

            Fumio Kishida will host a dinner for Trump in Tokyo on Wednesday.

            Kishida and Trump last met in Manila in April.

            Officials in Tokyo and Manila expect the talks to cover shipping.
            """;
    private static final String AR = """
            وصل الرئيس دونالد ترامب إلى سنغافورة يوم الاثنين لإجراء محادثات بشأن التجارة.

            وقال ترامب إن الاجتماع في سنغافورة سيكون قصيرا.

            وسيقيم فوميو كيشيدا عشاء لترامب في طوكيو يوم الأربعاء.

            والتقى كيشيدا وترامب آخر مرة في مانيلا في أبريل.

            ويتوقع مسؤولون في طوكيو ومانيلا أن تتناول المحادثات الشحن البحري.
            """;
    private static final String RU = """
            Президент Дональд Трамп прибыл в Сингапур в понедельник для переговоров о торговле.

            Трамп заявил, что встреча в Сингапуре будет короткой.

            Фумио Кисида устроит ужин в честь Трампа в Токио в среду.

            Кисида и Трамп в последний раз встречались в Маниле в апреле.

            Чиновники в Токио и Маниле ожидают, что переговоры коснутся судоходства.
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String[] versions(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--en", write("en.txt", EN).toString(), "--ar",
                write("ar.txt", AR).toString(), "--ru", write("ru.txt", RU).toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static JsonNode candidate(JsonNode root, String en) {
        for (JsonNode c : root.get("candidates")) {
            if (c.get("en").asText().equals(en)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void jsonHasExactlyTheContractsShape() throws Exception {
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), versions("--format", "json"));
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("candidates"), top);
        assertTrue(root.get("candidates").size() >= 4, r.out());
        for (JsonNode c : root.get("candidates")) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            assertEquals(List.of("en", "ar", "ru", "type", "confidence", "count", "units"), keys, c.toString());
            assertTrue(c.get("en").isTextual() && c.get("ar").isTextual() && c.get("ru").isTextual(), c.toString());
            assertTrue(Set.of("person", "organisation", "place").contains(c.get("type").asText()), c.toString());
            assertTrue(c.get("confidence").isNumber() && c.get("confidence").asDouble() > 0
                    && c.get("confidence").asDouble() <= 1, c.toString());
            assertTrue(c.get("count").isInt() && c.get("count").asInt() >= 1, c.toString());
            assertTrue(c.get("units").isArray() && c.get("units").size() >= 1, c.toString());
            c.get("units").forEach(u -> assertTrue(u.isInt(), c.toString()));
        }
        JsonNode trump = candidate(root, "Donald Trump");
        assertEquals("دونالد ترامب", trump.get("ar").asText());
        assertEquals("Дональд Трамп", trump.get("ru").asText());
        assertEquals("person", trump.get("type").asText());
        assertEquals(4, trump.get("count").asInt());
        assertEquals("[0,1,2,3]", trump.get("units").toString(), "the English paragraphs it occurs in");
        assertEquals("Манила", candidate(root, "Manila").get("ru").asText());
    }

    @Test
    void presegmentedPairsLineByLine() throws Exception {
        String en = "Trump wrote to the minister.\nA reply from Trump is expected.\n";
        String ar = "وكتب ترامب إلى الوزير.\nومن المتوقع أن يصل رد من ترامب.\n";
        String ru = "Трамп написал министру.\nОтвет Трампа ожидается.\n";
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), "--en", write("e.txt", en).toString(), "--ar",
                write("a.txt", ar).toString(), "--ru", write("r.txt", ru).toString(), "--presegmented");
        assertEquals(0, r.exit(), r.err());
        JsonNode trump = candidate(new ObjectMapper().readTree(r.out()), "Trump");
        assertEquals("ترامب", trump.get("ar").asText());
        assertEquals("Трамп", trump.get("ru").asText());
        assertEquals("[0,1]", trump.get("units").toString());
    }

    @Test
    void conceptsOfTheGivenGlossariesAreLeftOut() throws Exception {
        Path glossary = write("news.csv", "id,type,en,ar,ru,note\nsg,place,Singapore,سنغافورة,Сингапур,\n");
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), versions("--glossary", glossary.toString()));
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(null, candidate(root, "Singapore"), r.out());
        assertTrue(candidate(root, "Donald Trump") != null, r.out());
    }

    @Test
    void tbxIsATbxBasicGlossaryWithEveryTermAdmitted() throws Exception {
        Path out = dir.resolve("candidates.tbx");
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), versions("--format", "tbx", "--output", out.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        GlossaryLoad load = GlossaryFiles.read(out);
        assertFalse(load.hasErrors(), load.problems().toString());
        Concept trump = load.glossary().concepts().stream()
                .filter(c -> c.terms(Language.ENGLISH).get(0).text().equals("Donald Trump")).findFirst().orElseThrow();
        assertEquals("Дональд Трамп", trump.terms(Language.RUSSIAN).get(0).text());
        assertEquals("دونالد ترامب", trump.terms(Language.ARABIC).get(0).text());
        for (Concept c : load.glossary().concepts()) {
            c.terms().values().forEach(ts -> ts.forEach(t -> assertEquals(TermStatus.ADMITTED, t.status(), c.id())));
        }
        assertEquals(List.of(), StandardValidators.schematronFailures(out, "TBX-Basic_DCA.sch"));
        assertEquals(List.of(), StandardValidators.relaxNgErrors(out, "TBXcoreStructV03.rng"));
    }

    @Test
    void csvIsAGlossaryTheProjectReadsBack() throws Exception {
        Path out = dir.resolve("candidates.csv");
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), versions("--format", "csv", "--output", out.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out).startsWith("\uFEFFid,type,en,ar,ru,note"), Files.readString(out));
        GlossaryLoad load = GlossaryFiles.read(out);
        assertFalse(load.hasErrors(), load.problems().toString());
        assertTrue(load.glossary().concepts().stream().anyMatch(c -> c.terms(Language.RUSSIAN).get(0).text()
                .equals("Манила") && c.terms(Language.RUSSIAN).get(0).status() == TermStatus.ADMITTED));
    }

    @Test
    void foldersOfArticlesPairByFileNameAndNumberTheirUnitsOn() throws Exception {
        for (String l : List.of("en", "ar", "ru")) {
            Files.createDirectories(dir.resolve(l));
        }
        String[] en = EN.split("\n\n");
        String[] ar = AR.split("\n\n");
        String[] ru = RU.split("\n\n");
        Files.writeString(dir.resolve("en/a.txt"), en[0] + "\n\n" + en[1] + "\n");
        Files.writeString(dir.resolve("ar/a.txt"), ar[0] + "\n\n" + ar[1] + "\n");
        Files.writeString(dir.resolve("ru/a.txt"), ru[0] + "\n\n" + ru[1] + "\n");
        Files.writeString(dir.resolve("en/b.txt"), en[1] + "\n\n" + en[3] + "\n");
        Files.writeString(dir.resolve("ar/b.txt"), ar[1] + "\n\n" + ar[3] + "\n");
        Files.writeString(dir.resolve("ru/b.txt"), ru[1] + "\n\n" + ru[3] + "\n");
        Files.writeString(dir.resolve("en/c.txt"), en[4]);
        Run r = AlignCommandTest.run(new ExtractTermsCommand(), "--en", dir.resolve("en").toString(), "--ar",
                dir.resolve("ar").toString(), "--ru", dir.resolve("ru").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("c.txt is taken without its Arabic version"), r.err());
        JsonNode singapore = candidate(new ObjectMapper().readTree(r.out()), "Singapore");
        assertEquals("[0,1,2]", singapore.get("units").toString(), "b.txt's units follow a.txt's: " + r.out());
        assertEquals(3, singapore.get("count").asInt());
    }

    @Test
    void badInputGivesOneClearSentenceAndStatusTwo() throws Exception {
        Path en = write("en.txt", EN);
        Run noTarget = AlignCommandTest.run(new ExtractTermsCommand(), "--en", en.toString());
        assertEquals(2, noTarget.exit());
        assertEquals("extract-terms: give at least one of --ar and --ru\n", noTarget.err());
        Run missing = AlignCommandTest.run(new ExtractTermsCommand(), "--en", en.toString(), "--ru",
                dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("extract-terms: cannot read ") && missing.err().contains("nope.txt"),
                missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        assertEquals("", missing.out());
        Path gone = dir.resolve("gone.tbx");
        Run glossary = AlignCommandTest.run(new ExtractTermsCommand(), versions("--glossary", gone.toString()));
        assertEquals(2, glossary.exit(), "its concepts would be proposed again");
        assertTrue(glossary.err().endsWith("extract-terms: the glossary " + gone + " could not be used (the lines above "
                + "say why); nothing was extracted\n"), glossary.err());
        assertEquals("", glossary.out());
        Run format = AlignCommandTest.run(new ExtractTermsCommand(), versions("--format", "xml"));
        assertEquals(2, format.exit());
    }
}
