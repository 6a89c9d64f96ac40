package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/**
 * Where the alignment commands get a version from a file: paragraphs with their sentences.
 * The commands use the document importer (any format, see {@link EngineWiring#importer()}), which passes its
 * import warnings to {@code warnings} (the commands print them on standard error).
 */
@FunctionalInterface
interface ArticleReader {
    DocumentVersion read(Path file, Language language, Consumer<String> warnings) throws IOException;
}
