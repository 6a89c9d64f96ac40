package org.triptych.io.export;

import java.io.IOException;
import java.nio.file.Path;
import org.triptych.io.AtomicFiles;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;

/** A version as a web page: {@code lang} and {@code dir} on the page, a heading as {@code h1}, each paragraph a {@code p}. */
final class HtmlVersionWriter implements VersionDocument {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String description() {
        return "Web page (.html)";
    }

    @Override
    public void write(DocumentVersion version, Path file) throws IOException {
        String dir = version.language().isRightToLeft() ? "rtl" : "ltr";
        String title = version.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING).findFirst()
                .or(() -> version.paragraphs().stream().findFirst()).map(Paragraph::text).orElse("");
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(QaReportHtml.esc(version.language().code())).append("\" dir=\"").append(dir).append("\">\n")
                .append("<head><meta charset=\"utf-8\"><title>").append(QaReportHtml.esc(title)).append("</title></head>\n<body>\n");
        for (Paragraph p : version.paragraphs()) {
            String tag = p.kind() == ParagraphKind.HEADING ? "h1" : "p";
            b.append('<').append(tag).append('>').append(QaReportHtml.esc(p.text())).append("</").append(tag).append(">\n");
        }
        AtomicFiles.writeString(file, b.append("</body>\n</html>\n").toString());
    }
}
