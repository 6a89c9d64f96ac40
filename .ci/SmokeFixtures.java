import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the bundled sample article as .docx (Arabic), .odt (Russian) and .rtf (English) for .ci/package-smoke, so
 * the installed package is shown to import every office format through the Tika modules it keeps. Plain JDK, run
 * as {@code java .ci/SmokeFixtures.java OUT_DIR}; the files carry only what the formats require.
 */
public class SmokeFixtures {

    private static final Path SAMPLE = Path.of("src/main/resources/org/triptych/sample");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        writeDocx(paragraphs("ar"), out.resolve("article-ar.docx"));
        writeOdt(paragraphs("ru"), out.resolve("article-ru.odt"));
        Files.writeString(out.resolve("article-en.rtf"), rtf(paragraphs("en")), StandardCharsets.US_ASCII);
    }

    private static List<String> paragraphs(String lang) throws IOException {
        List<String> result = new ArrayList<>();
        for (String block : Files.readString(SAMPLE.resolve("article-" + lang + ".txt")).split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                result.add(block.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        return result;
    }

    private static void writeDocx(List<String> paragraphs, Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(xml(p)).append("</w:t></w:r></w:p>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""", false);
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""", false);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>", false);
        }
    }

    private static void writeOdt(List<String> paragraphs, Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // The format asks for "mimetype" first and stored, so a reader can identify the file from its bytes.
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text", true);
            entry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""", false);
            entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>",
                    false);
        }
    }

    /** RTF is 7-bit: anything else is written as a signed 16-bit \\u escape followed by a '?' fallback. */
    private static String rtf(List<String> paragraphs) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1\n");
        for (String p : paragraphs) {
            for (char c : p.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    out.append('\\').append(c);
                } else if (c < 128) {
                    out.append(c);
                } else {
                    out.append("\\u").append((int) (short) c).append('?');
                }
            }
            out.append("\\par\n");
        }
        return out.append("}\n").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text, boolean stored) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
