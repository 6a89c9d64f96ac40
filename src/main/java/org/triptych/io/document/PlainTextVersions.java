package org.triptych.io.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/**
 * Plain UTF-8 text as the check command reads it: one unit per line (presegmented), or an article whose paragraphs
 * are separated by blank lines (a file without blank lines is one paragraph per line). A BOM is skipped. The lead's
 * DocumentImporter (Tika) is the general importer; this is the small exact reader the CLI contract needs.
 */
public final class PlainTextVersions {

    private PlainTextVersions() {
    }

    public static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String s;
        try {
            s = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines of a presegmented file; a final line break does not add an empty unit. */
    public static List<String> lines(Path file) throws IOException {
        String s = readText(file);
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return List.of();
        }
        return List.of(s.split("\n", -1));
    }

    /**
     * An article in any format the importer opens: paragraph i is the i-th non-empty block, as the command-line
     * contract says; encodings are detected and PDFs, Word files and web pages are read through the importer.
     */
    public static DocumentVersion article(Path file, Language language) throws IOException {
        try {
            return IMPORTER.importFile(file, language).version();
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static final DocumentImporter IMPORTER = new DocumentImporter();
}
