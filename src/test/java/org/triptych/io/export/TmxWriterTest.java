package org.triptych.io.export;

import org.triptych.io.SafeXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class TmxWriterTest {

    @TempDir
    Path dir;

    static Document parse(Path file) throws Exception {
        return SafeXml.parse(file);
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nl.item(i));
            }
        }
        return out;
    }

    @Test
    void oneTranslationUnitPerRowWithEveryLanguageParsedBack() throws Exception {
        Path file = dir.resolve("out.tmx");
        List<TmxWriter.Unit> units = List.of(
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "Profits rose <5%> & \"costs\" fell."),
                        new TmxWriter.Variant("ar", "ارتفعت الأرباح بنسبة ٥٪."),
                        new TmxWriter.Variant("ru", "Прибыль выросла на 5% — «расходы» упали."))),
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "Bell\u0007 and NUL\u0000 and lone \uD800 go."),
                        new TmxWriter.Variant("ru", "Эмодзи \uD83D\uDE00 остаются."))));
        new TmxWriter("0.1.0").write(file, "en", "sentence", units);

        Document doc = parse(file);
        Element tmx = doc.getDocumentElement();
        assertEquals("tmx", tmx.getTagName());
        assertEquals("1.4", tmx.getAttribute("version"));
        List<Element> top = children(tmx);
        assertEquals(List.of("header", "body"), top.stream().map(Element::getTagName).toList());
        Element header = top.get(0);
        for (String required : List.of("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                "srclang", "datatype")) {
            assertFalse(header.getAttribute(required).isEmpty(), "header needs " + required);
        }
        assertEquals("sentence", header.getAttribute("segtype"));
        assertTrue(Set.of("block", "paragraph", "sentence", "phrase").contains(header.getAttribute("segtype")));
        List<Element> tus = children(top.get(1));
        assertEquals(2, tus.size());
        for (Element tu : tus) {
            assertEquals("tu", tu.getTagName());
            List<Element> tuvs = children(tu);
            assertFalse(tuvs.isEmpty(), "a tu holds at least one tuv");
            for (Element tuv : tuvs) {
                assertEquals("tuv", tuv.getTagName());
                assertFalse(tuv.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty());
                List<Element> segs = children(tuv);
                assertEquals(1, segs.size());
                assertEquals("seg", segs.get(0).getTagName());
            }
        }
        List<Element> first = children(tus.get(0));
        assertEquals(List.of("en", "ar", "ru"),
                first.stream().map(t -> t.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).toList());
        assertEquals("Profits rose <5%> & \"costs\" fell.", first.get(0).getTextContent());
        assertEquals("ارتفعت الأرباح بنسبة ٥٪.", first.get(1).getTextContent());
        List<Element> second = children(tus.get(1));
        assertEquals("Bell and NUL and lone  go.", second.get(0).getTextContent());
        assertEquals("Эмодзи \uD83D\uDE00 остаются.", second.get(1).getTextContent());
        assertTrue(Files.readString(file).contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"));
    }

    @Test
    void aBadSegtypeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TmxWriter("1").write(dir.resolve("x.tmx"), "en", "chapter", List.of()));
    }
}
