package org.triptych.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.ParagraphKind;

/**
 * Every version written in every document format comes back through the importer with the same paragraphs (the
 * sample and a news triple written for the tests), and the files say right to left and the language where a word
 * processor looks for them.
 */
class VersionDocumentRoundTripTest {

    @TempDir
    Path dir;

    private final DocumentImporter importer = new DocumentImporter();

    private Article news() throws Exception {
        List<DocumentVersion> versions = new ArrayList<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            Path f = dir.resolve("in-water-" + l.code() + ".txt");
            try (InputStream in = getClass().getResourceAsStream("/org/triptych/ui/news/water-" + l.code() + ".txt")) {
                Files.copy(in, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            versions.add(importer.importFile(f, l).version());
        }
        return new Article(versions.get(0), versions.subList(1, 3));
    }

    private void roundTrip(Article a, String name) throws Exception {
        for (VersionDocument format : VersionDocument.all()) {
            for (DocumentVersion v : a.versions()) {
                Path out = dir.resolve(name + "-" + v.language().code() + "." + format.extension());
                format.write(v, out);
                DocumentVersion back = importer.importFile(out, v.language()).version();
                assertEquals(v.paragraphTexts(), back.paragraphTexts(), format.extension() + " " + v.language());
                if (!format.extension().equals("txt")) {
                    assertEquals(v.paragraphs().stream().map(p -> p.kind() == ParagraphKind.HEADING).toList(),
                            back.paragraphs().stream().map(p -> p.kind() == ParagraphKind.HEADING).toList(),
                            "headings stay headings in " + format.extension() + " " + v.language());
                }
            }
        }
    }

    @Test
    void theSampleComesBackParagraphForParagraphInEveryFormat() throws Exception {
        roundTrip(SampleArticle.load(), "sample");
    }

    @Test
    void theNewsTripleComesBackParagraphForParagraph() throws Exception {
        roundTrip(news(), "water");
    }

    @Test
    void arabicIsRightToLeftAndTaggedWhereWordProcessorsLook() throws Exception {
        DocumentVersion ar = news().version(Language.ARABIC).orElseThrow();
        Path docx = dir.resolve("ar.docx");
        new DocxVersionWriter().write(ar, docx);
        Path odt = dir.resolve("ar.odt");
        new OdtVersionWriter().write(ar, odt);
        Path html = dir.resolve("ar.html");
        new HtmlVersionWriter().write(ar, html);
        try (ZipFile z = new ZipFile(docx.toFile())) {
            String doc = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(ar.paragraphs().size(), count(doc, "<w:bidi/>"), "every paragraph right to left");
            assertEquals(ar.paragraphs().size(), count(doc, "<w:rtl/><w:lang w:bidi=\"ar\"/>"), "every run rtl, tagged ar");
        }
        try (ZipFile z = new ZipFile(odt.toFile())) {
            ZipEntry first = z.entries().nextElement();
            assertEquals("mimetype", first.getName(), "the mimetype entry first");
            assertEquals(ZipEntry.STORED, first.getMethod(), "and stored, not compressed");
            String content = new String(z.getInputStream(z.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(content.contains("style:writing-mode=\"rl-tb\"") && content.contains("style:language-complex=\"ar\""), content);
        }
        assertTrue(Files.readString(html).contains("<html lang=\"ar\" dir=\"rtl\">"));
        DocumentVersion ru = news().version(Language.RUSSIAN).orElseThrow();
        Path ruDocx = dir.resolve("ru.docx");
        new DocxVersionWriter().write(ru, ruDocx);
        try (ZipFile z = new ZipFile(ruDocx.toFile())) {
            String doc = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, count(doc, "<w:bidi/>"));
            assertTrue(doc.contains("<w:lang w:val=\"ru\"/>"));
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
