package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.web.NewsSite;
import org.triptych.model.Language;
import org.triptych.workbench.FileTranslation;

/**
 * Every version argument of the commands may be a web page's address: against a local news site serving the sample
 * article's three versions (never the internet), each command prints exactly what it prints for the same article
 * read from files, and {@code --discover} finds the Arabic and Russian pages from the English one.
 */
class WebAddressCommandsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final NewsSite site = new NewsSite();

    @TempDir
    Path dir;

    @BeforeEach
    void serve() {
        server.setDispatcher(site);
    }

    private String url(Language l) {
        return server.url(NewsSite.PATHS.get(l)).toString();
    }

    private String file(Language l) throws Exception {
        Path f = dir.resolve("story." + l.code() + ".txt");
        if (!Files.exists(f)) {
            Files.writeString(f, SampleArticle.text(l).replace("\n", "\n\n"), StandardCharsets.UTF_8);
        }
        return f.toString();
    }

    @Test
    void importingAPageIsImportingTheArticleAndNamesItsOtherVersions() throws Exception {
        AlignCommandTest.Run fromFile = AlignCommandTest.run(new ImportCommand(), file(Language.ENGLISH), "--lang", "en");
        AlignCommandTest.Run fromWeb = AlignCommandTest.run(new ImportCommand(), url(Language.ENGLISH), "--lang", "en");
        assertEquals(0, fromWeb.exit(), fromWeb.err());
        String expected = fromFile.out().strip()
                .replace("\"file\":\"" + file(Language.ENGLISH) + "\"", "\"file\":\"" + url(Language.ENGLISH) + "\"");
        expected = expected.substring(0, expected.length() - 1) + ",\"alternates\":{\"ar\":\"" + url(Language.ARABIC)
                + "\",\"ru\":\"" + url(Language.RUSSIAN) + "\"}}";
        assertEquals(expected, fromWeb.out().strip(), "the page's menus, switcher, share bar and footer are not the article");
        assertEquals("", fromWeb.err());
        assertFalse(fromFile.out().contains("alternates"), "a file's JSON is as it was");
    }

    @Test
    void alignDiscoversTheOtherVersionsFromTheEnglishPageAndSaysWhichItUsed() throws Exception {
        AlignCommandTest.Run files = AlignCommandTest.run(new AlignCommand(), "--en", file(Language.ENGLISH), "--ar",
                file(Language.ARABIC), "--ru", file(Language.RUSSIAN), "--level", "paragraph");
        AlignCommandTest.Run web = AlignCommandTest.run(new AlignCommand(), "--en", url(Language.ENGLISH), "--discover",
                "--level", "paragraph");
        assertEquals(0, web.exit(), web.err());
        assertEquals(files.out(), web.out(), "the same links as from the files");
        assertEquals("align: discovered ar: " + url(Language.ARABIC) + "\nalign: discovered ru: " + url(Language.RUSSIAN)
                + "\n", web.err());
        assertEquals(3, site.requests(), "the English page is fetched once, for its text and its links");

        AlignCommandTest.Run mixed = AlignCommandTest.run(new AlignCommand(), "--en", url(Language.ENGLISH), "--discover",
                "--ru", file(Language.RUSSIAN), "--level", "paragraph");
        assertEquals(files.out(), mixed.out());
        assertEquals("align: discovered ar: " + url(Language.ARABIC) + "\n", mixed.err(), "a version given is used as given");
    }

    @Test
    void discoverNeedsAPageAndAPageThatIsNotThereIsOneLine() throws Exception {
        AlignCommandTest.Run fromFile = AlignCommandTest.run(new AlignCommand(), "--en", file(Language.ENGLISH), "--discover",
                "--level", "paragraph");
        assertEquals(2, fromFile.exit());
        assertEquals("align: --discover finds the other versions named on the English page: give --en a web address "
                + "(http:// or https://), without --presegmented\n", fromFile.err());

        String missing = server.url("/ar/2026/11/no-such-story").toString();
        AlignCommandTest.Run gone = AlignCommandTest.run(new AlignCommand(), "--en", url(Language.ENGLISH), "--ar", missing,
                "--level", "paragraph");
        assertEquals(2, gone.exit());
        assertEquals("align: " + missing + ": the site has no page at this address (HTTP 404); check the address.\n",
                gone.err());
        assertEquals("", gone.out());
    }

    @Test
    void checkReadsPagesAsItReadsFiles() throws Exception {
        String glossary = Path.of("glossaries/sample.tbx").toString();
        AlignCommandTest.Run files = AlignCommandTest.run(new CheckCommand(), "--en", file(Language.ENGLISH), "--ar",
                file(Language.ARABIC), "--ru", file(Language.RUSSIAN), "--glossary", glossary);
        AlignCommandTest.Run web = AlignCommandTest.run(new CheckCommand(), "--en", url(Language.ENGLISH), "--ar",
                url(Language.ARABIC), "--ru", url(Language.RUSSIAN), "--glossary", glossary);
        assertEquals(0, web.exit(), web.err());
        assertEquals(files.out(), web.out());
        assertTrue(web.out().contains("Гальворсен"), "the sample's deprecated Russian spelling is found on the page too");

        AlignCommandTest.Run preseg = AlignCommandTest.run(new CheckCommand(), "--en", url(Language.ENGLISH), "--ar",
                file(Language.ARABIC), "--presegmented");
        assertEquals(2, preseg.exit());
        assertEquals("check: no --glossary given; only numbers and versions are compared\ncheck: cannot read "
                + url(Language.ENGLISH) + " as presegmented lines: --presegmented reads files with one unit per line, and "
                + "this is a web address\n", preseg.err());
    }

    @Test
    void draftAndBacktranslateTakeAPageAndNameItInTheirOutput() throws Exception {
        Path memory = MemoryDraftCommandTest.memory(dir);
        AlignCommandTest.Run web = AlignCommandTest.run(new DraftCommand(Map.of(), new FileTranslation()), "--provider",
                "memory", "--memory", memory.toString(), "--from", "en", "--to", "ar", url(Language.ENGLISH), "--format", "json");
        assertEquals(0, web.exit(), web.err());
        assertTrue(web.out().contains("\"file\" : \"" + url(Language.ENGLISH) + "\""), web.out());
        assertTrue(web.out().contains("\"source\" : \"" + SampleArticle.load().english().paragraphs().get(1).text()
                .replace("\"", "\\\"") + "\""), "the page's paragraphs are what is drafted");

        AlignCommandTest.Run back = AlignCommandTest.run(new BacktranslateCommand(Map.of(), new FileTranslation()),
                "--provider", "memory", "--memory", memory.toString(), "--from", "ar", url(Language.ARABIC), "--format", "txt");
        assertEquals(0, back.exit(), back.err());
        assertTrue(back.out().startsWith("# " + url(Language.ARABIC) + " → en (translation memory)"), back.out());
    }
}
