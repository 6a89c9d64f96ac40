package org.triptych.io.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer as lines with their geometry and groups the lines into paragraphs.
 *
 * <p>Tika's PDF handler (PDFBox underneath) either keeps Arabic lines that mix words and digits in the wrong order or,
 * when glyphs are sorted by position, glues a headline to the paragraph below it. Its paragraph guess has only the
 * text to go on; here each line's font size, vertical gap and right/left end are known, which is what a reader uses
 * to see paragraphs: a larger font is a heading, a gap wider than the leading or a short last line ends a paragraph.
 * See docs/decisions/0001-import-pipeline.md.
 */
final class PdfBlockReader {

    /** A line of text as laid out on the page, in points from the top-left corner. */
    private record Line(String text, int page, float top, float bottom, float left, float right, float size) {
    }

    /** Thrown when a PDF asks for a password. */
    static final class PasswordProtectedException extends IOException {
        PasswordProtectedException(Throwable cause) {
            super("password protected", cause);
        }
    }

    private final long maxChars;

    PdfBlockReader(long maxChars) {
        this.maxChars = maxChars;
    }

    List<TextBlock> read(Path file) throws IOException {
        List<Line> lines;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new PasswordProtectedException(null);
            }
            LineCollector collector = new LineCollector(maxChars);
            collector.setSortByPosition(true);
            collector.collect(doc);
            lines = collector.lines;
        } catch (InvalidPasswordException e) {
            throw new PasswordProtectedException(e);
        }
        return group(lines);
    }

    private static List<TextBlock> group(List<Line> lines) {
        List<TextBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).page();
            int j = i;
            while (j < lines.size() && lines.get(j).page() == page) {
                j++;
            }
            groupPage(lines.subList(i, j), blocks);
            i = j;
        }
        return blocks;
    }

    private static void groupPage(List<Line> lines, List<TextBlock> out) {
        float[] sizes = new float[lines.size()];
        float left = Float.MAX_VALUE;
        float right = 0;
        for (int k = 0; k < lines.size(); k++) {
            sizes[k] = lines.get(k).size();
            left = Math.min(left, lines.get(k).left());
            right = Math.max(right, lines.get(k).right());
        }
        Arrays.sort(sizes);
        float bodySize = sizes[sizes.length / 2];
        float pitch = typicalPitch(lines, bodySize);
        float width = Math.max(1, right - left);
        StringBuilder text = new StringBuilder();
        Line first = null;
        Line prev = null;
        for (Line line : lines) {
            if (prev != null && startsParagraph(prev, line, left, right, width, pitch)) {
                out.add(new TextBlock(text.toString(), first.size() > bodySize * 1.2f, first.page()));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = line;
            } else {
                text.append('\n');
            }
            text.append(line.text());
            prev = line;
        }
        if (first != null) {
            out.add(new TextBlock(text.toString(), first.size() > bodySize * 1.2f, first.page()));
        }
    }

    /**
     * The usual distance between the baselines of two body lines of one paragraph. Paragraph gaps are larger, so the
     * lower quartile of the distances seen is the line pitch even on a page with few lines per paragraph.
     */
    private static float typicalPitch(List<Line> lines, float bodySize) {
        List<Float> pitches = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            Line a = lines.get(k - 1);
            Line b = lines.get(k);
            float d = b.bottom() - a.bottom();
            if (a.size() == bodySize && b.size() == bodySize && d > bodySize * 0.5f) {
                pitches.add(d);
            }
        }
        if (pitches.size() < 2) {
            return bodySize * 1.4f;
        }
        pitches.sort(null);
        return pitches.get(pitches.size() / 4);
    }

    private static boolean startsParagraph(Line prev, Line line, float left, float right, float width, float pitch) {
        float size = Math.min(prev.size(), line.size());
        float step = line.bottom() - prev.bottom();
        float expected = Math.max(pitch * size / Math.max(1, Math.max(prev.size(), line.size())) , size) ;
        if (step > Math.max(pitch, expected) * 1.2f || step < -size) { // extra space between, or a jump up (new column)
            return true;
        }
        if (Math.abs(prev.size() - line.size()) > Math.max(prev.size(), line.size()) * 0.15f) {
            return true; // heading against body text
        }
        boolean rtl = isRightToLeft(prev.text());
        // Short on either side: covers left-, right- and centre-aligned text whatever the script's direction.
        float shortBy = Math.max(prev.left() - left, right - prev.right());
        String t = prev.text().strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        boolean closed = ".!?…؟:»\"”".indexOf(last) >= 0;
        if (closed && shortBy > width * 0.15f) {
            return true; // a short last line ending a sentence
        }
        float indent = rtl ? right - line.right() : line.left() - left;
        float prevIndent = rtl ? right - prev.right() : prev.left() - left;
        return closed && indent > size && indent - prevIndent > size * 0.8f;
    }

    private static boolean isRightToLeft(String s) {
        int rtl = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                }
            }
        }
        return rtl * 2 > letters && letters > 0;
    }

    /** Receives PDFBox's words line by line and keeps each line's text and bounding box. */
    private static final class LineCollector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final long maxChars;
        private final StringBuilder current = new StringBuilder();
        private long total;
        private float top = Float.MAX_VALUE;
        private float bottom;
        private float left = Float.MAX_VALUE;
        private float right;
        private float size;
        private int page;

        LineCollector(long maxChars) {
            this.maxChars = maxChars;
            setLineSeparator("\n");
            setWordSeparator(" ");
        }

        void collect(PDDocument doc) throws IOException {
            writeText(doc, new StringWriter());
            finishLine();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            finishLine();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (current.length() == 0) {
                page = getCurrentPageNo();
            }
            current.append(text);
            total += text.length();
            if (total > maxChars) {
                throw new BlockCollector.TooMuchTextIOException(maxChars);
            }
            for (TextPosition p : positions) {
                float h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f);
                top = Math.min(top, p.getYDirAdj() - h);
                bottom = Math.max(bottom, p.getYDirAdj());
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            finishLine();
        }

        @Override
        protected void writeString(String text) {
            // page and paragraph separators: we find paragraphs ourselves
        }

        private void finishLine() {
            if (!current.toString().isBlank()) {
                lines.add(new Line(current.toString(), page, top, bottom, left, right, size));
            }
            current.setLength(0);
            top = Float.MAX_VALUE;
            bottom = 0;
            left = Float.MAX_VALUE;
            right = 0;
            size = 0;
        }
    }
}
