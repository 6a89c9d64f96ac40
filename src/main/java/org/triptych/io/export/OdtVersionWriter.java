package org.triptych.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.triptych.io.AtomicFiles;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;

/**
 * A version as an OpenDocument text (.odt): the {@code mimetype} entry first and stored uncompressed, as the format
 * requires, then the manifest and the content. A right-to-left version's paragraph styles have
 * {@code style:writing-mode="rl-tb"}, start-aligned text and the language as the complex-script language
 * ({@code style:language-complex}), which LibreOffice shapes and checks Arabic by; other versions use
 * {@code fo:language}. Headings are {@code text:h} of outline level 1.
 */
final class OdtVersionWriter implements VersionDocument {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Override
    public String extension() {
        return "odt";
    }

    @Override
    public String description() {
        return "OpenDocument text (.odt)";
    }

    @Override
    public void write(DocumentVersion version, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            byte[] mime = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            m.setCompressedSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", XML
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
            entry(zip, "content.xml", content(version));
            zip.finish();
        });
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String content(DocumentVersion v) {
        String code = TmxWriter.escape(v.language().code());
        boolean rtl = v.language().isRightToLeft();
        String paragraphProps = rtl ? "<style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"start\"/>" : "";
        String textProps = rtl ? "<style:text-properties style:language-complex=\"" + code + "\"/>"
                : "<style:text-properties fo:language=\"" + code + "\"/>";
        StringBuilder b = new StringBuilder(XML)
                .append("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"")
                .append(" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">")
                .append("<office:automatic-styles>")
                .append("<style:style style:name=\"Body\" style:family=\"paragraph\">").append(paragraphProps).append(textProps)
                .append("</style:style>")
                .append("<style:style style:name=\"Head\" style:family=\"paragraph\">").append(paragraphProps)
                .append(textProps.replace("/>", " fo:font-weight=\"bold\" style:font-weight-complex=\"bold\" fo:font-size=\"16pt\"/>"))
                .append("</style:style></office:automatic-styles><office:body><office:text>");
        for (Paragraph p : v.paragraphs()) {
            String text = TmxWriter.escape(p.text());
            if (p.kind() == ParagraphKind.HEADING) {
                b.append("<text:h text:style-name=\"Head\" text:outline-level=\"1\">").append(text).append("</text:h>");
            } else {
                b.append("<text:p text:style-name=\"Body\">").append(text).append("</text:p>");
            }
        }
        return b.append("</office:text></office:body></office:document-content>").toString();
    }
}
