package org.triptych.io.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;

/**
 * A news site for tests, served by MockWebServer: the bundled sample article as three language versions of one story,
 * each page with what real news pages carry around the article (menu, language switcher, share bar, related links,
 * footer) and the other versions named in its head by {@code <link rel="alternate" hreflang>}. Any other address is a
 * 404. The pages are written here from the sample's text, so a test can compare what is read with the text itself.
 */
public final class NewsSite extends Dispatcher {

    /** Where each version lives on the site. */
    public static final Map<Language, String> PATHS = Map.of(
            Language.ENGLISH, "/en/2026/11/yemen-group-agrees-to-hodeidah-truce",
            Language.ARABIC, "/ar/2026/11/hudna-al-hudaydah",
            Language.RUSSIAN, "/ru/2026/11/peremirie-hodeida");

    private final AtomicInteger requests = new AtomicInteger();

    /** How many requests the site has answered. */
    public int requests() {
        return requests.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        String path = request.getUrl().encodedPath();
        for (Map.Entry<Language, String> e : PATHS.entrySet()) {
            if (e.getValue().equals(path)) {
                return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                        .body(new Buffer().write(page(e.getKey()).getBytes(StandardCharsets.UTF_8))).build();
            }
        }
        return new MockResponse.Builder().code(404).addHeader("Content-Type", "text/html")
                .body("<html><body><h1>Page not found</h1></body></html>").build();
    }

    /** The version's page: the sample's paragraphs as the article (the first as its headline), the site around it. */
    public static String page(Language language) {
        List<String> paragraphs = SampleArticle.text(language).lines().filter(l -> !l.isBlank()).toList();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\"")
                .append(language.isRightToLeft() ? " dir=\"rtl\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(paragraphs.get(0))).append(" | Gulf Wire</title>\n");
        for (Language other : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            b.append("<link rel=\"alternate\" hreflang=\"").append(other.code()).append("\" href=\"")
                    .append(PATHS.get(other)).append("\">\n");
        }
        b.append("</head>\n<body>\n<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>\n");
        b.append("<div class=\"language-switcher\"><a hreflang=\"en\" href=\"").append(PATHS.get(Language.ENGLISH))
                .append("\">English</a> <a hreflang=\"ar\" href=\"").append(PATHS.get(Language.ARABIC))
                .append("\">العربية</a> <a hreflang=\"ru\" href=\"").append(PATHS.get(Language.RUSSIAN))
                .append("\">Русский</a></div></header>\n<main>\n<article>\n<h1>").append(escape(paragraphs.get(0)))
                .append("</h1>\n<div class=\"share-bar\"><a href=\"/share/x\">Share</a> <a href=\"/share/f\">Post</a></div>\n");
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            b.append("<p>").append(escape(p)).append("</p>\n");
        }
        b.append("</article>\n<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/world/1\">Port talks stall</a>"
                + "</li><li><a href=\"/world/2\">Aid agencies warn of shortages</a></li></ul></aside>\n</main>\n"
                + "<footer><p>© 2026 Gulf Wire. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\n"
                + "</body>\n</html>\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
