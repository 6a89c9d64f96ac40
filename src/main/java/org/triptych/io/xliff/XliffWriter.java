package org.triptych.io.xliff;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.triptych.io.IndentedXml;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.triptych.io.AtomicFiles;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/**
 * Writes one target version against English as a bilingual XLIFF file for a CAT tool: one unit per row, the English
 * as source, the version's text as target, the state from the link, notes for glossary terms, findings, a machine
 * draft's origin and a flagged link. XLIFF 2.1 by default, 1.2 on request; the mapping is in
 * docs/decisions/0203-xliff-mapping-and-tbx-dialect.md.
 *
 * <p>Whitespace is kept as it is ({@code xml:space="preserve"}). Characters XML 1.0 cannot carry (stray control
 * characters) are written as {@code <cp hex="..."/>} in 2.1, which has that element for them, and dropped in 1.2.
 */
public final class XliffWriter {

    private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

    private final String toolVersion;

    public XliffWriter(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Where {@code align --xliff PREFIX} puts a target's file: {@code PREFIX.en-ar.xlf}. */
    public static Path fileFor(Path prefix, Language source, Language target) {
        return prefix.resolveSibling(prefix.getFileName() + "." + source.code() + "-" + target.code() + ".xlf");
    }

    /**
     * Writes the file atomically.
     *
     * @param original the English version's file name (no folders are written, whatever is given)
     */
    public void write(Path file, XliffVersion version, Language source, Language target, String original,
                      List<XliffRow> rows) throws IOException {
        String xml = write(version, source, target, original, rows);
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(xml);
            w.flush();
        });
    }

    public String write(XliffVersion version, Language source, Language target, String original, List<XliffRow> rows) {
        List<String> ids = unitIds(rows);
        String name = fileName(original);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            if (version == XliffVersion.V2_1) {
                write21(w, source, target, name, rows, ids);
            } else {
                write12(w, source, target, name, rows, ids);
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private void write21(XMLStreamWriter w, Language source, Language target, String original, List<XliffRow> rows,
                         List<String> ids) throws XMLStreamException {
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(XliffVersion.V2_1.namespace());
        w.writeAttribute("version", "2.1");
        w.writeAttribute("srcLang", source.code());
        w.writeAttribute("trgLang", target.code());
        IndentedXml.newline(w, 1);
        w.writeStartElement("file");
        w.writeAttribute("id", "f1");
        w.writeAttribute("original", original);
        IndentedXml.newline(w, 2);
        w.writeStartElement("notes");
        IndentedXml.newline(w, 3);
        note21(w, "origin", "Written by Triptych " + toolVersion, false);
        IndentedXml.end(w, 2);
        for (int i = 0; i < rows.size(); i++) {
            XliffRow r = rows.get(i);
            IndentedXml.newline(w, 2);
            w.writeStartElement("unit");
            w.writeAttribute("id", ids.get(i));
            w.writeAttribute("xml:space", "preserve");
            if (target.isRightToLeft()) {
                w.writeAttribute("trgDir", "rtl");
            }
            List<XliffNote> notes = allNotes(r);
            if (!notes.isEmpty()) {
                IndentedXml.newline(w, 3);
                w.writeStartElement("notes");
                for (XliffNote n : notes) {
                    IndentedXml.newline(w, 4);
                    note21(w, n.category().code(), n.text(), n.important());
                }
                IndentedXml.end(w, 3);
            }
            IndentedXml.newline(w, 3);
            w.writeStartElement("segment");
            w.writeAttribute("state", r.state().code());
            IndentedXml.newline(w, 4);
            w.writeStartElement("source");
            text21(w, r.english());
            w.writeEndElement();
            if (r.state() != XliffState.INITIAL) {
                IndentedXml.newline(w, 4);
                w.writeStartElement("target");
                text21(w, r.target());
                w.writeEndElement();
            }
            IndentedXml.end(w, 3);
            IndentedXml.end(w, 2);
        }
        IndentedXml.end(w, 1);
        IndentedXml.end(w, 0);
    }

    private void write12(XMLStreamWriter w, Language source, Language target, String original, List<XliffRow> rows,
                         List<String> ids) throws XMLStreamException {
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(XliffVersion.V1_2.namespace());
        w.writeAttribute("version", "1.2");
        IndentedXml.newline(w, 1);
        w.writeStartElement("file");
        w.writeAttribute("original", original);
        w.writeAttribute("source-language", source.code());
        w.writeAttribute("target-language", target.code());
        w.writeAttribute("datatype", "plaintext");
        IndentedXml.newline(w, 2);
        w.writeStartElement("header");
        IndentedXml.newline(w, 3);
        w.writeEmptyElement("tool");
        w.writeAttribute("tool-id", "triptych");
        w.writeAttribute("tool-name", "Triptych");
        w.writeAttribute("tool-version", toolVersion);
        IndentedXml.end(w, 2);
        IndentedXml.newline(w, 2);
        w.writeStartElement("body");
        for (int i = 0; i < rows.size(); i++) {
            XliffRow r = rows.get(i);
            XliffState state = r.state();
            IndentedXml.newline(w, 3);
            w.writeStartElement("trans-unit");
            w.writeAttribute("id", ids.get(i));
            w.writeAttribute("xml:space", "preserve");
            if (state == XliffState.FINAL) {
                w.writeAttribute("approved", "yes");
            }
            IndentedXml.newline(w, 4);
            w.writeStartElement("source");
            w.writeCharacters(xmlChars(r.english()));
            w.writeEndElement();
            if (state != XliffState.INITIAL) {
                IndentedXml.newline(w, 4);
                w.writeStartElement("target");
                w.writeAttribute("state", state == XliffState.FINAL ? "final" : "translated");
                if (r.machineDraftBy() != null) {
                    w.writeAttribute("state-qualifier", "mt-suggestion");
                }
                w.writeCharacters(xmlChars(r.target()));
                w.writeEndElement();
            }
            for (XliffNote n : allNotes(r)) {
                IndentedXml.newline(w, 4);
                w.writeStartElement("note");
                w.writeAttribute("from", n.category().code());
                if (n.important()) {
                    w.writeAttribute("priority", "1");
                }
                w.writeCharacters(xmlChars(n.text()));
                w.writeEndElement();
            }
            IndentedXml.end(w, 3);
        }
        IndentedXml.end(w, 2);
        IndentedXml.end(w, 1);
        IndentedXml.end(w, 0);
    }

    /** The caller's notes, after what the row itself says: a machine draft's origin, a link flagged for review. */
    private static List<XliffNote> allNotes(XliffRow r) {
        List<XliffNote> out = new ArrayList<>();
        if (r.machineDraftBy() != null && !r.target().isBlank()) {
            out.add(new XliffNote(XliffNote.Category.ORIGIN, "Machine translation by " + r.machineDraftBy()
                    + ", not edited by a person", false));
        }
        if (r.link() == LinkStatus.REVIEW) {
            out.add(new XliffNote(XliffNote.Category.COMMENT, "The alignment of this unit is flagged for review", false));
        }
        out.addAll(r.notes());
        return out;
    }

    private static void note21(XMLStreamWriter w, String category, String text, boolean important) throws XMLStreamException {
        w.writeStartElement("note");
        w.writeAttribute("category", category);
        if (important) {
            w.writeAttribute("priority", "1");
        }
        w.writeCharacters(xmlChars(text));
        w.writeEndElement();
    }

    /** Text with the characters XML cannot carry as {@code <cp hex>}, XLIFF 2's element for them. */
    private static void text21(XMLStreamWriter w, String s) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (allowed(cp)) {
                run.appendCodePoint(cp);
            } else {
                w.writeCharacters(run.toString());
                run.setLength(0);
                w.writeEmptyElement("cp");
                w.writeAttribute("hex", String.format(Locale.ROOT, "%04X", cp));
            }
        }
        w.writeCharacters(run.toString());
    }

    private static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(XliffWriter::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }

    /** The callers' ids where they are XML name tokens and unique, else the row's position ("u7"). */
    private static List<String> unitIds(List<XliffRow> rows) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i).id();
            if (id == null || !NMTOKEN.matcher(id).matches() || !used.add(id)) {
                if (id != null) {
                    throw new IllegalArgumentException("Unit id '" + id + "' is not a unique XML name token");
                }
                id = "u" + (i + 1);
                if (!used.add(id)) {
                    throw new IllegalArgumentException("Unit id '" + id + "' given twice");
                }
            }
            out.add(id);
        }
        return out;
    }

    private static String fileName(String original) {
        String o = original == null || original.isBlank() ? "article" : original.strip();
        return o.substring(Math.max(o.lastIndexOf('/'), o.lastIndexOf('\\')) + 1);
    }
}
