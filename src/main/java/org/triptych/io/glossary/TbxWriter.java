package org.triptych.io.glossary;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Writes a glossary as TBX-Basic: v3 (ISO 30042:2019, DCA style) by default, v2 ({@code martif}) on request for tools
 * that read only the older generation. The concept type goes in a {@code conceptType} descrip (as the shipped glossaries do), the note in {@code note}, term options in
 * {@code termType} and private {@code x-caseSensitive}/{@code x-exactForm}/{@code x-forbidden} term notes, which {@link TbxReader} reads back.
 */
public final class TbxWriter {

    public enum Version { V3, V2 }

    public String write(Glossary glossary, Version version) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            boolean v3 = version == Version.V3;
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            if (v3) {
                w.writeStartElement("tbx");
                w.writeAttribute("type", "TBX-Basic");
                w.writeAttribute("style", "dca");
                w.writeAttribute("xml:lang", Language.ENGLISH.code()); // the language of the file's own text
                w.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
            } else {
                w.writeStartElement("martif");
                w.writeAttribute("type", "TBX-Basic");
                w.writeAttribute("xml:lang", Language.ENGLISH.code());
            }
            nl(w, 1);
            w.writeStartElement(v3 ? "tbxHeader" : "martifHeader");
            nl(w, 2);
            w.writeStartElement("fileDesc");
            nl(w, 3);
            w.writeStartElement("sourceDesc");
            nl(w, 4);
            w.writeStartElement("p");
            w.writeCharacters("Written by Triptych from " + glossary.source());
            w.writeEndElement();
            nl(w, 3);
            w.writeEndElement();
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 1);
            w.writeStartElement("text");
            nl(w, 2);
            w.writeStartElement("body");
            for (Concept c : glossary.concepts()) {
                nl(w, 3);
                w.writeStartElement(v3 ? "conceptEntry" : "termEntry");
                w.writeAttribute("id", c.id());
                nl(w, 4);
                element(w, "descrip", "conceptType", c.type().code());
                if (!c.note().isEmpty()) {
                    nl(w, 4);
                    w.writeStartElement("note");
                    w.writeCharacters(c.note());
                    w.writeEndElement();
                }
                for (Map.Entry<Language, List<Term>> e : c.terms().entrySet()) {
                    nl(w, 4);
                    w.writeStartElement(v3 ? "langSec" : "langSet");
                    w.writeAttribute("xml:lang", e.getKey().code());
                    for (Term t : e.getValue()) {
                        nl(w, 5);
                        w.writeStartElement(v3 ? "termSec" : "tig");
                        nl(w, 6);
                        w.writeStartElement("term");
                        w.writeCharacters(t.text());
                        w.writeEndElement();
                        nl(w, 6);
                        element(w, "termNote", "administrativeStatus", statusCode(t.status()));
                        if (t.status() == TermStatus.FORBIDDEN) {
                            nl(w, 6);
                            element(w, "termNote", "x-forbidden", "yes");
                        }
                        if (t.acronym() || t.shortForm()) {
                            nl(w, 6);
                            element(w, "termNote", "termType", t.acronym() ? "acronym" : "shortForm");
                        }
                        if (t.caseSensitive()) {
                            nl(w, 6);
                            element(w, "termNote", "x-caseSensitive", "yes");
                        }
                        if (t.exactForm()) {
                            nl(w, 6);
                            element(w, "termNote", "x-exactForm", "yes");
                        }
                        nl(w, 5);
                        w.writeEndElement();
                    }
                    nl(w, 4);
                    w.writeEndElement();
                }
                nl(w, 3);
                w.writeEndElement();
            }
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TBX: " + e.getMessage(), e);
        }
        return out.toString();
    }

    public void write(Glossary glossary, Version version, Path file) throws IOException {
        AtomicFiles.writeString(file, write(glossary, version));
    }

    static String statusCode(TermStatus s) {
        return switch (s) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case DEPRECATED -> "deprecatedTerm-admn-sts";
            // TBX-Basic has no "forbidden": written as deprecated plus a private x-forbidden note read back by TbxReader.
            case FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }

    private static void element(XMLStreamWriter w, String name, String type, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
