package org.triptych.io.export;

import java.io.IOException;
import java.nio.file.Path;
import org.triptych.io.AtomicFiles;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;

/** A version as plain UTF-8 text: one paragraph a line, a blank line between paragraphs (how .txt articles come in). */
final class TextVersionWriter implements VersionDocument {

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String description() {
        return "Plain text (.txt)";
    }

    @Override
    public void write(DocumentVersion version, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : version.paragraphs()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(p.text().replace('\n', ' '));
        }
        AtomicFiles.writeString(file, b.append('\n').toString());
    }
}
