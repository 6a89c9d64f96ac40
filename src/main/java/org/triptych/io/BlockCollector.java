package org.triptych.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and cuts the body into blocks at block-level elements. Everything Tika produces for
 * our formats (DOCX, ODT, RTF, HTML, PDF) marks paragraphs and headings with these elements; PDF pages come as
 * {@code <div class="page">}.
 */
final class BlockCollector extends DefaultHandler {

    /** Thrown when a document produces more text than an article can have; stops the parse early. */
    static final class TooMuchTextException extends SAXException {
        TooMuchTextException(long limit) {
            super("more than " + limit + " characters of text");
        }
    }

    /** The same limit reached while reading a PDF through PDFBox, which only lets I/O exceptions through. */
    static final class TooMuchTextIOException extends java.io.IOException {
        TooMuchTextIOException(long limit) {
            super("more than " + limit + " characters of text");
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "blockquote", "pre", "div", "dd", "dt", "caption", "section", "article", "header", "footer", "title");

    private final long maxChars;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long total;
    private boolean inBody;
    private int headingDepth;
    private boolean currentIsHeading;
    private int page;

    BlockCollector(long maxChars) {
        this.maxChars = maxChars;
    }

    List<TextBlock> blocks() {
        flush();
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            inBody = true;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            flush();
            page++;
            return;
        }
        if (name.equals("br")) {
            current.append('\n');
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingDepth++;
                currentIsHeading = true;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            flush();
            inBody = false;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingDepth = Math.max(0, headingDepth - 1);
                currentIsHeading = headingDepth > 0;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody) {
            return;
        }
        total += length;
        if (total > maxChars) {
            throw new TooMuchTextException(maxChars);
        }
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (inBody) {
            current.append(ch, start, length);
        }
    }

    private void flush() {
        if (!current.toString().isBlank()) {
            blocks.add(new TextBlock(current.toString(), currentIsHeading, page));
        }
        current.setLength(0);
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
