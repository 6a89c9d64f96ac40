package org.triptych.io.export;

import org.triptych.io.SafeXml;
import org.triptych.io.StandardValidators;
import org.triptych.model.LinkStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        assertEquals(List.of(), StandardValidators.tmxDtdErrors(file), "valid against the TMX 1.4b DTD");
    }

    @Test
    void everyUnitSaysWhenWhatMadeItWithItsIdAndTheLinksStatus() throws Exception {
        Path file = dir.resolve("memory.tmx");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        new TmxWriter("0.2.0", clock).write(file, "en", "paragraph", List.of(
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "The council met."),
                        new TmxWriter.Variant("ru", "Совет собрался.")), "row-7", LinkStatus.CONFIRMED),
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "It voted."),
                        new TmxWriter.Variant("ar", "وصوّت.", "deepl")), null, LinkStatus.AUTOMATIC),
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "No status known.")))));

        assertEquals(List.of(), StandardValidators.tmxDtdErrors(file), "valid against the TMX 1.4b DTD");
        NodeList tus = parse(file).getElementsByTagName("tu");
        assertEquals(3, tus.getLength());
        Element first = (Element) tus.item(0);
        assertEquals("row-7", first.getAttribute("tuid"));
        assertEquals("20260304T050607Z", first.getAttribute("creationdate"));
        assertEquals("Triptych", first.getAttribute("creationtool"));
        assertEquals("0.2.0", first.getAttribute("creationtoolversion"));
        assertEquals("confirmed", property(first, "x-link-status"));
        Element second = (Element) tus.item(1);
        assertEquals("2", second.getAttribute("tuid"), "the unit's position where the caller gives no id");
        assertEquals("automatic", property(second, "x-link-status"));
        Element arabic = (Element) second.getElementsByTagName("tuv").item(1);
        assertEquals("deepl", property(arabic, "x-machine-draft"));
        assertEquals("وصوّت.", arabic.getElementsByTagName("seg").item(0).getTextContent());
        assertEquals("", property((Element) tus.item(2), "x-link-status"));
        assertEquals("", property((Element) second.getElementsByTagName("tuv").item(0), "x-machine-draft"));
    }

    @Test
    void twoUnitsWithOneIdAreRefused() {
        List<TmxWriter.Unit> units = List.of(
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "a")), "u1", null),
                new TmxWriter.Unit(List.of(new TmxWriter.Variant("en", "b")), "u1", null));
        assertThrows(IllegalArgumentException.class, () -> new TmxWriter("1").write(dir.resolve("x.tmx"), "en", "sentence", units));
    }

    private static String property(Element owner, String type) {
        for (Element child : children(owner)) {
            if (child.getTagName().equals("prop") && child.getAttribute("type").equals(type)) {
                return child.getTextContent();
            }
        }
        return "";
    }

    @Test
    void aBadSegtypeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TmxWriter("1").write(dir.resolve("x.tmx"), "en", "chapter", List.of()));
    }
}
