package org.triptych.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;

/** Each bad input gives one clear message that names the file and says what to do; nothing crashes. */
class BadInputTest {

    @TempDir
    Path dir;

    private final DocumentImporter importer = new DocumentImporter();

    private ImportException refused(Path file, Language lang) {
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, lang));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no stack-trace vocabulary: " + e.getMessage());
        return e;
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.docx"));
        assertTrue(refused(f, Language.ENGLISH).getMessage().contains("is empty"));
    }

    @Test
    void fileOfZeros() throws Exception {
        Path txt = Files.write(dir.resolve("zeros.txt"), new byte[4096]);
        assertTrue(refused(txt, Language.ENGLISH).getMessage().contains("only zero bytes"));
        Path docx = Files.write(dir.resolve("zeros.docx"), new byte[4096]);
        assertTrue(refused(docx, Language.ENGLISH).getMessage().contains("could not be read as a Word document"));
    }

    @Test
    void truncatedDocx() throws Exception {
        Path whole = ArticleFixtures.docx(dir, Language.RUSSIAN, ArticleFixtures.RU);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        String m = refused(cut, Language.RUSSIAN).getMessage();
        assertTrue(m.contains("Word document") && m.contains("save it again"), m);
    }

    @Test
    void aWordFileThatIsReallyTextIsRefusedNotImportedAsText() throws Exception {
        Path f = Files.writeString(dir.resolve("report.docx"), "zz");
        assertTrue(refused(f, Language.ENGLISH).getMessage().contains("could not be read as a Word document"));
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        Path f = PdfFixtures.passwordProtected(dir.resolve("locked.pdf"));
        assertTrue(refused(f, Language.ENGLISH).getMessage().contains("protected by a password"));
    }

    @Test
    void imageOnlyPdf() throws Exception {
        Path f = PdfFixtures.imageOnly(dir.resolve("scan.pdf"));
        assertTrue(refused(f, Language.ENGLISH).getMessage().contains("no text layer"));
    }

    @Test
    void sixtyMegabyteFileIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
        String m = refused(f, Language.ENGLISH).getMessage();
        assertTrue(m.contains("60.0 MB") && m.contains("up to 50 MB"), m);
    }

    @Test
    void textBeyondTheCharacterLimitIsRefusedNotCut() throws Exception {
        DocumentImporter small = new DocumentImporter(50L * 1024 * 1024, 1_000);
        Path f = ArticleFixtures.html(dir, Language.ENGLISH, new ArticleFixtures.Article("Long",
                List.of("word ".repeat(400) + "end.", "Some more words here.")));
        ImportException e = assertThrows(ImportException.class, () -> small.importFile(f, Language.ENGLISH));
        assertTrue(e.getMessage().contains("more than 1,000 characters"), e.getMessage());
    }

    @Test
    void missingFile() {
        assertTrue(refused(dir.resolve("gone.pdf"), Language.ENGLISH).getMessage().contains("does not exist"));
    }

    @Test
    void corruptPdf() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not a pdf body\n");
        assertTrue(refused(f, Language.ENGLISH).getMessage().contains("could not be read as a PDF"));
    }

    @Test
    void typesetPdfLosesHeadersFootersAndHyphenationAndKeepsParagraphsAcrossPages() throws Exception {
        Path f = PdfFixtures.typeset(dir.resolve("paper.pdf"), "The Daily Ledger · World desk", List.of(
                "Ceasefire talks resume in Geneva",
                "",
                "Delegations from both sides returned to the negoti-",
                "ating table on Monday after a pause of three weeks.",
                "",
                "The envoy said the new round would focus on the",
                "exchange of prisoners and on access for aid convoys",
                "to the besieged districts in the east of the country,",
                "where the United Nations says that more than 12,000",
                "people remain without regular food deliveries.",
                "",
                "Переговоры продолжатся в среду, сообщил представи-",
                "тель делегации."), 4);
        DocumentVersion v = importer.importFile(f, Language.ENGLISH).version();
        assertEquals(List.of(
                "Ceasefire talks resume in Geneva",
                "Delegations from both sides returned to the negotiating table on Monday after a pause of three weeks.",
                "The envoy said the new round would focus on the exchange of prisoners and on access for aid convoys "
                        + "to the besieged districts in the east of the country, where the United Nations says that "
                        + "more than 12,000 people remain without regular food deliveries.",
                "Переговоры продолжатся в среду, сообщил представитель делегации."), v.paragraphTexts());
    }

    @Test
    void aWordFileNestingTenThousandElementsDeepIsRefusedInOneLine() throws Exception {
        Path whole = ArticleFixtures.docx(dir, Language.ENGLISH, ArticleFixtures.EN);
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        body.append("<w:sdt><w:sdtContent>".repeat(5_000));
        body.append("<w:p><w:r><w:t>Deep down.</w:t></w:r></w:p>");
        body.append("</w:sdtContent></w:sdt>".repeat(5_000));
        body.append("</w:body></w:document>");
        Path deep = dir.resolve("deep.docx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(whole));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(deep))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals("word/document.xml")
                        ? body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
        String m = refused(deep, Language.ENGLISH).getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertTrue(m.contains("nest"), m);
    }
}
