package org.triptych.io.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportException;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/** Web pages by address, against a local server speaking plain HTTP with fixture pages we wrote; never the internet. */
class WebArticleImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private PageFetcher fetcher(Duration timeout, long maxBytes) {
        return new PageFetcher(new OkHttpClient(), timeout, maxBytes, PageFetcher.DEFAULT_MAX_REDIRECTS, CLOCK);
    }

    private WebArticleImporter importer() {
        return new WebArticleImporter(fetcher(Duration.ofSeconds(20), 50L << 20), new DocumentImporter());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebArticleImporterTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static MockResponse html(byte[] body, String contentType) {
        return new MockResponse.Builder().addHeader("Content-Type", contentType).body(new Buffer().write(body)).build();
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    @Test
    void aNewsPageIsReadAsItsArticleAndNamesItsOtherVersionsInItsHead() throws Exception {
        server.enqueue(html(fixture("news-hreflang-en.html"), "text/html; charset=utf-8"));
        WebArticleImporter.WebArticle a = importer().open(url("/en/2026/03/council-extends-mission"), Language.ENGLISH);
        DocumentVersion v = a.result().version();
        assertEquals(List.of("Council extends Hodeidah mission for a year",
                "The United Nations Security Council voted on Tuesday to extend its monitoring mission in the Yemeni port of Hodeidah for another twelve months.",
                "Thirteen members voted in favour and two abstained, diplomats said after the closed session in New York.",
                "The envoy, Erik Halvorsen, welcomed the vote and said the truce had held for most of the past year."),
                v.paragraphTexts(), "menus, share bar, related links and footer dropped");
        assertEquals(url("/en/2026/03/council-extends-mission"), v.source());
        assertEquals(Map.of("ar", URI.create(url("/ar/2026/03/majlis-yumaddid-albiatha")),
                "ru", URI.create("https://ru.gulfwire.example/2026/03/sovet-prodlil-missiyu")), a.alternates());
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), a.page().fetchedAt());
        assertEquals("utf-8", a.page().headerCharset().toLowerCase());
        RecordedRequest req = server.takeRequest();
        assertNull(req.getHeaders().get("Cookie"));
        assertTrue(req.getHeaders().get("Accept").startsWith("text/html"));
    }

    @Test
    void aPageWithOnlyALanguageSwitcherGivesTheSwitchersLinksButNotAQuotedPhrase() throws Exception {
        server.enqueue(html(fixture("switcher-only-en.html"), "text/html"));
        WebArticleImporter.WebArticle a = importer().open(url("/story/4412"), Language.ENGLISH);
        assertEquals(Map.of("ru", URI.create(url("/ru/story/4412")), "ar", URI.create(url("/ar/story/4412"))), a.alternates());
        assertEquals("Aid convoys reach the north", a.result().version().paragraphTexts().get(0));
    }

    @Test
    void openGraphLocalesCountWhereThePageAlsoGivesTheirAddress() throws Exception {
        server.enqueue(html(fixture("og-locale-ru.html"), "text/html; charset=UTF-8"));
        WebArticleImporter.WebArticle a = importer().open(url("/ru/2026/03/sovet"), Language.RUSSIAN);
        assertEquals(Map.of("en", URI.create("https://gulfwire.example/en/2026/03/council-extends-mission"),
                "ar", URI.create(url("/ar/2026/03/majlis"))), a.alternates(), "French is announced but has no address");
    }

    @Test
    void aWindows1256PageDeclaredOnlyInItsMetaTagReadsAsArabic() throws Exception {
        byte[] bytes = fixture("windows-1256-ar.html");
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("الحديدة"), "the fixture is not UTF-8");
        server.enqueue(html(bytes, "text/html"));
        WebArticleImporter.WebArticle a = importer().open(url("/ar/story"), Language.ARABIC);
        assertEquals("مجلس الأمن يمدد بعثة الحديدة عاما", a.result().version().paragraphTexts().get(0));
        assertTrue(a.result().version().paragraphTexts().get(1).startsWith("صوت مجلس الأمن الدولي"));
        assertEquals(List.of(), a.result().warnings());
        assertNull(a.page().headerCharset());
    }

    @Test
    void theHeadersCharsetComesBeforeTheMetaTagAndAByteOrderMarkBeforeBoth() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><article><p>Совет Безопасности "
                + "продлил миссию наблюдателей в порту на двенадцать месяцев, сообщили дипломаты.</p></article></body></html>";
        server.enqueue(html(page.getBytes(Charset.forName("windows-1251")), "text/html; charset=windows-1251"));
        assertTrue(importer().open(url("/a"), Language.RUSSIAN).result().version().paragraphTexts().get(1).startsWith("Совет"));
        byte[] bom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
        server.enqueue(html(bom, "text/html; charset=windows-1252"));
        assertTrue(importer().open(url("/b"), Language.RUSSIAN).result().version().paragraphTexts().get(1).startsWith("Совет"));
    }

    @Test
    void redirectsAreFollowedUpToALimitWithNoCookieKept() throws Exception {
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/moved")
                .addHeader("Set-Cookie", "session=abc; Path=/").build());
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", url("/final")).build());
        server.enqueue(html(fixture("news-hreflang-en.html"), "text/html; charset=utf-8"));
        FetchedPage page = fetcher(Duration.ofSeconds(20), 50L << 20).fetch(url("/start"));
        assertEquals(URI.create(url("/start")), page.requested());
        assertEquals(URI.create(url("/final")), page.finalUrl());
        server.takeRequest();
        assertNull(server.takeRequest().getHeaders().get("Cookie"), "the cookie set by the redirect is not sent back");

        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop" + i).build());
        }
        WebFetchException e = assertThrows(WebFetchException.class, () -> fetcher(Duration.ofSeconds(20), 50L << 20).fetch(url("/loop")));
        assertTrue(e.getMessage().contains("redirected more than 5 times"), e.getMessage());
    }

    @Test
    void errorsTimeoutsAndWhatIsNotAWebPageGetOneSentenceEach() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("<html>Not found</html>").build());
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/pdf").body("%PDF-1.7").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("{}").build());
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        PageFetcher f = fetcher(Duration.ofSeconds(1), 50L << 20);
        List<String> expected = List.of("no page at this address (HTTP 404)", "server error (HTTP 503)",
                "gives a PDF", "gives data", "did not answer within 1 seconds");
        for (String what : expected) {
            String address = url("/p");
            WebFetchException e = assertThrows(WebFetchException.class, () -> f.fetch(address));
            assertTrue(e.getMessage().startsWith(address + ": ") && e.getMessage().contains(what), e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e.getMessage());
        }
        WebFetchException e = assertThrows(WebFetchException.class, () -> f.fetch("ftp://files.example/article.html"));
        assertTrue(e.getMessage().contains("must start with http:// or https://"), e.getMessage());
    }

    @Test
    void aTwentyMegabytePageIsFetchedWholeAndOneOverTheCapIsRefusedWhetherItSaysItsSizeOrNot() throws Exception {
        StringBuilder big = new StringBuilder("<!DOCTYPE html><html><body><article><p>Start.</p>");
        String comment = "<p class=\"comment\">" + "A reader's comment that goes on and on. ".repeat(50) + "</p>\n";
        while (big.length() < 20 * 1024 * 1024) {
            big.append(comment);
        }
        byte[] twenty = big.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        server.enqueue(html(twenty, "text/html; charset=utf-8"));
        assertArrayEquals(twenty, fetcher(Duration.ofSeconds(60), 50L << 20).fetch(url("/big")).body());

        PageFetcher small = fetcher(Duration.ofSeconds(20), 1L << 20);
        server.enqueue(html(new byte[2 << 20], "text/html"));
        WebFetchException declared = assertThrows(WebFetchException.class, () -> small.fetch(url("/declared")));
        assertTrue(declared.getMessage().contains("the page is 2 MB; Triptych fetches pages up to 1 MB"), declared.getMessage());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .chunkedBody(new Buffer().write(new byte[2 << 20]), 64 * 1024).build());
        WebFetchException streamed = assertThrows(WebFetchException.class, () -> small.fetch(url("/chunked")));
        assertTrue(streamed.getMessage().contains("larger than 1 MB"), streamed.getMessage());
    }

    @Test
    void aSavedCopyReopensTheSameVersionWithoutTheNetwork() throws Exception {
        server.enqueue(html(fixture("windows-1256-ar.html"), "text/html"));
        WebArticleImporter imp = importer();
        WebArticleImporter.WebArticle online = imp.open(url("/ar/story"), Language.ARABIC);
        Path copy = dir.resolve("project.pages").resolve("ar.html");
        PageCopies.save(online.page(), copy);
        server.close();

        FetchedPage back = PageCopies.load(copy);
        assertArrayEquals(online.page().body(), back.body());
        assertEquals(online.page().finalUrl(), back.finalUrl());
        assertEquals(online.page().fetchedAt(), back.fetchedAt());
        assertEquals(online.result().version(), imp.read(back, Language.ARABIC).result().version());

        IOException missing = assertThrows(IOException.class, () -> PageCopies.load(dir.resolve("gone.html")));
        assertTrue(missing.getMessage().contains("is missing; fetch the page again"), missing.getMessage());
    }

    @Test
    void aPageWithNoArticleTextIsRefusedInOneSentence() throws Exception {
        server.enqueue(html("<html><body><div id=\"app\"></div><script>render()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html"));
        ImportException e = assertThrows(ImportException.class, () -> importer().open(url("/app"), Language.ENGLISH));
        assertTrue(e.getMessage().contains("holds no article text"), e.getMessage());
        assertTrue(e.isNoText());
    }
}
