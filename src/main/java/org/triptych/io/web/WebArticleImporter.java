package org.triptych.io.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.HtmlCharset;
import org.triptych.io.document.ImportException;
import org.triptych.io.document.ImportResult;
import org.triptych.model.Language;

/**
 * Opens an article by its address: fetches the page ({@link PageFetcher}), reads it as the HTML import reads a
 * saved page (boilerplate dropped), and finds the addresses of its other language versions
 * ({@link LanguageVersions}). The same reading works on a saved copy ({@link #read}), offline.
 */
public final class WebArticleImporter {

    /**
     * What opening an address gave.
     *
     * @param result     the version (its source is the address the page came from) and warnings
     * @param page       the page as fetched: keep it beside the project ({@link PageCopies}) to reopen offline
     * @param alternates the other language versions the page names, by base language code ("ar", "ru")
     */
    public record WebArticle(ImportResult result, FetchedPage page, Map<String, URI> alternates) {
        public WebArticle {
            alternates = Map.copyOf(alternates);
        }
    }

    private final PageFetcher fetcher;
    private final DocumentImporter importer;

    public WebArticleImporter() {
        this(new PageFetcher(), new DocumentImporter());
    }

    public WebArticleImporter(PageFetcher fetcher, DocumentImporter importer) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.importer = Objects.requireNonNull(importer, "importer");
    }

    /** Fetches {@code address} and reads it as the version in {@code language}. */
    public WebArticle open(String address, Language language) throws WebFetchException, ImportException {
        return read(fetcher.fetch(address), language);
    }

    /** Fetches {@code address} without reading it (the page is kept and read later, from its copy). */
    public FetchedPage fetch(String address) throws WebFetchException {
        return fetcher.fetch(address);
    }

    /** Reads a page fetched earlier (a saved copy), with no network. */
    public WebArticle read(FetchedPage page, Language language) throws ImportException {
        String address = page.finalUrl().toString();
        ImportResult result = importer.importWebPage(page.body(), page.headerCharset(), address, language);
        Charset charset = HtmlCharset.of(page.body(), page.headerCharset()).charset();
        Map<String, URI> alternates = LanguageVersions.find(new String(page.body(), charset), page.finalUrl(),
                language.code());
        return new WebArticle(result, page, alternates);
    }
}
