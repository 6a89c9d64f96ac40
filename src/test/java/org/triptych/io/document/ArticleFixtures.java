package org.triptych.io.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.triptych.model.Language;

/**
 * A short three-paragraph article (headline + two paragraphs) in English, Arabic and Russian, written for these
 * tests, and writers that put it into real files of every format we import.
 */
final class ArticleFixtures {

    record Article(String headline, List<String> paragraphs) {
        List<String> all() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(headline), paragraphs.stream()).toList();
        }
    }

    static final Article EN = new Article("Council extends monitoring mission in the north", List.of(
            "The Security Council voted on Tuesday to extend the monitoring mission for another six months. "
                    + "The vote was 13 in favour, with two abstentions.",
            "\"We expect all parties to respect the ceasefire,\" the envoy told reporters in Geneva. "
                    + "He added that 2,450 families had returned home since March. Will the agreement hold?"));

    static final Article AR = new Article("مجلس الأمن يمدد مهمة المراقبة في الشمال", List.of(
            "صوّت مجلس الأمن يوم الثلاثاء على تمديد مهمة المراقبة ستة أشهر أخرى. "
                    + "وجاء التصويت بأغلبية ١٣ صوتا مع امتناع عضوين عن التصويت.",
            "وقال المبعوث للصحفيين في جنيف: «نتوقع من جميع الأطراف احترام وقف إطلاق النار». "
                    + "وأضاف أن 2450 عائلة عادت إلى ديارها منذ آذار/مارس. فهل يصمد الاتفاق؟"));

    static final Article RU = new Article("Совбез продлил миссию наблюдателей на севере", List.of(
            "Совет Безопасности ООН во вторник проголосовал за продление миссии наблюдателей ещё на шесть месяцев. "
                    + "За решение высказались 13 членов, двое воздержались.",
            "«Мы ожидаем, что все стороны будут соблюдать прекращение огня», — заявил спецпосланник журналистам в Женеве. "
                    + "По его словам, с марта домой вернулись 2450 семей. Устоит ли соглашение?"));

    private ArticleFixtures() {
    }

    static Article of(Language language) {
        return switch (language.code()) {
            case "ar" -> AR;
            case "ru" -> RU;
            default -> EN;
        };
    }

    static String plainText(Article a) {
        return String.join("\n\n", a.all()) + "\n";
    }

    static Path html(Path dir, Language lang, Article a) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\""
                + (lang.isRightToLeft() ? " dir=\"rtl\"" : "") + "><head><meta charset=\"utf-8\"><title>"
                + escape(a.headline()) + "</title><style>p{margin:1em}</style>"
                + "<script>var ignored = 'not text';</script></head><body>\n");
        sb.append("<h1>").append(escape(a.headline())).append("</h1>\n");
        for (String p : a.paragraphs()) {
            // a hard line break inside a paragraph must not split it
            String[] halves = splitInTwo(p);
            sb.append("<p>").append(escape(halves[0])).append("<br>\n").append(escape(halves[1])).append("</p>\n");
        }
        sb.append("</body></html>\n");
        Path f = dir.resolve(lang.code() + ".html");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    static Path docx(Path dir, Language lang, Article a) throws IOException {
        Path f = dir.resolve(lang.code() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            for (String p : a.all()) {
                XWPFParagraph para = doc.createParagraph();
                // An empty paragraph between real ones (as people type them) must not create a paragraph.
                para.createRun().setText(p);
                doc.createParagraph();
            }
            doc.write(out);
        }
        return f;
    }

    /** A minimal but valid OpenDocument text: mimetype stored first, manifest, content with a heading. */
    static Path odt(Path dir, Language lang, Article a) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        content.append("<text:h text:outline-level=\"1\">").append(escape(a.headline())).append("</text:h>");
        for (String p : a.paragraphs()) {
            content.append("<text:p>").append(escape(p)).append("</text:p><text:p/>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Path f = dir.resolve(lang.code() + ".odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return f;
    }

    /** RTF with every non-ASCII character written as a \\uN escape, as word processors do. */
    static Path rtf(Path dir, Language lang, Article a) throws IOException {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n");
        for (String p : a.all()) {
            sb.append(lang.isRightToLeft() ? "\\pard\\rtlpar " : "\\pard ");
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c == '\\' || c == '{' || c == '}') {
                    sb.append('\\').append(c);
                } else if (c < 128) {
                    sb.append(c);
                } else {
                    sb.append("\\u").append((int) (short) c).append('?');
                }
            }
            sb.append("\\par\n");
        }
        sb.append("}\n");
        Path f = dir.resolve(lang.code() + ".rtf");
        Files.writeString(f, sb.toString(), StandardCharsets.US_ASCII);
        return f;
    }

    static Path txt(Path dir, String name, Article a, java.nio.charset.Charset cs, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(cs.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF});
        }
        out.write(plainText(a).replace("\n", "\r\n").getBytes(cs));
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }

    static Path shippedPdf(Path dir, Language lang) throws IOException {
        Path f = dir.resolve(lang.code() + "-article.pdf");
        try (var in = ArticleFixtures.class.getResourceAsStream("/import/" + lang.code() + "-article.pdf")) {
            Files.copy(in, f);
        }
        return f;
    }

    private static String[] splitInTwo(String p) {
        int mid = p.indexOf(' ', p.length() / 2);
        return new String[] {p.substring(0, mid), p.substring(mid + 1)};
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
