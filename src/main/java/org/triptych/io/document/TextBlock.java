package org.triptych.io.document;

/**
 * A block of text as a format delivers it, before it becomes a paragraph: its raw text (line breaks kept, so PDF
 * hyphenation can be undone), whether it is a heading, and the page it sits on (0 where the format has no pages).
 */
record TextBlock(String text, boolean heading, int page) {
}
