package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/**
 * A version named on the command line by a file path or a web address ({@code --en}, {@code --ar}, {@code --ru},
 * {@code FILE}), read either way: a file through the document importer, an address through {@link WebVersions}.
 */
final class VersionSources {

    private final ArticleReader files;
    private final WebVersions web;

    VersionSources(ArticleReader files, WebVersions web) {
        this.files = files;
        this.web = web;
    }

    /** The version {@code source} names; import warnings go to {@code warnings}. */
    DocumentVersion read(String source, Language language, Consumer<String> warnings) throws IOException {
        if (WebVersions.isWebAddress(source)) {
            WebVersions.Read page = web.open(source, language);
            page.warnings().forEach(warnings);
            return page.version();
        }
        return files.read(path(source), language, warnings);
    }

    /** A file argument as a path; one sentence where the text cannot name a file on this system. */
    static Path path(String source) throws IOException {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            throw new IOException("'" + source + "' is neither a file name nor a web address (http:// or https://)", e);
        }
    }
}
