package org.triptych.workbench;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportException;
import org.triptych.io.web.FetchedPage;
import org.triptych.io.web.PageFetcher;
import org.triptych.io.web.WebArticleImporter;
import org.triptych.io.web.WebFetchException;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.WebOrigin;

/**
 * Versions read from web pages, for the window and the command line alike: a page fetched and read as an article
 * (boilerplate dropped), the addresses of its other language versions, and the page as served, to keep beside a
 * project. A page saved earlier reads again with no network ({@link #reread}). Every failure is an
 * {@link IOException} whose message is the one sentence the fetcher or the importer wrote for a person.
 */
public final class WebVersions {

    /**
     * One page read as a version.
     *
     * @param alternates the other language versions the page names, by language, most explicit first (the page's
     *                   own language left out)
     */
    public record Read(DocumentVersion version, List<String> warnings, FetchedPage page, Map<Language, String> alternates) {
        public Read {
            Objects.requireNonNull(version, "version");
            warnings = List.copyOf(warnings);
            Objects.requireNonNull(page, "page");
            alternates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
        }

        public Language language() {
            return version.language();
        }

        /** What a project remembers of the page: its addresses, when it was fetched, the name of its copy. */
        public WebOrigin origin() {
            return new WebOrigin(language(), version.source(), page.requested().toString(), page.fetchedAt(),
                    WebOrigin.copyName(language()));
        }
    }

    private final java.util.function.Supplier<WebArticleImporter> make;
    private WebArticleImporter importer;

    /**
     * With the production limits (time, size, redirects; see {@link PageFetcher}), made on first use: a command that
     * reads only files never builds an HTTP client.
     */
    public WebVersions() {
        this.make = () -> new WebArticleImporter(new PageFetcher(), new DocumentImporter());
    }

    /** As {@link #WebVersions()}, pages read through {@code documents} (the window's importer). */
    public WebVersions(DocumentImporter documents) {
        Objects.requireNonNull(documents, "documents");
        this.make = () -> new WebArticleImporter(new PageFetcher(), documents);
    }

    public WebVersions(WebArticleImporter importer) {
        Objects.requireNonNull(importer, "importer");
        this.make = () -> importer;
    }

    private synchronized WebArticleImporter importer() {
        if (importer == null) {
            importer = make.get();
        }
        return importer;
    }

    /** Whether a command-line argument or a typed text is a web address rather than a file. */
    public static boolean isWebAddress(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Fetches {@code address} and reads it as the version in {@code language}. */
    public Read open(String address, Language language) throws IOException {
        try {
            return read(importer().open(address, language));
        } catch (WebFetchException e) {
            throw new IOException(e.getMessage(), e);
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Fetches {@code address} as served, without reading it: for a page kept now and read from its copy later. */
    public FetchedPage fetch(String address) throws IOException {
        try {
            return importer().fetch(address);
        } catch (WebFetchException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Reads a page fetched earlier (a saved copy) as the version in {@code language}, with no network. */
    public Read reread(FetchedPage page, Language language) throws IOException {
        try {
            return read(importer().read(page, language));
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Read read(WebArticleImporter.WebArticle a) {
        Map<Language, String> alternates = new LinkedHashMap<>();
        // by language code, so every run (and every JSON written from it) lists them in the same order
        for (Map.Entry<String, URI> e : new java.util.TreeMap<>(a.alternates()).entrySet()) {
            try {
                alternates.put(Language.of(e.getKey()), e.getValue().toString());
            } catch (IllegalArgumentException notALanguage) {
                // a code we cannot make a language of is no version we could open
            }
        }
        return new Read(a.result().version(), a.result().warnings(), a.page(), alternates);
    }
}
