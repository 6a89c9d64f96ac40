package org.triptych.io;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indentation for the XML files Triptych writes (TBX, XLIFF): a person opens them in an editor and a diff tool, so each
 * element starts on its own line, two spaces per level. The StAX writer does not indent by itself.
 */
public final class IndentedXml {

    private IndentedXml() {
    }

    /** A line break and the indentation of an element {@code depth} levels down. */
    public static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Closes the open element on a line of its own, indented as its start tag ({@code depth} levels down). */
    public static void end(XMLStreamWriter w, int depth) throws XMLStreamException {
        newline(w, depth);
        w.writeEndElement();
    }
}
