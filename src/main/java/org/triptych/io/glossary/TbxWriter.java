package org.triptych.io.glossary;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.triptych.io.IndentedXml;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Writes a glossary as TBX: v3 (ISO 30042:2019) TBX-Basic in DCA style by default, which passes the TBX-Basic DCA
 * Schematron, or v2 ({@code martif}, ISO 30042:2008) for the tools that read only that generation (OmegaT, Okapi).
 * Both carry the same data categories, all of them TBX-Basic's (docs/decisions/0203-xliff-mapping-and-tbx-dialect.md):
 * <ul>
 * <li>concept type: {@code <descrip type="subjectField">} (TBX-Basic has no concept-type category; OTHER is not
 * written); the concept's note in {@code <note>}, its source in {@code <admin type="source">};</li>
 * <li>per term: {@code termNote administrativeStatus} (forbidden is written as deprecated: TBX has no stronger
 * status), {@code termNote termType} (acronym, shortForm, and fullForm for the other terms of a concept that has
 * either), the term's note and source;</li>
 * <li>what only our matcher needs (forbidden, case-sensitive, exact form) in one plain note on the term,
 * {@value #MATCHING_NOTE} followed by the options: readable by a person in any tool, read back by
 * {@link TbxReader}, and no private {@code x-} category in a file that declares TBX-Basic.</li>
 * </ul>
 * The header names the glossary's files without their folders, so no path of the user's machine goes into the file.
 */
public final class TbxWriter {

    public enum Version { V3, V2 }

    /** How the note carrying our matching options starts; {@link TbxReader} recognises it. */
    static final String MATCHING_NOTE = "Triptych matching:";
    static final String FORBIDDEN = "forbidden";
    static final String CASE_SENSITIVE = "case-sensitive";
    static final String EXACT_FORM = "exact form";
    static final String DERIVED_FORM = "derived form";

    private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    public String write(Glossary glossary, Version version) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            boolean v3 = version == Version.V3;
            w.writeStartDocument("UTF-8", "1.0");
            IndentedXml.newline(w, 0);
            if (v3) {
                w.writeStartElement("tbx");
                w.writeAttribute("type", "TBX-Basic");
                w.writeAttribute("style", "dca");
                w.writeAttribute("xml:lang", Language.ENGLISH.code()); // the language of the file's own text
                w.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
            } else {
                w.writeStartElement("martif");
                w.writeAttribute("type", "TBX");
                w.writeAttribute("xml:lang", Language.ENGLISH.code());
            }
            IndentedXml.newline(w, 1);
            w.writeStartElement(v3 ? "tbxHeader" : "martifHeader");
            IndentedXml.newline(w, 2);
            w.writeStartElement("fileDesc");
            IndentedXml.newline(w, 3);
            w.writeStartElement("sourceDesc");
            IndentedXml.newline(w, 4);
            w.writeStartElement("p");
            w.writeCharacters("Written by Triptych from " + withoutFolders(glossary.source()));
            w.writeEndElement();
            IndentedXml.end(w, 3);
            IndentedXml.end(w, 2);
            IndentedXml.end(w, 1);
            IndentedXml.newline(w, 1);
            w.writeStartElement("text");
            IndentedXml.newline(w, 2);
            w.writeStartElement("body");
            Map<String, String> ids = xmlIds(glossary.concepts());
            for (Concept c : glossary.concepts()) {
                IndentedXml.newline(w, 3);
                w.writeStartElement(v3 ? "conceptEntry" : "termEntry");
                w.writeAttribute("id", ids.get(c.id()));
                if (c.type() != ConceptType.OTHER) {
                    IndentedXml.newline(w, 4);
                    element(w, "descrip", "subjectField", c.type().code());
                }
                if (!c.source().isEmpty()) {
                    IndentedXml.newline(w, 4);
                    element(w, "admin", "source", c.source());
                }
                if (!c.note().isEmpty()) {
                    IndentedXml.newline(w, 4);
                    note(w, c.note());
                }
                boolean hasShortForms = c.terms().values().stream().flatMap(List::stream)
                        .anyMatch(t -> t.acronym() || t.shortForm());
                for (Map.Entry<Language, List<Term>> e : c.terms().entrySet()) {
                    IndentedXml.newline(w, 4);
                    w.writeStartElement(v3 ? "langSec" : "langSet");
                    w.writeAttribute("xml:lang", e.getKey().code());
                    for (Term t : e.getValue()) {
                        writeTerm(w, t, v3, hasShortForms);
                    }
                    IndentedXml.end(w, 4);
                }
                IndentedXml.end(w, 3);
            }
            IndentedXml.end(w, 2);
            IndentedXml.end(w, 1);
            IndentedXml.end(w, 0);
            IndentedXml.newline(w, 0);
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

    private static void writeTerm(XMLStreamWriter w, Term t, boolean v3, boolean conceptHasShortForms)
            throws XMLStreamException {
        IndentedXml.newline(w, 5);
        w.writeStartElement(v3 ? "termSec" : "tig");
        IndentedXml.newline(w, 6);
        w.writeStartElement("term");
        w.writeCharacters(t.text());
        w.writeEndElement();
        // term notes first, then the notes and sources (TBX's order: term, termNote*, auxiliary information)
        if (t.acronym() || t.shortForm() || conceptHasShortForms) {
            IndentedXml.newline(w, 6);
            element(w, "termNote", "termType", t.acronym() ? "acronym" : t.shortForm() ? "shortForm" : "fullForm");
        }
        IndentedXml.newline(w, 6);
        element(w, "termNote", "administrativeStatus", statusCode(t.status()));
        if (!t.source().isEmpty()) {
            IndentedXml.newline(w, 6);
            element(w, "admin", "source", t.source());
        }
        if (!t.note().isEmpty()) {
            IndentedXml.newline(w, 6);
            note(w, t.note());
        }
        List<String> options = new ArrayList<>();
        if (t.status() == TermStatus.FORBIDDEN) {
            options.add(FORBIDDEN);
        }
        if (t.caseSensitive()) {
            options.add(CASE_SENSITIVE);
        }
        if (t.exactForm()) {
            options.add(EXACT_FORM);
        }
        if (t.derived()) {
            options.add(DERIVED_FORM);
        }
        if (!options.isEmpty()) {
            IndentedXml.newline(w, 6);
            note(w, MATCHING_NOTE + " " + String.join("; ", options));
        }
        IndentedXml.end(w, 5);
    }

    static String statusCode(TermStatus s) {
        return switch (s) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case DEPRECATED -> "deprecatedTerm-admn-sts";
            // TBX has no "forbidden": deprecated for every tool, plus "forbidden" in our matching note
            case FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }

    /**
     * "/home/ana/my glossaries/a.tbx + C:\\shared\\b.csv" becomes "a.tbx + b.csv": each of the glossary's sources
     * (joined by " + " when several were merged) by its file name alone.
     */
    static String withoutFolders(String source) {
        List<String> names = new ArrayList<>();
        for (String part : source.split(" \\+ ")) {
            names.add(part.substring(Math.max(part.lastIndexOf('/'), part.lastIndexOf('\\')) + 1));
        }
        return String.join(" + ", names);
    }

    /**
     * Concept ids as XML ids (TBX types them so): an id that is not one (it starts with a digit, holds a space)
     * gets a prefix and underscores, and stays unique.
     */
    private static Map<String, String> xmlIds(List<Concept> concepts) {
        Map<String, String> out = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Concept c : concepts) {
            if (NC_NAME.matcher(c.id()).matches()) {
                used.add(c.id());
            }
        }
        for (Concept c : concepts) {
            String id = c.id();
            if (!NC_NAME.matcher(id).matches()) {
                String base = "c-" + id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
                id = base;
                for (int n = 2; used.contains(id); n++) {
                    id = base + "-" + n;
                }
                used.add(id);
            }
            out.put(c.id(), id);
        }
        return out;
    }

    private static void note(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("note");
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String type, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
