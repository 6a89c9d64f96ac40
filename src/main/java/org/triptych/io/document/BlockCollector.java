package org.triptych.io.document;

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
 *
 * <p>A web page ({@link #forHtml}) is read differently: {@link ArticleHtmlMapper} lets every element and the
 * attributes that mark boilerplate through, every non-phrasing element cuts a block, two line breaks in a row end a
 * paragraph (the "div soup" way of writing them), and {@link HtmlArticleFilter} keeps the article's blocks and drops
 * menus, banners, share bars and the like. Office formats and PDF keep the plain reading above.
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

    /** Only for web pages; null for every other format, which then reads exactly as it always has. */
    private final HtmlArticleFilter html;
    private final StringBuilder title = new StringBuilder();
    private boolean inTitle;
    private boolean afterBreak;
    private int linkChars;
    private List<TextBlock> selected;

    BlockCollector(long maxChars) {
        this(maxChars, null);
    }

    private BlockCollector(long maxChars, HtmlArticleFilter html) {
        this.maxChars = maxChars;
        this.html = html;
    }

    /** A collector for web pages: keeps the article, drops the page's boilerplate (see {@link HtmlArticleFilter}). */
    static BlockCollector forHtml(long maxChars) {
        return new BlockCollector(maxChars, new HtmlArticleFilter());
    }

    List<TextBlock> blocks() {
        flush();
        if (html == null) {
            return blocks;
        }
        if (selected == null) {
            selected = html.select(blocks, title.toString());
        }
        return selected;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            inBody = true;
            return;
        }
        if (html != null) {
            startHtmlElement(name, atts);
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
        if (html != null) {
            endHtmlElement(name);
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

    private void startHtmlElement(String name, Attributes atts) {
        if (!inBody) {
            inTitle = name.equals("title");
            return;
        }
        if (name.equals("br")) {
            // one break is a line break inside the paragraph; two in a row end it
            if (afterBreak) {
                flush();
            } else {
                current.append('\n');
                afterBreak = true;
            }
            html.enter(html.classify(name, atts));
            return;
        }
        HtmlArticleFilter.Element element = html.classify(name, atts);
        if (element.startsBlock()) {
            flush();
        }
        html.enter(element);
        if (isHeading(name)) {
            headingDepth++;
            currentIsHeading = true;
        }
    }

    private void endHtmlElement(String name) {
        if (!inBody) {
            inTitle = false;
            return;
        }
        if (html.closeEndsBlock()) {
            flush();
        }
        html.leave();
        if (isHeading(name)) {
            headingDepth = Math.max(0, headingDepth - 1);
            currentIsHeading = headingDepth > 0;
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody) {
            if (inTitle) {
                title.append(ch, start, length);
            }
            return;
        }
        total += length;
        if (total > maxChars) {
            throw new TooMuchTextException(maxChars);
        }
        if (html != null) {
            if (html.suppressed()) {
                return;
            }
            int visible = nonSpace(ch, start, length);
            afterBreak &= visible == 0;
            if (html.inLink()) {
                linkChars += visible;
            }
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
            String text = current.toString();
            if (html == null) {
                blocks.add(new TextBlock(text, currentIsHeading, page));
            } else {
                // a short block in an element named like a headline ("story-title") is a heading on pages without h1
                boolean heading = currentIsHeading || html.inHeadline() && text.strip().length() < 250;
                blocks.add(new TextBlock(text, heading, 0));
                html.noteBlock(text, nonSpace(text), linkChars);
            }
        }
        current.setLength(0);
        linkChars = 0;
        afterBreak = false;
    }

    private static int nonSpace(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? 0 : 1;
        }
        return n;
    }

    private static int nonSpace(char[] ch, int start, int length) {
        return nonSpace(java.nio.CharBuffer.wrap(ch, start, length));
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
