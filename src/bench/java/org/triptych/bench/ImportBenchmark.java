package org.triptych.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.ImportResult;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Language;

/**
 * Import time of a 200-page PDF: typesets the sample article's English paragraphs over and over into 200 A4 pages
 * (running header, page numbers, about 45 lines a page), then imports it: once cold (first use of the parser in
 * this JVM) and five times warm. Also prints the heap in use after the import.
 *
 * <p>Then, after the PDF figures so they are unchanged, the import time of a 2 MB saved web page (menus, share bars,
 * related lists and comments around a long article), which exercises the HTML boilerplate filter. A second argument
 * sets the page's size in MB; 0 skips it.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path pdf = Files.createTempFile("triptych-bench", ".pdf");
        long t = System.nanoTime();
        int paragraphs = typeset(pdf, pages);
        System.out.printf("made %d pages, %d paragraphs, %.1f MB in %d ms%n", pages, paragraphs,
                Files.size(pdf) / 1048576.0, (System.nanoTime() - t) / 1_000_000);

        DocumentImporter importer = new DocumentImporter();
        long cold = time(importer, pdf);
        System.out.printf("cold import: %d ms%n", cold);
        List<Long> warm = new ArrayList<>();
        ImportResult last = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            last = importer.importFile(pdf, Language.ENGLISH);
            warm.add((System.nanoTime() - t0) / 1_000_000);
        }
        warm.sort(null);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("warm import: median %d ms (min %d, max %d); %d paragraphs, %d words; heap in use %d MB%n",
                warm.get(2), warm.get(0), warm.get(4), last.version().paragraphs().size(), last.version().wordCount(),
                (rt.totalMemory() - rt.freeMemory()) / 1048576);
        Files.delete(pdf);

        double htmlMb = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        if (htmlMb > 0) {
            benchHtml(importer, htmlMb);
        }
    }

    private static void benchHtml(DocumentImporter importer, double mb) throws Exception {
        Path html = Files.createTempFile("triptych-bench", ".html");
        int written = writePage(html, (long) (mb * 1048576));
        importer.importFile(html, Language.ENGLISH); // first HTML parse: builds the HTML parser
        List<Long> warm = new ArrayList<>();
        ImportResult last = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            last = importer.importFile(html, Language.ENGLISH);
            warm.add((System.nanoTime() - t0) / 1_000_000);
        }
        warm.sort(null);
        System.out.printf("html page %.1f MB (%d article paragraphs written): warm import median %d ms (min %d, max %d); "
                        + "%d paragraphs kept%n", Files.size(html) / 1048576.0, written, warm.get(2), warm.get(0),
                warm.get(4), last.version().paragraphs().size());
        Files.delete(html);
    }

    /** A news page of the given size: site chrome, then one long article, each section followed by junk blocks. */
    private static int writePage(Path file, long bytes) throws Exception {
        List<String> source = SampleArticle.load().english().paragraphTexts();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Benchmark page | Triptych</title><script>var x = 1;</script></head><body>"
                + "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li>"
                + "</ul></nav></header><div class=\"layout\"><main><article><h1>Benchmark headline</h1>");
        int count = 0;
        StringBuilder tail = new StringBuilder("</article><div id=\"comments\" class=\"comments-area\">");
        for (int i = 0; sb.length() + tail.length() < bytes; i++) {
            String para = source.get(i % source.size()).replace("&", "&amp;").replace("<", "&lt;");
            sb.append("<div class=\"section\"><p>").append(para).append("</p></div>");
            count++;
            if (i % 10 == 9) {
                sb.append("<div class=\"share-bar\"><a href=\"/s\">Share</a> <a href=\"/t\">Post</a></div>"
                        + "<ul class=\"related\"><li><a href=\"/r1\">A related story</a></li><li><a href=\"/r2\">Another one</a></li></ul>");
                tail.append("<div class=\"comment\"><p>").append(para, 0, Math.min(80, para.length())).append("</p></div>");
            }
        }
        sb.append(tail).append("</div></main><aside><p>Sidebar</p></aside></div><footer>Footer</footer></body></html>");
        Files.writeString(file, sb.toString());
        return count;
    }

    private static long time(DocumentImporter importer, Path pdf) throws Exception {
        long t0 = System.nanoTime();
        importer.importFile(pdf, Language.ENGLISH);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Lays out the sample's paragraphs with a simple greedy line breaker; returns how many paragraphs were set. */
    private static int typeset(Path file, int pages) throws Exception {
        List<String> source = SampleArticle.load().english().paragraphTexts();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            float size = 11;
            float width = PDRectangle.A4.getWidth() - 112;
            int count = 0;
            int next = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, font, 9, 56, 805, "Triptych benchmark edition");
                    float y = 770;
                    while (y > 90) {
                        String para = source.get(next++ % source.size());
                        count++;
                        for (String line : wrap(para, font, size, width)) {
                            if (y <= 90) {
                                break;
                            }
                            show(cs, font, size, 56, y, line);
                            y -= 14;
                        }
                        y -= 8;
                    }
                    show(cs, font, 9, 290, 40, String.valueOf(p + 1));
                }
            }
            doc.save(file.toFile());
            return count;
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws Exception {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
