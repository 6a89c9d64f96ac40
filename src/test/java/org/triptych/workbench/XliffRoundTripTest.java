package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.SafeXml;
import org.triptych.io.StandardValidators;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.xliff.XliffReader;
import org.triptych.io.xliff.XliffVersion;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * XLIFF out of a project and back in, on the bundled sample with its gold links and its glossary: the files pass the
 * OASIS schemas, units carry the links' states, machine-draft marks, glossary terms and findings, and a translator's
 * changes come back as one undoable step that touches only the units changed.
 */
class XliffRoundTripTest {

    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private Session sample(UnitAligner aligner) {
        Session s = new Session(TaskRunner.direct(), aligner, new TermChecks());
        s.addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        s.replace(Project.of(SampleArticle.load()).withGlossaries(List.of(Path.of("glossaries/sample.tbx")
                .toAbsolutePath().toString())), null, true);
        return s;
    }

    private static DocumentVersion arabic(Session s) {
        return s.article().version(Language.ARABIC).orElseThrow();
    }

    private static List<Element> units(Document d) {
        NodeList n = d.getElementsByTagNameNS(XLIFF2, "unit");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add((Element) n.item(i));
        }
        return out;
    }

    private static Element unit(Document d, String id) {
        return units(d).stream().filter(u -> u.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> notes(Element unit, String category) {
        NodeList n = unit.getElementsByTagNameNS(XLIFF2, "note");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            if (e.getAttribute("category").equals(category)) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    private static String state(Element unit) {
        return ((Element) unit.getElementsByTagNameNS(XLIFF2, "segment").item(0)).getAttribute("state");
    }

    @Test
    void aProjectsXliffCarriesItsLinksDraftsTermsAndFindingsAndPassesTheSchema() throws Exception {
        Session s = sample(new GoldUnitAligner());
        s.confirm(AlignmentLevel.PARAGRAPH, 0);
        s.insertDrafts(Language.ARABIC, Map.of(11, Paragraph.unsegmented("مسودة آلية للفقرة الحادية عشرة.")));
        new ProjectExports(s, TaskRunner.direct()).exportXliff(AlignmentLevel.PARAGRAPH, dir.resolve("story"), XliffVersion.V2_1);

        Path ar = dir.resolve("story.en-ar.xlf");
        assertTrue(Files.exists(dir.resolve("story.en-ru.xlf")), notices.toString());
        assertEquals(List.of(), StandardValidators.xsdErrors(ar, "xliff-2.1/xliff_core_2.0.xsd"));
        Document d = SafeXml.parse(ar);
        assertEquals(List.of("p1", "p2", "p3-4", "p5", "p6", "p7", "p8-9", "p10", "p11", "p12", "p13", "p14"),
                units(d).stream().map(u -> u.getAttribute("id")).toList(), "one unit per row, named by its English");
        assertEquals("final", state(unit(d, "p1")), "the confirmed row");
        assertEquals("translated", state(unit(d, "p2")));
        assertEquals("translated", state(unit(d, "p12")), "a machine draft is never final");
        assertEquals(List.of("Machine translation by a machine translation provider, not edited by a person"),
                notes(unit(d, "p12"), "origin"));
        assertTrue(notes(unit(d, "p3-4"), "glossary").contains("Erik Halvorsen \u2192 إريك هالفورسن"),
                notes(unit(d, "p3-4"), "glossary").toString());
        // the sample's Arabic misspells the envoy once (هالفورسون): the check's finding is noted on that row
        long findingNotes = units(d).stream().mapToLong(u -> notes(u, "finding").size()).sum();
        assertTrue(findingNotes > 0, "the findings of a check are notes");
        assertTrue(s.findingsCurrent(), "the checks ran first, as for the QA report");
        assertEquals("rtl", unit(d, "p1").getAttribute("trgDir"));
    }

    @Test
    void aTranslatorsChangeComesBackAsOneUndoableStepAndTouchesNothingElse() throws Exception {
        Session s = sample(new GoldUnitAligner());
        new ProjectExports(s, TaskRunner.direct()).exportXliff(AlignmentLevel.PARAGRAPH, dir.resolve("story"), XliffVersion.V2_1);
        Path file = dir.resolve("story.en-ar.xlf");
        DocumentVersion before = arabic(s);
        Article articleBefore = s.article();
        String old = before.paragraphs().get(1).text();
        String xml = Files.readString(file);
        assertTrue(xml.contains(old));
        String revised = "مسقط، 28 نوفمبر (رويترز) - نص منقح من المترجم.";
        // the translator rewrites p2 and translates p12, which had no Arabic (the sample leaves English 11 out)
        xml = xml.replace(old, revised);
        int p12 = xml.indexOf("<unit id=\"p12\"");
        int sourceEnd = xml.indexOf("</source>", p12) + "</source>".length();
        xml = xml.substring(0, sourceEnd) + "\n        <target>فقرة ترجمها المترجم.</target>" + xml.substring(sourceEnd);
        Files.writeString(file, xml);

        s.importTranslation(new XliffReader().read(file), "story.en-ar.xlf");

        DocumentVersion after = arabic(s);
        assertEquals(before.paragraphs().size() + 1, after.paragraphs().size());
        assertEquals(revised, after.paragraphs().get(1).text());
        assertEquals("فقرة ترجمها المترجم.", after.paragraphs().get(10).text(), "filled after the row before it");
        assertSame(before.paragraphs().get(0), after.paragraphs().get(0), "an unchanged paragraph is the same paragraph");
        assertSame(before.paragraphs().get(10), after.paragraphs().get(11));
        assertEquals("Imported story.en-ar.xlf into العربية\u200E: 1 unit changed, 1 filled, 10 unchanged",
                notices.get(notices.size() - 1));
        LinkTable t = s.table(AlignmentLevel.PARAGRAPH);
        int column = t.column(Language.ARABIC);
        assertEquals(List.of(10), t.rows().get(t.rowOfEnglish(11)).cells().get(column).units());
        assertEquals(List.of(11), t.rows().get(t.rowOfEnglish(12)).cells().get(column).units(), "the rest moved down one");
        assertTrue(s.isDirty());
        assertEquals("Undo import translation story.en-ar.xlf", s.undoName());

        s.undo();
        assertSame(articleBefore, s.article(), "one Undo brings the version back as it was");

        s.redo();
        assertEquals(revised, arabic(s).paragraphs().get(1).text());
        s.importTranslation(new XliffReader().read(file), "story.en-ar.xlf");
        assertEquals("Nothing to change: story.en-ar.xlf into العربية\u200E: 0 units changed, 0 filled, 12 unchanged",
                notices.get(notices.size() - 1), "importing the same file again changes nothing");
    }

    @Test
    void unitsWhoseEnglishOrRowsChangedSinceTheExportAreSkippedAndNamed() throws Exception {
        Session s = sample(new GoldUnitAligner());
        new ProjectExports(s, TaskRunner.direct()).exportXliff(AlignmentLevel.PARAGRAPH, dir.resolve("story"), XliffVersion.V1_2);
        Path file = dir.resolve("story.en-ar.xlf");
        assertEquals(List.of(), StandardValidators.xsdErrors(file, "xliff-1.2/xliff-core-1.2-strict.xsd"));
        DocumentVersion ar = arabic(s);
        String xml = Files.readString(file);
        for (int p : new int[] {1, 3, 4}) { // rows p2, p5 and p6
            xml = xml.replace(ar.paragraphs().get(p).text(), "ترجمة جديدة " + p);
        }
        Files.writeString(file, xml);
        s.editText(AlignmentLevel.PARAGRAPH, Language.ENGLISH, 4, "An English paragraph rewritten after the export.");
        s.mergeWithNext(AlignmentLevel.PARAGRAPH, s.table(AlignmentLevel.PARAGRAPH).rowOfEnglish(5));

        s.importTranslation(new XliffReader().read(file), "story.en-ar.xlf");

        assertEquals("Imported story.en-ar.xlf into العربية\u200E: 1 unit changed, 0 filled, 7 unchanged, 1 without a "
                + "translation (left as they were); skipped, their English changed since the export: p5; skipped, their rows were merged or split since the export: p6, p7",
                notices.get(notices.size() - 1));
        assertEquals("ترجمة جديدة 1", arabic(s).paragraphs().get(1).text());
        assertEquals(ar.paragraphs().get(3).text(), arabic(s).paragraphs().get(3).text(), "p5 was not put in");
    }

    @Test
    void aSentenceLevelFileChangesTheParagraphOfTheSentenceChanged() throws Exception {
        Session s = sample(new SentenceFirstAligner());
        s.ensureAligned(AlignmentLevel.SENTENCE);
        new ProjectExports(s, TaskRunner.direct()).exportXliff(AlignmentLevel.SENTENCE, dir.resolve("story"), XliffVersion.V2_1);
        Path file = dir.resolve("story.en-ru.xlf");
        assertEquals(List.of(), StandardValidators.xsdErrors(file, "xliff-2.1/xliff_core_2.0.xsd"));
        DocumentVersion ru = s.article().version(Language.RUSSIAN).orElseThrow();
        Paragraph second = ru.paragraphs().get(2);
        String sentence = second.sentences().get(0).text();
        Files.writeString(file, Files.readString(file).replace(sentence, "Первое предложение, переписанное переводчиком."));

        s.importTranslation(new XliffReader().read(file), "story.en-ru.xlf");

        DocumentVersion now = s.article().version(Language.RUSSIAN).orElseThrow();
        assertTrue(now.paragraphs().get(2).text().startsWith("Первое предложение, переписанное переводчиком. "),
                now.paragraphs().get(2).text() + "\n" + notices);
        assertTrue(now.paragraphs().get(2).text().endsWith(second.sentences().get(second.sentences().size() - 1).text()),
                now.paragraphs().get(2).text() + "\n" + second.text());
        assertSame(ru.paragraphs().get(1), now.paragraphs().get(1));
        assertSame(ru.paragraphs().get(3), now.paragraphs().get(3), "a paragraph shown in the same row keeps its own break");
        assertEquals(ru.paragraphs().size(), now.paragraphs().size());
        assertEquals(second.sentences().size(), now.paragraphs().get(2).sentences().size());
        assertNotSame(second, now.paragraphs().get(2));
        assertTrue(notices.get(notices.size() - 1).startsWith("Imported story.en-ru.xlf into Русский\u200E: 1 unit changed, 0 filled, "),
                notices.get(notices.size() - 1));
        assertTrue(s.table(AlignmentLevel.SENTENCE) != null, "the sentence links are made again");
    }

    @Test
    void aTranslationIntoALanguageTheProjectLacksBecomesItsVersion() {
        Session s = sample(new GoldUnitAligner());
        List<String> english = s.article().english().paragraphTexts();
        org.triptych.io.xliff.XliffDocument doc = new org.triptych.io.xliff.XliffDocument("2.1", "en-US", "fr-FR", List.of(
                new org.triptych.io.xliff.XliffDocument.Unit("p1", english.get(0), "Un groupe armé accepte une trêve.",
                        org.triptych.io.xliff.XliffState.FINAL),
                new org.triptych.io.xliff.XliffDocument.Unit("p2", english.get(1), "",
                        org.triptych.io.xliff.XliffState.INITIAL)));
        s.importTranslation(doc, "story.en-fr.xlf");
        Language french = Language.of("fr");
        assertEquals(List.of("Un groupe armé accepte une trêve."),
                s.article().version(french).orElseThrow().paragraphTexts());
        LinkTable t = s.table(AlignmentLevel.PARAGRAPH);
        assertEquals(List.of(Language.ARABIC, Language.RUSSIAN, french), t.targets(), "a column of its own");
        assertEquals(LinkStatus.CONFIRMED, t.rows().get(0).cells().get(t.column(french)).status(), "final in the CAT tool");
        assertEquals(List.of(0), t.rows().get(0).cells().get(t.column(french)).units());
        assertEquals("Imported story.en-fr.xlf into fr\u200E: 0 units changed, 1 filled, 0 unchanged, 1 without a "
                + "translation (left as they were)", notices.get(notices.size() - 1));
        s.undo();
        assertTrue(s.article().version(french).isEmpty());
    }

    @Test
    void withNoProjectOpenAnXliffFileOpensAsANewProject() throws Exception {
        Session s = sample(new GoldUnitAligner());
        s.confirm(AlignmentLevel.PARAGRAPH, 0);
        new ProjectExports(s, TaskRunner.direct()).exportXliff(AlignmentLevel.PARAGRAPH, dir.resolve("story"), XliffVersion.V2_1);

        Workbench w = new Workbench(TaskRunner.direct(), new org.triptych.io.document.DocumentImporter(), new GoldUnitAligner(),
                FindingsSource.none(), dir.resolve("settings"));
        w.importXliff(dir.resolve("story.en-ar.xlf"));

        Article a = w.session().article();
        assertEquals(12, a.english().paragraphs().size(), "a paragraph per unit");
        assertEquals(SampleArticle.load().english().paragraphs().get(0).text(), a.english().paragraphs().get(0).text());
        assertEquals(11, a.version(Language.ARABIC).orElseThrow().paragraphs().size(), "p12 has no Arabic");
        assertEquals(List.of(), a.version(Language.RUSSIAN).orElseThrow().paragraphs(), "the default columns stay");
        LinkTable t = w.session().table(AlignmentLevel.PARAGRAPH);
        assertEquals(LinkStatus.CONFIRMED, t.rows().get(0).cells().get(t.column(Language.ARABIC)).status(), "final: confirmed");
        assertEquals(List.of(), t.rows().get(9).cells().get(t.column(Language.ARABIC)).units());
        assertTrue(w.session().isDirty(), "untitled until saved");
        assertFalse(w.session().file().isPresent());
    }
}
