package org.triptych.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.mt.DraftChecker;
import org.triptych.workbench.FileTranslation;
import picocli.CommandLine;

class BacktranslateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    @Test
    void arabicVersionBackIntoEnglishThroughMicrosoft() throws Exception {
        Path ar = dir.resolve("ar.txt");
        Files.writeString(ar, "اجتمع مجلس الأمن.\n\nقال الوزير إن المحادثات ستستمر.\n");
        server.enqueue(new MockResponse.Builder().body("[{\"translations\":[{\"text\":\"The Security Council met.\",\"to\":\"en\"}]},"
                + "{\"translations\":[{\"text\":\"The minister said the talks would continue.\",\"to\":\"en\"}]}]").build());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BacktranslateCommand(
                Map.of("TRIPTYCH_MICROSOFT_KEY", "ms", "TRIPTYCH_MICROSOFT_REGION", "uaenorth"), new FileTranslation()));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--provider", "microsoft", "--endpoint", server.url("/").toString(), "--from", "ar",
                ar.toString(), "--format", "json", "--no-cache");
        assertEquals(0, code, err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertEquals("en", root.path("targets").get(0).asText());
        JsonNode paras = root.path("files").get(0).path("paragraphs");
        assertEquals("اجتمع مجلس الأمن.", paras.get(0).path("source").asText());
        assertEquals("The minister said the talks would continue.", paras.get(1).path("drafts").path("en").path("text").asText());
        RecordedRequest req = server.takeRequest();
        assertEquals("ar", req.getUrl().queryParameter("from"));
        assertEquals("en", req.getUrl().queryParameter("to"));
        assertEquals("uaenorth", req.getHeaders().get("Ocp-Apim-Subscription-Region"));
        assertTrue(req.getBody().utf8().contains("قال الوزير"));
    }

    @Test
    void englishSourceIsAUsageError() throws Exception {
        Path en = dir.resolve("en.txt");
        Files.writeString(en, "Hello.");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BacktranslateCommand(Map.of(), new FileTranslation()));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("--provider", "libretranslate", "--from", "en", en.toString()));
        assertTrue(err.toString().contains("English"));
    }
}
