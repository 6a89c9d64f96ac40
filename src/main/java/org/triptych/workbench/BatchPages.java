package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.triptych.io.web.FetchedPage;
import org.triptych.io.web.PageCopies;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/**
 * The web pages a batch's manifest names. Each page is fetched once, when the batch comes to its article, and kept in
 * the article's output folder ({@code OUT/ID/pages/en.html} with what was known about it beside it); from then on the
 * article is read from that copy, as a project reopens from its pages. So a resumed batch does not fetch again and
 * writes the same bytes, and the fingerprint that decides whether an article is done covers the page as it was read.
 * {@code --force} fetches again. Pages are fetched one at a time: a batch does not hammer a news site.
 */
final class BatchPages {

    static final String FOLDER = "pages";

    private final WebVersions web;
    private final Set<Path> copies = ConcurrentHashMap.newKeySet();

    BatchPages(WebVersions web) {
        this.web = web;
    }

    /**
     * The article with each web version replaced by its copy under {@code articleOut}: fetched now when there is
     * none (or when {@code fetchAgain}). A page that cannot be fetched makes the article a failed one, with the
     * fetcher's sentence.
     */
    BatchArticle bringIn(BatchArticle article, Path articleOut, boolean fetchAgain) {
        if (article.addresses().isEmpty() || article.problem() != null) {
            return article;
        }
        Map<Language, Path> files = new LinkedHashMap<>();
        for (Map.Entry<Language, String> e : article.addresses().entrySet()) {
            Path copy = articleOut.resolve(FOLDER).resolve(e.getKey().code() + ".html").toAbsolutePath();
            try {
                if (fetchAgain || !isUsable(copy)) {
                    fetch(e.getValue(), copy);
                }
            } catch (IOException failed) {
                return article.with(Map.of(), "the " + ArticleFinder.name(e.getKey()) + " page " + e.getValue()
                        + " could not be read: " + Session.describe(failed));
            }
            copies.add(copy);
            files.put(e.getKey(), copy);
        }
        return article.with(files, null);
    }

    /** Whether {@code file} is the copy of a page this batch brought in (and is to be read as that page). */
    boolean isCopy(Path file) {
        return copies.contains(file.toAbsolutePath());
    }

    /** The version a copy holds, read as the page it was: the same version `align URL` reads. */
    DocumentVersion read(Path copy, Language language) throws IOException {
        return web.reread(PageCopies.load(copy), language).version();
    }

    /** Fetched only: the article is read once, from the copy, whether fetched now or in an earlier run. */
    private synchronized void fetch(String address, Path copy) throws IOException {
        FetchedPage page = web.fetch(address);
        Files.createDirectories(copy.getParent());
        PageCopies.save(page, copy);
    }

    private static boolean isUsable(Path copy) {
        try {
            PageCopies.load(copy);
            return true;
        } catch (IOException missingOrDamaged) {
            return false;
        }
    }
}
