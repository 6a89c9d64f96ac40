package org.triptych.io.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a translated XLIFF file back, 2.x or 1.2, whichever tool wrote it: per unit its id, source, target and state.
 *
 * <p>A unit's text is what a person reads: the segments and ignorables of an XLIFF 2 unit joined in order; inline
 * codes reduced to the text they hold ({@code <pc>}, {@code <mrk>}, 1.2's {@code <g>}, {@code <mrk>}) and dropped
 * where they stand for a code ({@code <ph>}, {@code <sc>}, {@code <ec>}, 1.2's {@code <x>}, {@code <bx>},
 * {@code <ex>}, {@code <bpt>}, {@code <ept>}, {@code <it>}); {@code <cp hex>} becomes its character. 1.2's
 * {@code <alt-trans>} (other candidates) is skipped. DTDs are not loaded and no external entity is resolved.
 */
public final class XliffReader {

    private static final XMLInputFactory FACTORY = newFactory();

    /** Inline elements whose content is not the text (native codes, or a skipped candidate). */
    private static final Set<String> CODE_CONTENT = Set.of("ph", "bpt", "ept", "it", "alt-trans", "originalData",
            "sub");

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public XliffDocument read(Path file) throws XliffReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new XliffReadException(name + ": the file does not exist (was it moved or renamed?).", e);
        } catch (IOException e) {
            throw new XliffReadException(name + ": the file cannot be read; check that you may read it.", e);
        }
    }

    public XliffDocument read(InputStream in, String name) throws XliffReadException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            return document(r, name);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new XliffReadException(name + ": not well-formed XML" + (line > 0 ? " at line " + line : "")
                    + "; the CAT tool's export may be cut off. Export it again.", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    private XliffDocument document(XMLStreamReader r, String name) throws XMLStreamException, XliffReadException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            if (r.getEventType() == XMLStreamConstants.DTD && r.getText() != null && r.getText().contains("<!ENTITY")) {
                throw new XliffReadException(name + ": the file declares DTD entities, which Triptych refuses for safety.");
            }
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("xliff")) {
            throw new XliffReadException(name + ": not an XLIFF file (it does not start with <xliff>).");
        }
        String version = attr(r, "version");
        boolean v2 = version.startsWith("2");
        if (!v2 && !version.startsWith("1.")) {
            throw new XliffReadException(name + ": XLIFF version '" + version + "' is not one Triptych reads (2.x or 1.2).");
        }
        String srcLang = attr(r, "srcLang");
        String trgLang = attr(r, "trgLang");
        List<XliffDocument.Unit> units = new ArrayList<>();
        String unitId = null;
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        XliffState state = XliffState.INITIAL;
        boolean anySegmentState = false;
        boolean inIgnorable = false;
        String ignorableSource = "";
        String ignorableTarget = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XliffReadException(name + ": the file uses an entity reference (&" + r.getLocalName()
                        + ";), which Triptych refuses for safety.");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "file" -> {
                        if (!v2) {
                            srcLang = srcLang.isEmpty() ? attr(r, "source-language") : srcLang;
                            trgLang = trgLang.isEmpty() ? attr(r, "target-language") : trgLang;
                        }
                    }
                    case "unit", "trans-unit" -> {
                        unitId = attr(r, "id");
                        source.setLength(0);
                        target.setLength(0);
                        anySegmentState = false;
                        state = XliffState.parse("", "yes".equals(attr(r, "approved")));
                    }
                    case "segment" -> {
                        // a unit is as far along as its least finished segment
                        XliffState s = XliffState.parse(attr(r, "state"), false);
                        state = !anySegmentState || s.ordinal() < state.ordinal() ? s : state;
                        anySegmentState = true;
                    }
                    case "ignorable" -> {
                        inIgnorable = true;
                        ignorableSource = "";
                        ignorableTarget = null;
                    }
                    case "source" -> {
                        if (unitId != null) {
                            String text = inlineText(r);
                            source.append(text);
                            ignorableSource = inIgnorable ? text : ignorableSource;
                        }
                    }
                    case "target" -> {
                        if (unitId != null) {
                            if (!v2) {
                                state = XliffState.parse(attr(r, "state").isEmpty() ? "translated" : attr(r, "state"),
                                        state == XliffState.FINAL);
                            }
                            String text = inlineText(r);
                            if (inIgnorable) {
                                ignorableTarget = text;
                            } else {
                                target.append(text);
                            }
                        }
                    }
                    case "alt-trans", "notes", "note", "originalData", "seg-source" -> skip(r);
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("ignorable")) {
                // XLIFF 2: an ignorable without a target stands in the target as its source (spaces between segments)
                target.append(ignorableTarget != null ? ignorableTarget : ignorableSource);
                inIgnorable = false;
            } else if (ev == XMLStreamConstants.END_ELEMENT
                    && (r.getLocalName().equals("unit") || r.getLocalName().equals("trans-unit"))) {
                String t = target.toString().isBlank() ? "" : target.toString();
                units.add(new XliffDocument.Unit(unitId, source.toString(), t, t.isEmpty() ? XliffState.INITIAL : state));
                unitId = null;
            }
        }
        return new XliffDocument(version, srcLang, trgLang, units);
    }

    /** The text of the element the reader stands on, inline codes reduced as the class comment says. */
    private static String inlineText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        int hidden = 0;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (hidden > 0 || CODE_CONTENT.contains(r.getLocalName())) {
                    hidden++;
                } else if (r.getLocalName().equals("cp")) {
                    try {
                        out.appendCodePoint(Integer.parseInt(attr(r, "hex"), 16));
                    } catch (IllegalArgumentException notACodePoint) {
                        // a broken <cp> stands for nothing we could show
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                hidden = hidden > 0 ? hidden - 1 : 0;
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) && hidden == 0) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : ev == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(null, local);
        if (v == null && local.equals("lang")) {
            v = r.getAttributeValue(XMLConstants.XML_NS_URI, local);
        }
        return v == null ? "" : v;
    }
}
