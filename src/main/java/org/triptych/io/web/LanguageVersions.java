package org.triptych.io.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triptych.model.Language;
import org.triptych.text.LanguageProfile;

/**
 * Finds a page's other language versions in what the page itself says, most explicit first:
 * <ol>
 * <li>{@code <link rel="alternate" hreflang="ar" href="...">} in the head (what search engines read);</li>
 * <li>language-switcher links marked {@code <a hreflang="ru" href="...">}, then {@code <a lang="ru" href="...">}
 * with a short text (a link in a sentence that only quotes a foreign word is not a switcher);</li>
 * <li>{@code <meta property="og:locale:alternate" content="ar_AR">} only names a language; it counts where the page
 * also gives that language's address: a link whose address names the language (a path segment {@code /ar/}, a
 * subdomain {@code ar.}, {@code ?lang=ar}) or whose text is a name of the language (what its
 * {@link LanguageProfile#switcherNames()} lists: العربية, Русский, Arabic).</li>
 * </ol>
 * The page's own language ({@code <html lang>}, or the one it was opened as) and {@code x-default} are left out; only
 * http(s) addresses count, resolved against the page's address (or its {@code <base href>}).
 */
public final class LanguageVersions {

    private static final int SWITCHER_TEXT_MAX = 40;

    private LanguageVersions() {
    }

    /**
     * The other versions' addresses by base language code ("ar", "ru"), sorted by code.
     *
     * @param pageLanguage the language the page was opened as, used when it declares none
     */
    public static Map<String, URI> find(String html, URI pageUrl, String pageLanguage) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        String own = base(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));
        own = own.isEmpty() ? base(pageLanguage) : own;
        Map<String, URI> found = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][hreflang][href]")) {
            put(found, link.attr("hreflang"), link.absUrl("href"), own, pageUrl);
        }
        for (Element a : doc.select("a[hreflang][href]")) {
            put(found, a.attr("hreflang"), a.absUrl("href"), own, pageUrl);
        }
        for (Element a : doc.select("a[lang][href]")) {
            if (a.text().strip().length() <= SWITCHER_TEXT_MAX) {
                put(found, a.attr("lang"), a.absUrl("href"), own, pageUrl);
            }
        }
        for (Element meta : doc.select("meta[property=og:locale:alternate][content]")) {
            String lang = base(meta.attr("content"));
            if (lang.isEmpty() || found.containsKey(lang) || lang.equals(own)) {
                continue;
            }
            for (Element a : doc.select("a[href]")) {
                String href = a.absUrl("href");
                if (namesLanguage(href, lang) || isLanguageName(a.text(), lang)) {
                    put(found, lang, href, own, pageUrl);
                    break;
                }
            }
        }
        return new TreeMap<>(found);
    }

    private static void put(Map<String, URI> found, String hreflang, String href, String own, URI page) {
        String lang = base(hreflang);
        if (lang.isEmpty() || lang.equals("x") || lang.equals(own) || found.containsKey(lang) || href.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && !sameDocument(uri, page)) {
                found.put(lang, uri);
            }
        } catch (URISyntaxException e) {
            // an address the page got wrong is no version
        }
    }

    /** Whether the address names the language: a path segment, a subdomain or a lang/hl parameter. */
    static boolean namesLanguage(String href, String lang) {
        try {
            URI u = new URI(href);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
            String query = u.getQuery() == null ? "" : u.getQuery().toLowerCase(Locale.ROOT);
            return host.startsWith(lang + ".")
                    || path.matches(".*/" + lang + "(?:[-_][a-z]{2})?(?:/.*)?")
                    || query.matches("(?:.*&)?(?:lang|hl|language|locale)=" + lang + "(?:[-_][a-z]{2})?(?:&.*)?");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether a link's text is a name of the language: what its profile says switchers call it. */
    private static boolean isLanguageName(String text, String lang) {
        Language language;
        try {
            language = Language.of(lang);
        } catch (IllegalArgumentException notACode) {
            return false;
        }
        return LanguageProfile.of(language).switcherNames().contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean sameDocument(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && strip(a.getPath()).equals(strip(b.getPath())) && java.util.Objects.equals(a.getQuery(), b.getQuery());
    }

    private static String strip(String path) {
        String p = path == null ? "" : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** "ar-SA", "ru_RU", "EN" as "ar", "ru", "en"; "x-default" as "x". */
    static String base(String code) {
        String c = code == null ? "" : code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        c = dash > 0 ? c.substring(0, dash) : c;
        return c.matches("[a-z]{1,3}") ? c : "";
    }
}
