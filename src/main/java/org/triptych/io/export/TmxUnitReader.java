package org.triptych.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the translation units of a TMX file back (a batch merges its articles' TMX files into one): per {@code tu} its
 * {@code tuv}s in order, each with its {@code xml:lang} and the text of its {@code seg} (the text of inline elements
 * included, their markup not), and the review properties Triptych writes: the unit's {@code x-link-status} and a
 * variant's {@code x-machine-draft}. No DTD or external entity is ever loaded.
 */
public final class TmxUnitReader {

    private static final XMLInputFactory FACTORY = factory();

    public List<TmxWriter.Unit> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = FACTORY.createXMLStreamReader(in);
            try {
                return units(x);
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + " is not a TMX file that can be read: " + e.getMessage(), e);
        }
    }

    private static List<TmxWriter.Unit> units(XMLStreamReader x) throws XMLStreamException {
        List<TmxWriter.Unit> units = new ArrayList<>();
        List<TmxWriter.Variant> variants = null;
        String lang = null;
        StringBuilder seg = null;
        org.triptych.model.LinkStatus status = null;
        String machineDraft = null;
        String propType = null;
        StringBuilder prop = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "tu" -> {
                        variants = new ArrayList<>();
                        status = null;
                    }
                    case "prop" -> {
                        propType = x.getAttributeValue(null, "type");
                        prop = new StringBuilder();
                    }
                    case "tuv" -> {
                        machineDraft = null;
                        lang = x.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        if (lang == null) {
                            lang = x.getAttributeValue(null, "lang"); // TMX 1.1 wrote lang without the namespace
                        }
                    }
                    case "seg" -> seg = new StringBuilder();
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && (seg != null || prop != null)) {
                (seg != null ? seg : prop).append(x.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (x.getLocalName()) {
                    case "prop" -> {
                        String value = prop.toString().strip();
                        if ("x-link-status".equals(propType)) {
                            for (org.triptych.model.LinkStatus st : org.triptych.model.LinkStatus.values()) {
                                if (st.name().equalsIgnoreCase(value)) {
                                    status = st;
                                }
                            }
                        } else if ("x-machine-draft".equals(propType) && lang != null) {
                            machineDraft = value;
                        }
                        prop = null;
                        propType = null;
                    }
                    case "seg" -> {
                        if (variants != null && lang != null) {
                            variants.add(new TmxWriter.Variant(lang, seg.toString(), machineDraft));
                        }
                        seg = null;
                    }
                    case "tu" -> {
                        if (variants != null && !variants.isEmpty()) {
                            units.add(new TmxWriter.Unit(variants, null, status)); // a merged file numbers them anew
                        }
                        variants = null;
                    }
                    default -> { }
                }
            }
        }
        return units;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
