package org.triptych.io.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.SafeXml;
import org.triptych.io.StandardValidators;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What we write as TBX passes the standards' checks, reads back whole, and names no folder of the user's. */
class TbxWriterTest {

    @TempDir
    Path dir;

    /** Every option our model has: types, each status, term types, matching options, notes and sources. */
    static Glossary everything() {
        Concept un = new Concept("c-un", ConceptType.ORGANISATION, "Usage: full name on first mention.", Map.of(
                Language.ENGLISH, List.of(Term.preferred("United Nations"),
                        new Term("UN", TermStatus.ADMITTED, true, false, true, false, "", "UN style guide")),
                Language.RUSSIAN, List.of(
                        new Term("Организация Объединённых Наций", TermStatus.PREFERRED, false, false, false, false,
                                "Ё is kept.", "https://www.un.org/ru/"),
                        new Term("ООН", TermStatus.ADMITTED, true, true, true, false),
                        Term.of("Объединённые Нации", TermStatus.DEPRECATED)),
                Language.ARABIC, List.of(Term.preferred("الأمم المتحدة"))), "UNTERM");
        Concept halvorsen = new Concept("c-erik-halvorsen", ConceptType.PERSON, "", Map.of(
                Language.ENGLISH, List.of(Term.preferred("Erik Halvorsen"),
                        new Term("Halvorsen", TermStatus.ADMITTED, false, false, false, true)),
                Language.RUSSIAN, List.of(Term.preferred("Эрик Халворсен"), Term.of("Гальворсен", TermStatus.FORBIDDEN))));
        Concept plain = new Concept("c-truce", ConceptType.OTHER, "", Map.of(
                Language.ENGLISH, List.of(Term.preferred("truce")), Language.ARABIC, List.of(Term.preferred("هدنة"))));
        return new Glossary("/home/ana/Documents/private clients/un.tbx + C:\\Users\\ana\\glossary.csv",
                List.of(un, halvorsen, plain));
    }

    @Test
    void tbxBasicPassesTheDcaSchematronAndTheCoreStructure() throws Exception {
        Path file = dir.resolve("out.tbx");
        new TbxWriter().write(everything(), TbxWriter.Version.V3, file);
        assertEquals(List.of(), StandardValidators.schematronFailures(file, "TBX-Basic_DCA.sch"));
        assertEquals(List.of(), StandardValidators.relaxNgErrors(file, "TBXcoreStructV03.rng"));
        String xml = Files.readString(file);
        assertFalse(xml.contains("x-"), "no private data category in a file that declares TBX-Basic");
        assertTrue(xml.contains("<descrip type=\"subjectField\">organisation</descrip>"), xml);
        assertFalse(xml.contains(">other</descrip>"), "a concept of no particular type gets no subject field");
        assertTrue(xml.contains("<note>Triptych matching: forbidden</note>"), xml);
        assertTrue(xml.contains("<note>Triptych matching: case-sensitive; exact form</note>"), xml);
    }

    @Test
    void bothGenerationsReadBackWithTypeStatusTermTypeNotesAndSources() throws Exception {
        Glossary g = everything();
        for (TbxWriter.Version v : TbxWriter.Version.values()) {
            Path file = dir.resolve("round-" + v + ".tbx");
            new TbxWriter().write(g, v, file);
            GlossaryLoad back = new TbxReader().read(file);
            assertEquals(List.of(), back.problems(), v.toString());
            assertEquals(g.concepts(), back.glossary().concepts(), v.toString());
        }
    }

    @Test
    void theVersion2FileHasTheMartifShapePeerToolsRead() throws Exception {
        Path file = dir.resolve("omegat.tbx");
        new TbxWriter().write(everything(), TbxWriter.Version.V2, file);
        Document doc = SafeXml.parse(file);
        Element root = doc.getDocumentElement();
        assertEquals("martif", root.getTagName());
        assertEquals("", root.getNamespaceURI() == null ? "" : root.getNamespaceURI(), "v2 has no namespace");
        assertEquals(3, doc.getElementsByTagName("termEntry").getLength());
        Element first = (Element) doc.getElementsByTagName("termEntry").item(0);
        Element langSet = null;
        for (int i = 0; i < first.getElementsByTagName("langSet").getLength(); i++) {
            Element e = (Element) first.getElementsByTagName("langSet").item(i);
            langSet = e.getAttribute("xml:lang").equals("en") ? e : langSet;
        }
        Element tig = (Element) langSet.getElementsByTagName("tig").item(0);
        assertEquals("term", ((Element) tig.getElementsByTagName("term").item(0)).getTagName());
        assertEquals("United Nations", tig.getElementsByTagName("term").item(0).getTextContent());
    }

    @Test
    void noFolderOfTheUsersMachineGoesIntoTheFile() throws Exception {
        for (TbxWriter.Version v : TbxWriter.Version.values()) {
            String xml = new TbxWriter().write(everything(), v);
            assertFalse(xml.contains("/home") || xml.contains("ana") || xml.contains("C:") || xml.contains("Users"), xml);
            assertTrue(xml.contains("Written by Triptych from un.tbx + glossary.csv"), xml);
        }
    }

    @Test
    void conceptIdsThatAreNotXmlIdsBecomeOnesThatStayUnique() throws Exception {
        Glossary g = new Glossary("g", List.of(
                new Concept("12 Monkeys", ConceptType.OTHER, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Twelve Monkeys")))),
                new Concept("c-12_Monkeys", ConceptType.OTHER, "", Map.of(Language.ENGLISH, List.of(Term.preferred("Army of the Twelve Monkeys"))))));
        Path file = dir.resolve("ids.tbx");
        new TbxWriter().write(g, TbxWriter.Version.V3, file);
        assertEquals(List.of(), StandardValidators.relaxNgErrors(file, "TBXcoreStructV03.rng"));
        List<String> ids = new TbxReader().read(file).glossary().concepts().stream().map(Concept::id).toList();
        assertEquals(List.of("c-12_Monkeys-2", "c-12_Monkeys"), ids);
    }

    @Test
    void theShippedGlossariesPassTheSchematronAsShippedAndAsWeWriteThem() throws Exception {
        for (String name : List.of("sample.tbx", "starter-news.tbx")) {
            Path shipped = Path.of("glossaries", name);
            assertEquals(List.of(), StandardValidators.schematronFailures(shipped, "TBX-Basic_DCA.sch"), name);
            GlossaryLoad load = new TbxReader().read(shipped);
            Path again = dir.resolve(name);
            new TbxWriter().write(load.glossary(), TbxWriter.Version.V3, again);
            assertEquals(List.of(), StandardValidators.schematronFailures(again, "TBX-Basic_DCA.sch"), name);
            assertEquals(load.glossary().concepts(), new TbxReader().read(again).glossary().concepts(), name);
        }
    }
}
