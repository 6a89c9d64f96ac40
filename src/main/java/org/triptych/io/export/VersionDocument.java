package org.triptych.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triptych.model.DocumentVersion;

/**
 * A finished version written out as a document a newsroom can publish from: one file per version, one paragraph per
 * paragraph of the window, headings as headings, right-to-left versions set right to left and every paragraph tagged
 * with its language. Each format is one small writer; importing the file again gives the same paragraphs.
 */
public interface VersionDocument {

    /** The file name extension, without the dot ("docx"). */
    String extension();

    /** What a person chooses: "Word document (.docx)". */
    String description();

    /** Writes {@code version} to {@code file} atomically (a temporary file beside it, then a rename). */
    void write(DocumentVersion version, Path file) throws IOException;

    /** Every format, Word first. */
    static List<VersionDocument> all() {
        return List.of(new DocxVersionWriter(), new OdtVersionWriter(), new HtmlVersionWriter(), new TextVersionWriter());
    }

    /** The format for an extension ("DOCX", "odt"), if there is one. */
    static Optional<VersionDocument> forExtension(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.extension().equals(e)).findFirst();
    }
}
