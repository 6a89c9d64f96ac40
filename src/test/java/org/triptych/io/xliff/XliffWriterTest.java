package org.triptych.io.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.SafeXml;
import org.triptych.io.StandardValidators;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XliffWriterTest {

    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";

    @TempDir
    Path dir;

    /** A confirmed row, an unedited machine draft, an empty target, a flagged link, a row of odd characters. */
    static List<XliffRow> rows() {
        return List.of(
                new XliffRow(null, "The UN Security Council met on Tuesday.", "اجتمع مجلس الأمن الدولي يوم الثلاثاء.",
                        LinkStatus.CONFIRMED, null, List.of(XliffNote.glossary("Security Council", "مجلس الأمن"))),
                new XliffRow(null, "It extended the mission by 12 months.", "ومدّد البعثة 12 شهرًا.",
                        LinkStatus.AUTOMATIC, "deepl", List.of(XliffNote.finding("Number 12 checked", false))),
                new XliffRow(null, "Envoy Erik Halvorsen welcomed the vote.", "", LinkStatus.AUTOMATIC, null,
                        List.of(XliffNote.finding("Missing: Erik Halvorsen (إريك هالفورسن)", true))),
                new XliffRow(null, "A flagged   row\nwith two lines & <tags>.", "سطر <مُعلَّم> & آخر.", LinkStatus.REVIEW,
                        null, List.of()),
                new XliffRow(null, "Bell\u0007 inside.", "جرس\u0007 هنا.", LinkStatus.CONFIRMED, null, List.of()));
    }

    @Test
    void xliff21PassesTheOasisCoreSchema() throws Exception {
        Path file = dir.resolve("a.en-ar.xlf");
        new XliffWriter("0.2.0").write(file, XliffVersion.V2_1, Language.ENGLISH, Language.ARABIC,
                "/home/ana/news/article-en.docx", rows());
        assertEquals(List.of(), StandardValidators.xsdErrors(file, "xliff-2.1/xliff_core_2.0.xsd"));
    }

    @Test
    void xliff12PassesTheStrictSchema() throws Exception {
        Path file = dir.resolve("a.en-ar.xlf");
        new XliffWriter("0.2.0").write(file, XliffVersion.V1_2, Language.ENGLISH, Language.ARABIC,
                "C:\\news\\article-en.docx", rows());
        assertEquals(List.of(), StandardValidators.xsdErrors(file, "xliff-1.2/xliff-core-1.2-strict.xsd"));
    }

    @Test
    void xliff21StatesAndNotesFollowTheLinks() throws Exception {
        Path file = dir.resolve("b.xlf");
        new XliffWriter("0.2.0").write(file, XliffVersion.V2_1, Language.ENGLISH, Language.ARABIC,
                "/home/ana/news/article-en.docx", rows());
        Document doc = SafeXml.parse(file);
        Element root = doc.getDocumentElement();
        assertEquals("2.1", root.getAttribute("version"));
        assertEquals("en", root.getAttribute("srcLang"));
        assertEquals("ar", root.getAttribute("trgLang"));
        assertEquals("article-en.docx", ((Element) doc.getElementsByTagNameNS(XLIFF2, "file").item(0)).getAttribute("original"));
        NodeList units = doc.getElementsByTagNameNS(XLIFF2, "unit");
        assertEquals(5, units.getLength());
        List<String> states = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            states.add(((Element) ((Element) units.item(i)).getElementsByTagNameNS(XLIFF2, "segment").item(0)).getAttribute("state"));
        }
        assertEquals(List.of("final", "translated", "initial", "translated", "final"), states);
        Element confirmed = (Element) units.item(0);
        assertEquals("u1", confirmed.getAttribute("id"));
        assertEquals("rtl", confirmed.getAttribute("trgDir"));
        assertEquals("glossary", note(confirmed, 0).getAttribute("category"));
        assertEquals("Security Council \u2192 مجلس الأمن", note(confirmed, 0).getTextContent());
        Element draft = (Element) units.item(1);
        assertEquals("origin", note(draft, 0).getAttribute("category"));
        assertTrue(note(draft, 0).getTextContent().contains("deepl"), note(draft, 0).getTextContent());
        Element empty = (Element) units.item(2);
        assertEquals(0, empty.getElementsByTagNameNS(XLIFF2, "target").getLength(), "an initial unit has no target");
        assertEquals("1", note(empty, 0).getAttribute("priority"), "an error finding comes first in importance");
        Element flagged = (Element) units.item(3);
        assertTrue(note(flagged, 0).getTextContent().contains("flagged for review"));
        assertEquals("A flagged   row\nwith two lines & <tags>.",
                flagged.getElementsByTagNameNS(XLIFF2, "source").item(0).getTextContent());
        Element bell = (Element) ((Element) units.item(4)).getElementsByTagNameNS(XLIFF2, "source").item(0);
        assertEquals("0007", ((Element) bell.getElementsByTagNameNS(XLIFF2, "cp").item(0)).getAttribute("hex"));
    }

    @Test
    void xliff12MarksFinalUnitsApprovedAndMachineDraftsAsSuggestions() throws Exception {
        Path file = dir.resolve("c.xlf");
        new XliffWriter("0.2.0").write(file, XliffVersion.V1_2, Language.ENGLISH, Language.RUSSIAN, "en.txt", rows());
        Document doc = SafeXml.parse(file);
        Element fileEl = (Element) doc.getElementsByTagNameNS(XLIFF12, "file").item(0);
        assertEquals("en", fileEl.getAttribute("source-language"));
        assertEquals("ru", fileEl.getAttribute("target-language"));
        NodeList units = doc.getElementsByTagNameNS(XLIFF12, "trans-unit");
        Element confirmed = (Element) units.item(0);
        assertEquals("yes", confirmed.getAttribute("approved"));
        assertEquals("final", target12(confirmed).getAttribute("state"));
        Element draft = (Element) units.item(1);
        assertEquals("", draft.getAttribute("approved"));
        assertEquals("translated", target12(draft).getAttribute("state"));
        assertEquals("mt-suggestion", target12(draft).getAttribute("state-qualifier"));
        assertEquals(0, ((Element) units.item(2)).getElementsByTagNameNS(XLIFF12, "target").getLength());
        assertEquals("Bell inside.", ((Element) units.item(4)).getElementsByTagNameNS(XLIFF12, "source").item(0).getTextContent());
    }

    @Test
    void idsAreTheCallersWhenUsableAndTheFileNameFollowsThePrefix() {
        List<XliffRow> given = List.of(new XliffRow("p-1", "One.", "Раз.", LinkStatus.CONFIRMED, null, List.of()),
                new XliffRow("p-1", "Two.", "Два.", LinkStatus.CONFIRMED, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new XliffWriter("1").write(XliffVersion.V2_1,
                Language.ENGLISH, Language.RUSSIAN, "en.txt", given));
        assertThrows(IllegalArgumentException.class, () -> new XliffWriter("1").write(XliffVersion.V2_1,
                Language.ENGLISH, Language.RUSSIAN, "en.txt",
                List.of(new XliffRow("has space", "One.", "", null, null, List.of()))));
        assertEquals(dir.resolve("out.en-ru.xlf"), XliffWriter.fileFor(dir.resolve("out"), Language.ENGLISH, Language.RUSSIAN));
        assertFalse(new XliffWriter("1").write(XliffVersion.V2_1, Language.ENGLISH, Language.RUSSIAN, "/srv/x/en.txt",
                given.subList(0, 1)).contains("/srv"));
    }

    @Test
    void aMachineDraftIsNeverFinalEvenOnAConfirmedLinkAndAnEmptyTargetIsAlwaysInitial() {
        assertEquals(XliffState.TRANSLATED, new XliffRow(null, "One.", "Раз.", LinkStatus.CONFIRMED, "deepl", List.of()).state());
        assertEquals(XliffState.FINAL, new XliffRow(null, "One.", "Раз.", LinkStatus.CONFIRMED, null, List.of()).state());
        assertEquals(XliffState.INITIAL, new XliffRow(null, "One.", " ", LinkStatus.CONFIRMED, null, List.of()).state());
        assertEquals(XliffState.TRANSLATED, new XliffRow(null, "One.", "Раз.", LinkStatus.REVIEW, null, List.of()).state());
        assertEquals(XliffState.TRANSLATED, new XliffRow(null, "One.", "Раз.", null, null, List.of()).state());
    }

    private static Element note(Element unit, int i) {
        NodeList notes = unit.getElementsByTagNameNS(XLIFF2, "note");
        return (Element) notes.item(i);
    }

    private static Element target12(Element unit) {
        return (Element) unit.getElementsByTagNameNS(XLIFF12, "target").item(0);
    }
}
