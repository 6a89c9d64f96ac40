package org.triptych.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;

/** Every format in every language, read from real files, must give the article's paragraphs and sentences. */
class DocumentImporterTest {

    @TempDir
    static Path dir;

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    @BeforeAll
    static void warmUp() {
        // nothing: files are made per test; the importer is shared so Tika's parser is built once
    }

    interface Writer {
        Path write(Path dir, Language lang, ArticleFixtures.Article a) throws IOException;
    }

    static Stream<Arguments> formats() {
        List<Language> langs = List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN);
        Stream.Builder<Arguments> b = Stream.builder();
        for (Language l : langs) {
            b.add(Arguments.of("txt", l, (Writer) (d, lang, a) -> ArticleFixtures.txt(d, lang.code() + ".txt", a, StandardCharsets.UTF_8, false)));
            b.add(Arguments.of("html", l, (Writer) ArticleFixtures::html));
            b.add(Arguments.of("docx", l, (Writer) ArticleFixtures::docx));
            b.add(Arguments.of("odt", l, (Writer) ArticleFixtures::odt));
            b.add(Arguments.of("rtf", l, (Writer) ArticleFixtures::rtf));
            b.add(Arguments.of("pdf", l, (Writer) (d, lang, a) -> ArticleFixtures.shippedPdf(d, lang)));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formats")
    void everyFormatGivesTheArticlesParagraphsAndSentences(String format, Language lang, Writer writer) throws Exception {
        ArticleFixtures.Article article = ArticleFixtures.of(lang);
        Path sub = dir.resolve(format);
        java.nio.file.Files.createDirectories(sub);
        ImportResult result = IMPORTER.importFile(writer.write(sub, lang, article), lang);
        DocumentVersion v = result.version();

        assertEquals(article.all(), v.paragraphTexts(), "paragraph texts, exactly as written");
        assertEquals(List.of(), result.warnings(), "no language warning for the right column");
        assertEquals(1, v.paragraphs().get(0).sentences().size(), "the headline is one sentence");
        assertEquals(2, v.paragraphs().get(1).sentences().size());
        assertEquals(3, v.paragraphs().get(2).sentences().size());
        if (!format.equals("docx") && !format.equals("rtf")) { // those two carry no heading markup here
            assertEquals(ParagraphKind.HEADING, v.paragraphs().get(0).kind(), "headline recognised as heading");
        }
        if (lang.equals(Language.ARABIC)) {
            assertTrue(v.paragraphs().get(1).text().contains("١٣"), "Arabic-Indic digits kept as written");
            assertTrue(v.paragraphs().get(2).text().contains("«نتوقع"), "Arabic quotation marks in logical order");
            assertTrue(v.paragraphs().get(2).text().endsWith("؟"), "Arabic question mark kept");
        }
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(ArticleFixtures.AR, Language.ARABIC, Charset.forName("windows-1256"), false),
                Arguments.of(ArticleFixtures.AR, Language.ARABIC, Charset.forName("ISO-8859-6"), false),
                Arguments.of(ArticleFixtures.RU, Language.RUSSIAN, Charset.forName("windows-1251"), false),
                Arguments.of(ArticleFixtures.RU, Language.RUSSIAN, Charset.forName("KOI8-R"), false),
                Arguments.of(ArticleFixtures.RU, Language.RUSSIAN, StandardCharsets.UTF_16LE, true),
                Arguments.of(ArticleFixtures.AR, Language.ARABIC, StandardCharsets.UTF_16BE, true),
                Arguments.of(ArticleFixtures.AR, Language.ARABIC, StandardCharsets.UTF_16LE, false),
                Arguments.of(ArticleFixtures.RU, Language.RUSSIAN, StandardCharsets.UTF_16BE, false),
                Arguments.of(ArticleFixtures.EN, Language.ENGLISH, StandardCharsets.UTF_16LE, false),
                Arguments.of(ArticleFixtures.RU, Language.RUSSIAN, StandardCharsets.UTF_8, true));
    }

    @ParameterizedTest(name = "{2} bom={3}")
    @MethodSource("encodings")
    void plainTextEncodingsAreDetected(ArticleFixtures.Article a, Language lang, Charset cs, boolean bom) throws Exception {
        // Legacy code pages lack some characters (Arabic-Indic digits, guillemets, dashes): write what each can
        // hold, as a real file in that encoding would.
        ArticleFixtures.Article article = new ArticleFixtures.Article(encodable(a.headline(), cs),
                a.paragraphs().stream().map(p -> encodable(p, cs)).toList());
        Path f = ArticleFixtures.txt(dir, "enc-" + cs.name() + "-" + bom + ".txt", article, cs, bom);
        DocumentVersion v = IMPORTER.importFile(f, lang).version();
        assertEquals(article.all(), v.paragraphTexts());
    }

    private static String encodable(String s, Charset cs) {
        java.nio.charset.CharsetEncoder enc = cs.newEncoder();
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (enc.canEncode(c)) {
                sb.append(c);
            } else if (Character.isDigit(c)) {
                sb.append(Character.digit(c, 10));
            } else if (c == '«' || c == '»') {
                sb.append('"');
            } else if (c == '—') {
                sb.append('-');
            } // else: a diacritic the code page cannot hold is dropped
        }
        return sb.toString();
    }

    @Test
    void textWithoutBlankLinesHasOneParagraphPerLine() {
        DocumentVersion v = DocumentImporter.fromText("Title\nFirst paragraph here.\nSecond one.\n", Language.ENGLISH, "x");
        assertEquals(List.of("Title", "First paragraph here.", "Second one."), v.paragraphTexts());
        assertEquals(ParagraphKind.HEADING, v.paragraphs().get(0).kind());
    }

    @Test
    void hardWrappedTextJoinsLinesAndUndoesHyphenation() {
        DocumentVersion v = DocumentImporter.fromText("The negoti-\nations went on\n\n\n\nuntil dawn.  Then they stopped.\n",
                Language.ENGLISH, "x");
        assertEquals(List.of("The negotiations went on", "until dawn. Then they stopped."), v.paragraphTexts());
        Paragraph p = v.paragraphs().get(1);
        assertEquals(2, p.sentences().size());
    }

    @Test
    void aRussianFileOpenedAsArabicIsWarnedAbout() throws Exception {
        Path f = ArticleFixtures.txt(dir, "wrong-column.txt", ArticleFixtures.RU, StandardCharsets.UTF_8, false);
        ImportResult r = IMPORTER.importFile(f, Language.ARABIC);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("Russian") && r.warnings().get(0).contains("Arabic"), r.warnings().get(0));
        assertFalse(r.version().isEmpty(), "the text is still imported: the person decides");
    }

    @Test
    void englishTextInTheRussianColumnIsWarnedAbout() throws Exception {
        Path f = ArticleFixtures.html(dir, Language.ENGLISH, ArticleFixtures.EN);
        ImportResult r = IMPORTER.importFile(f, Language.RUSSIAN);
        assertTrue(r.warnings().get(0).contains("English"), r.warnings().toString());
    }

    @Test
    void unknownExtensionIsRefusedWithTheFormatsWeOpen() {
        Path f = dir.resolve("notes.xyz");
        ImportException e = assertThrows(ImportException.class, () -> IMPORTER.importFile(f, Language.ENGLISH));
        assertTrue(e.getMessage().startsWith("notes.xyz: .xyz files are not supported"), e.getMessage());
        assertTrue(e.getMessage().contains(".docx"));
    }
}
