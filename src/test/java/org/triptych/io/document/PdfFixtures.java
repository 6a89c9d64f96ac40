package org.triptych.io.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs typeset line by line with PDFBox, the way a newspaper's PDF export looks: running header and page number
 * on every page, words hyphenated at line ends, space between paragraphs, a paragraph running over a page break.
 */
final class PdfFixtures {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private PdfFixtures() {
    }

    /**
     * Typesets {@code lines}; an empty string is a paragraph gap. Lines are placed as given (hyphens included), so a
     * test controls exactly where a word is broken. {@code linesPerPage} forces page breaks.
     */
    static Path typeset(Path file, String header, List<String> lines, int linesPerPage) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            List<List<String>> pages = new ArrayList<>();
            List<String> page = new ArrayList<>();
            int count = 0;
            for (String l : lines) {
                if (!l.isEmpty() && count == linesPerPage) {
                    pages.add(page);
                    page = new ArrayList<>();
                    count = 0;
                }
                page.add(l);
                if (!l.isEmpty()) {
                    count++;
                }
            }
            pages.add(page);
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    text(cs, font, 9, 56, 800, header);
                    float y = 760;
                    for (String l : pages.get(p)) {
                        if (l.isEmpty()) {
                            y -= 10; // paragraph spacing
                            continue;
                        }
                        text(cs, font, 11, 56, y, l);
                        y -= 14;
                    }
                    text(cs, font, 9, 290, 40, String.valueOf(p + 1));
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Path passwordProtected(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 11, 56, 760, "Confidential draft of the statement.");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A scanned page: an image and no text layer. */
    static Path imageOnly(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    img.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0xFFFFFF : 0x202020);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 56, 500, 400, 200);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static boolean fontAvailable() {
        return Files.isReadable(FONT);
    }
}
