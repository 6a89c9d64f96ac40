package org.triptych.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/**
 * Where the alignment commands get a version from a file: paragraphs with their sentences.
 * {@link PlainTextArticleReader} reads .txt articles; the project's document importer (any format) plugs in here.
 */
@FunctionalInterface
interface ArticleReader {
    DocumentVersion read(Path file, Language language) throws IOException;
}
