package org.triptych.io.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.text.LanguageGuesser;
import org.triptych.text.SentenceSegmenter;
import org.xml.sax.SAXException;

/**
 * Reads an article in any of the formats translators receive (.txt, .html, .docx, .odt, .rtf, .pdf) into a
 * {@link DocumentVersion} of paragraphs and sentences.
 *
 * <p>Plain text is decoded by {@link TextDecoder} (Tika's charset guess fails on UTF-16 without a mark) and cut at
 * blank lines; every other format goes through Tika, whose limits are set here on purpose: a cap on file size and on
 * extracted characters (Tika's own facade silently stops at 100,000 characters, which cuts long articles), and
 * zip-bomb protection through its compression-ratio and nesting checks.
 */
public final class DocumentImporter {

    /** Formats we open; anything else gets a clear refusal instead of Tika's best guess. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "docx", "odt", "rtf", "pdf");

    private final long maxFileBytes;
    private final long maxChars;
    private volatile Parser parser;
    private volatile Parser htmlParser;

    /** Saved web pages: read with {@link ArticleHtmlMapper} and {@link BlockCollector#forHtml}, boilerplate dropped. */
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final int HTML_MAX_DEPTH = 2000;

    /** Limits suited to news articles: 50 MB per file, 5 million characters of text. */
    public DocumentImporter() {
        this(50L * 1024 * 1024, 5_000_000L);
    }

    public DocumentImporter(long maxFileBytes, long maxChars) {
        this.maxFileBytes = maxFileBytes;
        this.maxChars = maxChars;
    }

    /**
     * Imports {@code file} as the version in {@code expected}. Warns (does not refuse) when the text looks like
     * another language than the column it was opened into.
     */
    public ImportResult importFile(Path file, Language expected) throws ImportException {
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new ImportException(file, (ext.isEmpty() ? "the file has no extension" : "." + ext + " files are not supported")
                    + ". Triptych opens .txt, .html, .docx, .odt, .rtf and .pdf; save the article in one of those formats.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "the file does not exist (was it moved or renamed?). Choose it again.");
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read (" + e.getClass().getSimpleName()
                    + "). Check that you have permission to read it.", e);
        }
        if (size == 0) {
            throw new ImportException(file, "the file is empty, so there is nothing to import. Check that you chose the right file.")
                    .markNoText();
        }
        if (size > maxFileBytes) {
            throw new ImportException(file, String.format(Locale.ROOT,
                    "the file is %.1f MB; Triptych imports files up to %d MB. Save the article text alone "
                            + "(for example as .txt or as .docx without images) and open that.",
                    size / 1048576.0, maxFileBytes / 1048576));
        }
        checkSignature(file, ext);
        if ((ext.equals("docx") || ext.equals("odt")) && NestingDepthCheck.deepestNesting(file) > NestingDepthCheck.MAX_DEPTH) {
            throw new ImportException(file, String.format(Locale.ROOT, "its text is nested more than %,d levels deep, "
                    + "which no real document needs and which Triptych refuses for safety. Open it in your word "
                    + "processor, save it again (or save the article as .txt) and open that.", NestingDepthCheck.MAX_DEPTH));
        }
        List<ParagraphAssembler.AssembledParagraph> paragraphs;
        List<String> warnings = new ArrayList<>();
        if (ext.equals("txt") || ext.equals("text")) {
            paragraphs = readPlainText(file, warnings);
        } else if (ext.equals("pdf")) {
            paragraphs = ParagraphAssembler.assemble(readPdf(file));
        } else {
            paragraphs = ParagraphAssembler.assemble(readWithTika(file, ext));
        }
        if (paragraphs.isEmpty()) {
            if (ext.equals("pdf")) {
                throw new ImportException(file, "the PDF has no text layer (it is probably a scanned image). "
                        + "Run OCR on it first, or open a text version of the article.");
            }
            throw new ImportException(file, "the file contains no text. Check that you chose the right file.").markNoText();
        }
        DocumentVersion version = build(expected, file.toString(), paragraphs);
        languageWarning(file, expected, version).ifPresent(warnings::add);
        return new ImportResult(version, warnings);
    }

    /**
     * Imports a web page from its bytes as served (fetched by URL, or its saved copy read back offline): the
     * charset as {@link HtmlCharset} decides it (the server's {@code headerCharset} may be null), then the same
     * article reading as a saved .html file, boilerplate dropped. {@code address} names the page in the version's
     * source and in messages.
     */
    public ImportResult importWebPage(byte[] page, String headerCharset, String address, Language expected)
            throws ImportException {
        if (page.length > maxFileBytes) {
            throw new ImportException(address, String.format(Locale.ROOT, "the page is %.1f MB; Triptych imports pages "
                    + "up to %d MB. Save the article text alone and open that.", page.length / 1048576.0,
                    maxFileBytes / 1048576), null);
        }
        HtmlCharset.Decision charset = HtmlCharset.of(page, headerCharset);
        BlockCollector collector = BlockCollector.forHtml(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "page.html");
        metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=" + charset.charset().name());
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, ArticleHtmlMapper.INSTANCE);
        // the charset decided above, not Tika's own guess
        context.set(org.apache.tika.detect.EncodingDetector.class, (in, md) -> charset.charset());
        try (InputStream in = TikaInputStream.get(page)) {
            htmlParser().parse(in, collector, metadata, context);
        } catch (BlockCollector.TooMuchTextException e) {
            throw new ImportException(address, String.format(Locale.ROOT, "the page holds more than %,d characters "
                    + "of text, far more than an article.", maxChars), e);
        } catch (TikaException | SAXException | IOException | RuntimeException | StackOverflowError e) {
            throw new ImportException(address, "the page could not be read as a web page (" + rootCause(e)
                    + "). Save it from your browser and open the saved file.", e);
        }
        List<ParagraphAssembler.AssembledParagraph> paragraphs = ParagraphAssembler.assemble(collector.blocks());
        if (paragraphs.isEmpty()) {
            throw new ImportException(address, "the page holds no article text (it may be built by scripts in the "
                    + "browser). Save it from your browser once it shows the article, and open the saved file.", null)
                    .markNoText();
        }
        DocumentVersion version = build(expected, address, paragraphs);
        List<String> warnings = new ArrayList<>();
        if (charset.from().equals("guess") && !charset.charset().equals(StandardCharsets.UTF_8)) {
            warnings.add(address + ": the page declares no character set; read as "
                    + charset.charset().displayName(Locale.ROOT) + ". Check the text looks right.");
        }
        languageWarning(address, expected, version).ifPresent(warnings::add);
        return new ImportResult(version, warnings);
    }

    /**
     * Builds a version from text already in memory (a bundled sample, a pasted article): paragraphs are separated by
     * blank lines, or are single lines when the text has no blank line at all.
     */
    public static DocumentVersion fromText(String text, Language language, String source) {
        return build(language, source, splitPlainText(text));
    }

    private List<ParagraphAssembler.AssembledParagraph> readPlainText(Path file, List<String> warnings) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read (" + e.getClass().getSimpleName() + ").", e);
        }
        if (allZero(bytes)) {
            throw new ImportException(file, "the file holds only zero bytes, no text; it is probably damaged. Open another copy.");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
            warnings.add(file.getFileName() + ": read as " + decoded.charset().displayName(Locale.ROOT)
                    + " (not UTF-8); check the text looks right.");
        }
        String text = decoded.text().replace("\u0000", "");
        if (text.length() > maxChars) {
            throw tooMuchText(file);
        }
        return splitPlainText(text);
    }

    private static List<ParagraphAssembler.AssembledParagraph> splitPlainText(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        boolean hasBlankLine = t.strip().matches("(?s).*\\n[ \\t\\u00A0]*\\n.*");
        String[] chunks = hasBlankLine ? t.split("\\n[ \\t\\u00A0]*\\n") : t.split("\\n");
        List<ParagraphAssembler.AssembledParagraph> out = new ArrayList<>();
        for (String chunk : chunks) {
            String p = ParagraphAssembler.joinLines(chunk);
            if (!p.isEmpty()) {
                out.add(new ParagraphAssembler.AssembledParagraph(p, out.isEmpty() && looksLikeHeadline(p)));
            }
        }
        return out;
    }

    private static boolean looksLikeHeadline(String p) {
        char last = p.charAt(p.length() - 1);
        return p.length() < 200 && ".!?…؟:\"»”".indexOf(last) < 0;
    }

    private List<TextBlock> readPdf(Path file) throws ImportException {
        try {
            return PdfText.repairRightToLeft(new PdfBlockReader(maxChars).read(file));
        } catch (PdfBlockReader.PasswordProtectedException e) {
            throw new ImportException(file, "the PDF is protected by a password. Open it in your PDF reader, save an "
                    + "unprotected copy (or print it to a new PDF) and open that copy.", e);
        } catch (BlockCollector.TooMuchTextIOException e) {
            throw tooMuchText(file);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "pdf", e);
        }
    }

    private List<TextBlock> readWithTika(Path file, String ext) throws ImportException {
        boolean webPage = HTML_EXTENSIONS.contains(ext);
        BlockCollector collector = webPage ? BlockCollector.forHtml(maxChars) : new BlockCollector(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        if (webPage) {
            // our mapper lets the marks of boilerplate (class, id, role, hidden) reach the collector
            context.set(HtmlMapper.class, ArticleHtmlMapper.INSTANCE);
        }
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            (webPage ? htmlParser() : parser()).parse(in, collector, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(file, "the document is protected by a password. Remove the protection "
                    + "(open it and save an unprotected copy) and open that copy.", e);
        } catch (ZeroByteFileException e) {
            throw new ImportException(file, "the file is empty, so there is nothing to import.", e);
        } catch (BlockCollector.TooMuchTextException e) {
            throw tooMuchText(file);
        } catch (StackOverflowError e) {
            // what the depth check above guards against, from a format it does not scan
            throw new ImportException(file, "its text is nested too deeply to be read. Open it in the program that "
                    + "made it, save the article as .txt and open that.", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (hasCause(e, BlockCollector.TooMuchTextException.class)) {
                throw tooMuchText(file);
            }
            throw damaged(file, ext, e);
        }
        return collector.blocks();
    }

    private ImportException tooMuchText(Path file) {
        return new ImportException(file, String.format(Locale.ROOT,
                "the file holds more than %,d characters of text, far more than an article. Split it and open the part you need.",
                maxChars));
    }

    /**
     * Tika trusts content over names, so a damaged "report.docx" holding a few stray bytes would be imported as plain
     * text. A file whose first bytes cannot start its format is refused as damaged instead.
     */
    private static void checkSignature(Path file, String ext) throws ImportException {
        String expected = switch (ext) {
            case "docx", "odt" -> "PK\u0003\u0004";
            case "pdf" -> "%PDF";
            case "rtf" -> "{\\rtf";
            default -> null;
        };
        if (expected == null) {
            return;
        }
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read (" + e.getClass().getSimpleName() + ").", e);
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        boolean ok = ext.equals("pdf") ? start.contains(expected) : start.startsWith(expected);
        if (!ok) {
            throw damaged(file, ext, new IOException("not a " + ext + " file: its first bytes do not match the format"));
        }
    }

    private static ImportException damaged(Path file, String ext, Exception e) {
        String kind = switch (ext) {
            case "docx" -> "a Word document";
            case "odt" -> "an OpenDocument text";
            case "rtf" -> "an RTF document";
            case "pdf" -> "a PDF";
            default -> "an HTML page";
        };
        String detail = rootCause(e);
        if (detail.contains("DOCTYPE")) {
            return new ImportException(file, "the document declares a DOCTYPE, which Triptych refuses for safety. "
                    + "Open it in your word processor and save it again.", e);
        }
        boolean zip = hasCause(e, ZipException.class) || detail.toLowerCase(Locale.ROOT).contains("zip");
        return new ImportException(file, "it could not be read as " + kind
                + (zip ? " (the file is damaged or incomplete)" : " (" + detail + ")")
                + ". Open it in the program that made it, save it again, and retry.", e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = newParser(200);
                }
                p = parser;
            }
        }
        return p;
    }

    /**
     * Web pages get a parser of their own: our HTML mapper passes every div and section to the collector, and real
     * pages nest those far deeper than the 200 levels the zip-bomb check allows office documents. The HTML parser
     * (jsoup) itself flattens nesting beyond 512 levels, so this limit is never what stops a page.
     */
    private Parser htmlParser() {
        Parser p = htmlParser;
        if (p == null) {
            synchronized (this) {
                if (htmlParser == null) {
                    htmlParser = newParser(HTML_MAX_DEPTH);
                }
                p = htmlParser;
            }
        }
        return p;
    }

    private static Parser newParser(int maximumDepth) {
        AutoDetectParser adp = new AutoDetectParser();
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // Zip-bomb protection: refuse archives that inflate more than 100-fold once 1M chars are out,
        // and nesting deeper than any real document has.
        config.setOutputThreshold(1_000_000L);
        config.setMaximumCompressionRatio(100L);
        config.setMaximumDepth(maximumDepth);
        config.setMaximumPackageEntryDepth(10);
        adp.setAutoDetectParserConfig(config);
        return adp;
    }

    private static DocumentVersion build(Language language, String source, List<ParagraphAssembler.AssembledParagraph> paragraphs) {
        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language);
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (ParagraphAssembler.AssembledParagraph p : paragraphs) {
            out.add(new Paragraph(p.text(), p.heading() ? ParagraphKind.HEADING : ParagraphKind.BODY, segmenter.split(p.text())));
        }
        return new DocumentVersion(language, source, out);
    }

    private static Optional<String> languageWarning(Path file, Language expected, DocumentVersion version) {
        return languageWarning(String.valueOf(file.getFileName()), expected, version);
    }

    private static Optional<String> languageWarning(String name, Language expected, DocumentVersion version) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : version.paragraphs()) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        Optional<String> guess = LanguageGuesser.guess(sample.toString());
        if (guess.isEmpty() || guess.get().equals(expected.code())) {
            return Optional.empty();
        }
        return Optional.of(name + " looks like " + LanguageGuesser.describe(guess.get())
                + ", but it was opened as " + LanguageGuesser.describe(expected.code())
                + ". Check that it is in the right column.");
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
