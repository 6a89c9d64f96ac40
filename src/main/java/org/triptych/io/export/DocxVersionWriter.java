package org.triptych.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.triptych.io.AtomicFiles;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;

/**
 * A version as a Word document (Office Open XML, the smallest package Word and LibreOffice open: content types,
 * relationships, styles, the document). Headings use the built-in "heading 1" style. A right-to-left version has
 * {@code w:bidi} on every paragraph and {@code w:rtl} on its runs, and its language in {@code w:lang/@w:bidi} (the
 * complex-script language Word spell-checks and shapes Arabic by); a left-to-right one in {@code w:lang/@w:val}.
 */
final class DocxVersionWriter implements VersionDocument {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public String description() {
        return "Word document (.docx)";
    }

    @Override
    public void write(DocumentVersion version, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            entry(zip, "[Content_Types].xml", XML
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", XML
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/_rels/document.xml.rels", XML
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/styles.xml", styles(version));
            entry(zip, "word/document.xml", document(version));
            zip.finish();
        });
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The run properties every run of the version has: right to left and the language. */
    private static String runProperties(DocumentVersion v) {
        String code = TmxWriter.escape(v.language().code());
        return v.language().isRightToLeft() ? "<w:rtl/><w:lang w:bidi=\"" + code + "\"/>" : "<w:lang w:val=\"" + code + "\"/>";
    }

    /** Defaults for the whole document (language, direction) and the heading style importers recognise by name. */
    private static String styles(DocumentVersion v) {
        String bidi = v.language().isRightToLeft() ? "<w:bidi/>" : "";
        return XML + "<w:styles " + W + ">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + runProperties(v) + "</w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr>" + bidi + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
                + "</w:styles>";
    }

    private static String document(DocumentVersion v) {
        StringBuilder b = new StringBuilder(XML).append("<w:document ").append(W).append("><w:body>");
        String bidi = v.language().isRightToLeft() ? "<w:bidi/>" : "";
        for (Paragraph p : v.paragraphs()) {
            String style = p.kind() == ParagraphKind.HEADING ? "<w:pStyle w:val=\"Heading1\"/>" : "";
            b.append("<w:p><w:pPr>").append(style).append(bidi).append("</w:pPr><w:r><w:rPr>").append(runProperties(v))
                    .append("</w:rPr><w:t xml:space=\"preserve\">").append(TmxWriter.escape(p.text()))
                    .append("</w:t></w:r></w:p>");
        }
        return b.append("<w:sectPr/></w:body></w:document>").toString();
    }
}
