package org.triptych.io.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.triptych.model.ConceptType;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Reads TBX glossaries of both generations in one pass: TBX v3 (ISO 30042:2019, {@code tbx/.../conceptEntry/langSec/
 * termSec/term}, DCA or DCT style) and TBX v2 ({@code martif/.../termEntry/langSet/tig|ntig/term}).
 *
 * <p>Besides terms and statuses it reads what {@link TbxWriter} writes: the concept type from {@code subjectField}
 * (or the older {@code conceptType} descrip), notes and sources of concepts and terms (a source inside a
 * {@code descripGrp} belongs to that description and is skipped), and the matching options from the
 * "Triptych matching:" note (or the older private {@code x-} term notes).
 *
 * <p>DTDs are not loaded and entities are not expanded, so XXE and entity-expansion ("billion laughs") payloads fail
 * at the first entity reference with a clear message. On a syntax error the concepts read before it are kept.
 */
final class TbxReader {

    private static final XMLInputFactory FACTORY = newFactory();
    private static final java.util.Set<String> KNOWN_DIALECTS = java.util.Set.of("TBX", "TBX-BASIC", "TBX-CORE",
            "TBX-MIN", "TBX-DEFAULT", "TBX-LINGUIST");

    private static XMLInputFactory newFactory() {
        // The JDK's own StAX parser, whatever else is on the classpath, so the safety settings below are known to hold.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public GlossaryLoad read(Path file) {
        ConceptCollector c = new ConceptCollector(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            read(in, c);
        } catch (IOException e) {
            c.problem(0, Severity.ERROR, "cannot read the file: " + e.getMessage());
        }
        return c.finish();
    }

    public GlossaryLoad read(InputStream in, String source) {
        ConceptCollector c = new ConceptCollector(source);
        read(in, c);
        return c.finish();
    }

    private void read(InputStream in, ConceptCollector c) {
        XMLStreamReader r = null;
        int line = 0;
        try {
            r = FACTORY.createXMLStreamReader(in);
            String conceptId = null;
            Language lang = null;
            boolean inTermGroup = false;
            String termText = null;
            int termLine = 0;
            TermStatus status = null;
            boolean acronym = false;
            boolean caseSensitive = false;
            boolean exact = false;
            boolean forbidden = false;
            boolean shortForm = false;
            boolean derived = false;
            String termNote = "";
            String termSource = "";
            int grouped = 0;
            boolean rootSeen = false;
            int generated = 0;
            while (r.hasNext()) {
                int ev = r.next();
                line = r.getLocation().getLineNumber();
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    c.problem(line, Severity.ERROR, "entity reference '&" + r.getLocalName()
                            + ";' refused: glossaries may not use DTD entities (possible XXE or entity-expansion attack)");
                    return;
                }
                if (ev == XMLStreamConstants.DTD) {
                    String dtd = r.getText();
                    if (dtd != null && dtd.contains("<!ENTITY")) {
                        c.problem(line, Severity.ERROR, "the file declares DTD entities, which are refused "
                                + "(possible XXE or entity-expansion attack); nothing read");
                        return;
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!name.equals("tbx") && !name.equals("martif")) {
                            c.problem(line, Severity.ERROR, "not a TBX file: the root element is <" + name
                                    + ">, expected <tbx> (TBX v3) or <martif> (TBX v2)");
                            return;
                        }
                        String type = attr(r, "type");
                        if (type != null && !type.isBlank() && !KNOWN_DIALECTS.contains(type.strip().toUpperCase(Locale.ROOT))) {
                            c.problem(line, Severity.WARNING, "unknown TBX dialect '" + type
                                    + "'; reading the core structure only");
                        }
                        continue;
                    }
                    switch (name) {
                        case "conceptEntry", "termEntry" -> {
                            conceptId = attr(r, "id");
                            if (conceptId == null || conceptId.isBlank()) {
                                conceptId = "c" + (++generated) + "-line" + line;
                                c.problem(line, Severity.INFO, "concept without id; named " + conceptId);
                            }
                            c.begin(conceptId, line, true);
                        }
                        case "langSec", "langSet" -> {
                            String code = r.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
                            if (code == null) {
                                code = attr(r, "lang");
                            }
                            lang = null;
                            if (code == null || code.isBlank()) {
                                c.problem(line, Severity.WARNING, "<" + name + "> without xml:lang; its terms are skipped");
                            } else {
                                try {
                                    lang = Language.of(baseCode(code));
                                } catch (IllegalArgumentException e) {
                                    c.problem(line, Severity.WARNING, "unknown language '" + code + "'; its terms are skipped");
                                }
                            }
                        }
                        case "termSec", "tig", "ntig" -> {
                            inTermGroup = true;
                            termText = null;
                            status = null;
                            acronym = false;
                            caseSensitive = false;
                            exact = false;
                            forbidden = false;
                            shortForm = false;
                            derived = false;
                            termNote = "";
                            termSource = "";
                        }
                        case "term" -> {
                            termLine = line;
                            String text = r.getElementText();
                            if (inTermGroup) {
                                termText = text;
                            } else if (conceptId != null && lang != null) {
                                addTerm(c, conceptId, termLine, lang, text, null, false, false, false, false, false, "", "");
                            }
                        }
                        case "descripGrp", "adminGrp", "transacGrp" -> grouped++;
                        case "termNote", "descrip", "admin", "note", "administrativeStatus", "termType" -> {
                            String type = name.equals("administrativeStatus") || name.equals("termType")
                                    ? name : attr(r, "type");
                            String value = r.getElementText().strip();
                            // a source inside descripGrp is the source of that description, not of the term
                            boolean source = name.equals("admin") && "source".equals(type) && grouped == 0;
                            if (inTermGroup && name.equals("note")) {
                                if (value.startsWith(TbxWriter.MATCHING_NOTE)) {
                                    String options = value.substring(TbxWriter.MATCHING_NOTE.length());
                                    forbidden |= options.contains(TbxWriter.FORBIDDEN);
                                    caseSensitive |= options.contains(TbxWriter.CASE_SENSITIVE);
                                    exact |= options.contains(TbxWriter.EXACT_FORM);
                                    derived |= options.contains(TbxWriter.DERIVED_FORM);
                                } else if (grouped == 0) {
                                    termNote = termNote.isEmpty() ? value : termNote + " " + value;
                                }
                            } else if (inTermGroup && source) {
                                termSource = termSource.isEmpty() ? value : termSource;
                            } else if (inTermGroup && type != null) {
                                switch (type) {
                                    case "administrativeStatus", "normativeAuthorization" -> {
                                        status = TermStatus.parse(value).orElse(null);
                                        if (status == null) {
                                            c.problem(line, Severity.WARNING, "unknown administrative status '" + value
                                                    + "'; term taken as admitted");
                                            status = TermStatus.ADMITTED;
                                        }
                                    }
                                    case "termType" -> {
                                        String v = value.toLowerCase(Locale.ROOT);
                                        acronym |= v.matches("acronym|abbreviation|initialism");
                                        shortForm |= v.matches("shortform|short form|short-form");
                                    }
                                    // the private notes of files written before decision 0203
                                    case "x-caseSensitive" -> caseSensitive = yes(value);
                                    case "x-exactForm" -> exact = yes(value);
                                    case "x-forbidden" -> forbidden = yes(value);
                                    default -> { }
                                }
                            } else if (conceptId != null && lang == null) {
                                if ("x-conceptType".equals(type) || "conceptType".equals(type)) {
                                    c.type(conceptId, ConceptType.parse(value));
                                } else if ("subjectField".equals(type)
                                        && ConceptType.parse(value) != ConceptType.OTHER) {
                                    c.type(conceptId, ConceptType.parse(value));
                                } else if (source) {
                                    c.source(conceptId, value);
                                } else if (grouped == 0 && (type == null || type.equals("definition")
                                        || type.equals("note") || name.equals("note"))) {
                                    c.note(conceptId, value);
                                }
                            }
                        }
                        default -> { }
                    }
                } else {
                    switch (name) {
                        case "conceptEntry", "termEntry" -> {
                            conceptId = null;
                            lang = null;
                        }
                        case "langSec", "langSet" -> lang = null;
                        case "descripGrp", "adminGrp", "transacGrp" -> grouped--;
                        case "termSec", "tig", "ntig" -> {
                            inTermGroup = false;
                            if (termText != null && conceptId != null && lang != null) {
                                addTerm(c, conceptId, termLine, lang, termText, forbidden ? TermStatus.FORBIDDEN : status,
                                        caseSensitive, exact, acronym, shortForm, derived, termNote, termSource);
                            }
                            termText = null;
                        }
                        default -> { }
                    }
                }
            }
            if (!rootSeen) {
                c.problem(line, Severity.ERROR, "empty file: no XML element found");
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int cut = msg.indexOf("Message: ");
            msg = cut >= 0 ? msg.substring(cut + "Message: ".length()) : msg;
            if (msg.contains("entity") || msg.contains("DOCTYPE") || msg.contains("DTD")) {
                msg = msg + " (DTDs and entities are refused: possible XXE or entity-expansion attack)";
            }
            c.problem(Math.max(at, 0), Severity.ERROR, "malformed XML: " + msg.strip()
                    + "; the concepts before this point were kept");
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

    private static void addTerm(ConceptCollector c, String id, int line, Language lang, String text, TermStatus status,
                                boolean caseSensitive, boolean exact, boolean acronym, boolean shortForm,
                                boolean derived, String note, String source) {
        if (text == null || text.isBlank()) {
            c.problem(line, Severity.WARNING, "empty term in concept '" + id + "'; skipped");
            return;
        }
        TermStatus s = status == null ? TermStatus.ADMITTED : status;
        c.term(id, line, lang, new Term(ConceptCollector.collapseSpaces(text), s, caseSensitive, exact, acronym, shortForm,
                note, source, derived));
    }

    private static boolean yes(String v) {
        return v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") || v.equals("1");
    }

    private static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** {@code en-US} and {@code ar_EG} are matched as their base language. */
    static String baseCode(String code) {
        String c = code.strip().replace('_', '-');
        int dash = c.indexOf('-');
        return dash > 0 ? c.substring(0, dash) : c;
    }
}
