package org.triptych.io.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.ParagraphKind;
import org.triptych.model.Project;
import org.triptych.text.SentenceSegmenter;

/**
 * Reads TMX 1.4 translation memories as LF Aligner, OmegaT and Trados write them: UTF-8 or UTF-16 with a byte-order
 * mark, language codes with or without region ({@code EN-US}, {@code ar-SA}, {@code ru}), {@code lang} or
 * {@code xml:lang}, inline codes in segments ({@code bpt/ept/ph/it/ut} dropped, {@code hi} kept as its text).
 * One streaming pass; the DTD is never loaded and no entity is resolved.
 *
 * <p>{@link #toProject} makes a project of it: one version per language, one paragraph per unit's text, and per
 * target language one confirmed link per unit (a unit without the target's text links English to nothing, one
 * without English links nothing to the target's text), since an aligned memory is aligned work someone already did.
 */
public final class TmxReader {

    private static final XMLInputFactory FACTORY = newFactory();
    /** Inline elements that stand for the original file's codes: their content is not text. */
    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public TmxDocument read(Path file) throws ImportException {
        List<TmxDocument.Unit> units = new ArrayList<>();
        TmxDocument header = read(file, units::add);
        return new TmxDocument(header.sourceLanguage(), header.segtype(), header.creationTool(), units);
    }

    /**
     * Reads the file unit by unit, handing each to {@code each} as it is read (a memory of 100,000 units need not be
     * held twice); returns the header, with no units.
     */
    public TmxDocument read(Path file, Consumer<TmxDocument.Unit> each) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file, each);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "the file does not exist (was it moved or renamed?). Choose it again.");
        } catch (IOException e) {
            throw new ImportException(file, "the file cannot be read. Check that you have permission to read it.", e);
        }
    }

    private TmxDocument read(InputStream in, Path file, Consumer<TmxDocument.Unit> each) throws ImportException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            return document(r, file, each);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ImportException(file, "it is not well-formed XML" + (line > 0 ? " (line " + line + ")" : "")
                    + ", so it cannot be read as a translation memory. Export it again from the tool that made it.", e);
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

    private static TmxDocument document(XMLStreamReader r, Path file, Consumer<TmxDocument.Unit> each)
            throws XMLStreamException, ImportException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            if (r.getEventType() == XMLStreamConstants.DTD && r.getText() != null && r.getText().contains("<!ENTITY")) {
                throw new ImportException(file, "the file declares DTD entities, which Triptych refuses for safety.");
            }
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("tmx")) {
            throw new ImportException(file, "it is not a TMX translation memory (it does not start with <tmx>).");
        }
        String srclang = "";
        String segtype = "";
        String tool = "";
        int count = 0;
        String tuid = null;
        Map<String, String> variants = new LinkedHashMap<>();
        Map<String, String> props = new LinkedHashMap<>();
        String tuvLang = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportException(file, "the file uses an entity reference (&" + r.getLocalName()
                        + ";), which Triptych refuses for safety.");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "header" -> {
                        String s = attr(r, "srclang");
                        srclang = s.equalsIgnoreCase("*all*") ? "*all*" : baseCode(s);
                        segtype = attr(r, "segtype");
                        tool = attr(r, "creationtool");
                    }
                    case "tu" -> {
                        tuid = attr(r, "tuid");
                        variants = new LinkedHashMap<>();
                        props = Map.of();
                    }
                    case "tuv" -> {
                        String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        tuvLang = baseCode(lang == null || lang.isBlank() ? attr(r, "lang") : lang);
                    }
                    case "prop" -> {
                        String type = attr(r, "type");
                        String value = r.getElementText().strip();
                        if (tuid != null && tuvLang == null) {
                            props = props.isEmpty() ? new LinkedHashMap<>() : props;
                            props.putIfAbsent(type, value);
                        }
                    }
                    case "seg" -> {
                        String text = segText(r).strip();
                        if (tuvLang != null && !tuvLang.isEmpty() && !text.isEmpty()) {
                            variants.putIfAbsent(tuvLang, text); // en-US and en-GB in one unit: the first
                        }
                    }
                    case "note" -> r.getElementText();
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "tuv" -> tuvLang = null;
                    case "tu" -> {
                        if (!variants.isEmpty()) {
                            count++;
                            each.accept(new TmxDocument.Unit(tuid == null || tuid.isBlank() ? String.valueOf(count) : tuid,
                                    variants, props));
                        }
                        tuid = null;
                    }
                    default -> { }
                }
            }
        }
        return new TmxDocument(srclang, segtype, tool, List.of());
    }

    /**
     * A project of the memory's units: English and every other language it holds as versions, confirmed links.
     *
     * @param file the memory's file: its name is each version's source and names it in messages
     * @throws ImportException when the memory holds no English, the pivot every project aligns to
     */
    public static Project toProject(TmxDocument tmx, Path file) throws ImportException {
        String en = Language.ENGLISH.code();
        if (!tmx.languages().contains(en)) {
            throw new ImportException(file, "the translation memory holds no English text (its languages: "
                    + String.join(", ", tmx.languages()) + "). Triptych aligns every version to English.");
        }
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> targets = tmx.languages().stream().filter(l -> !l.equals(en)).toList();
        Map<String, List<Paragraph>> paragraphs = new LinkedHashMap<>();
        Map<String, List<Bead>> beads = new LinkedHashMap<>();
        paragraphs.put(en, new ArrayList<>());
        for (String t : targets) {
            paragraphs.put(t, new ArrayList<>());
            beads.put(t, new ArrayList<>());
        }
        Map<String, SentenceSegmenter> segmenters = new LinkedHashMap<>();
        for (TmxDocument.Unit u : tmx.units()) {
            List<Integer> english = add(u, en, paragraphs, segmenters);
            for (String t : targets) {
                List<Integer> target = add(u, t, paragraphs, segmenters);
                if (!english.isEmpty() || !target.isEmpty()) {
                    beads.get(t).add(new Bead(english, target, 1.0, LinkStatus.CONFIRMED));
                }
            }
        }
        List<DocumentVersion> others = new ArrayList<>();
        List<Alignment> alignments = new ArrayList<>();
        for (String t : targets) {
            Language lang = Language.of(t);
            others.add(new DocumentVersion(lang, source, paragraphs.get(t)));
            alignments.add(new Alignment(lang, AlignmentLevel.PARAGRAPH, beads.get(t)));
        }
        Article article = new Article(new DocumentVersion(Language.ENGLISH, source, paragraphs.get(en)), others);
        return new Project(article, alignments, List.of(), List.of(), List.of());
    }

    private static List<Integer> add(TmxDocument.Unit u, String lang, Map<String, List<Paragraph>> paragraphs,
                                     Map<String, SentenceSegmenter> segmenters) {
        String text = u.variants().get(lang);
        if (text == null) {
            return List.of();
        }
        SentenceSegmenter seg = segmenters.computeIfAbsent(lang, l -> SentenceSegmenter.forLanguage(Language.of(l)));
        List<Paragraph> list = paragraphs.get(lang);
        list.add(new Paragraph(text, ParagraphKind.BODY, seg.split(text)));
        return List.of(list.size() - 1);
    }

    /** The text of a {@code seg}, inline codes dropped, highlighted text kept. */
    private static String segText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        int hidden = 0;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (hidden > 0 || CODES.contains(r.getLocalName())) {
                    hidden++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                hidden = hidden > 0 ? hidden - 1 : 0;
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) && hidden == 0) {
                out.append(r.getText());
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference &" + r.getLocalName() + "; refused");
            }
        }
        return out.toString();
    }

    /** "EN-US", "en_GB", "ar-SA" as their base language, lower case. */
    static String baseCode(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        return dash > 0 ? c.substring(0, dash) : c;
    }

    private static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(null, local);
        return v == null ? "" : v;
    }
}
