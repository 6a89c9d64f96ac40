package org.triptych.io.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.triptych.io.AtomicFiles;

/**
 * Keeps a fetched page on disk so a project reopens without the network: the bytes exactly as served in
 * {@code NAME} (e.g. {@code article.triptych-pages/en.html}) and what was known about them in {@code NAME.json}
 * ({@code {"requested", "url", "fetchedAt", "contentType", "charset"}}). Both written atomically; where to put them
 * beside the project file is the project file's business.
 */
public final class PageCopies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageCopies() {
    }

    public static void save(FetchedPage page, Path file) throws IOException {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("requested", page.requested().toString());
        meta.put("url", page.finalUrl().toString());
        meta.put("fetchedAt", page.fetchedAt().toString());
        meta.put("contentType", page.contentType());
        meta.put("charset", page.headerCharset());
        AtomicFiles.write(file, page.body());
        AtomicFiles.write(metadataFile(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
    }

    /** The copy saved at {@code file}; an IOException with a sentence for a person when it is missing or damaged. */
    public static FetchedPage load(Path file) throws IOException {
        Path metaFile = metadataFile(file);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(metaFile)) {
            throw new IOException("The saved copy of the page (" + file.getFileName() + ") is missing; fetch the "
                    + "page again to read it.");
        }
        try {
            JsonNode meta = JSON.readTree(Files.readAllBytes(metaFile));
            return new FetchedPage(new URI(meta.path("requested").asText()), new URI(meta.path("url").asText()),
                    Instant.parse(meta.path("fetchedAt").asText()), meta.path("contentType").asText(""),
                    meta.path("charset").isTextual() ? meta.path("charset").asText() : null, Files.readAllBytes(file));
        } catch (URISyntaxException | DateTimeParseException | IOException e) {
            throw new IOException("The saved copy of the page (" + metaFile.getFileName() + ") is damaged; fetch the "
                    + "page again.", e);
        }
    }

    static Path metadataFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".json");
    }
}
