package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;
import org.triptych.model.RowNote;
import org.triptych.model.Severity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What exports say about review: a confirmed row, an unreviewed machine draft and an automatic link each carry their
 * status (TMX prop, CSV column), "reviewed only" leaves the others out with the window's numbers kept, notes go with
 * their rows into the CSV, the report and the project file, and the report's summary counts what it lists.
 */
class ExportStatusTest {

    @TempDir
    Path dir;

    /** The sample: row 1 confirmed, the missing Arabic paragraph drafted by MT, a note on row 3. */
    private Session worked() {
        Session s = new Session(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.confirm(AlignmentLevel.PARAGRAPH, 0);
        int english = s.missingParagraphs(Language.ARABIC).get(0);
        s.insertDrafts(Language.ARABIC, Map.of(english, Paragraph.unsegmented("مسودة آلية لم يراجعها أحد.")));
        s.setNote(AlignmentLevel.PARAGRAPH, 2, "Check the figure with the desk");
        return s;
    }

    private static int draftRow(Session s) {
        ExportRows rows = ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH);
        return rows.rows().stream().filter(ExportRows.Row::hasMachineDraft).findFirst().orElseThrow().number();
    }

    @Test
    void everyRowCarriesItsStatusAndReviewedOnlyKeepsTheWindowsNumbers() throws Exception {
        Session s = worked();
        int draft = draftRow(s);
        Path tmx = dir.resolve("all.tmx");
        ProjectExports.writeTmx(ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH), tmx);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList tus = factory.newDocumentBuilder().parse(tmx.toFile()).getElementsByTagName("tu");
        assertEquals(s.table(AlignmentLevel.PARAGRAPH).rows().size(), tus.getLength());
        Element first = (Element) tus.item(0);
        assertEquals("1", first.getAttribute("tuid"), "numbered as the window numbers rows");
        assertEquals("confirmed", prop(first, "x-link-status"));
        Element drafted = (Element) tus.item(draft - 1);
        assertEquals(String.valueOf(draft), drafted.getAttribute("tuid"));
        assertEquals("review", prop(drafted, "x-link-status"));
        assertEquals(ProjectExports.MACHINE_DRAFT, prop(drafted, "x-machine-draft"), "the Arabic variant is marked");
        assertEquals("automatic", prop((Element) tus.item(1), "x-link-status"));

        Path csv = dir.resolve("all.csv");
        ProjectExports.writeCsv(ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH), csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFrow,en_units,en,ar_units,ar,ru_units,ru,status,note", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,1,") && lines.get(1).endsWith(",confirmed,"), lines.get(1));
        assertTrue(lines.get(3).endsWith(",Check the figure with the desk"), lines.get(3));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(draft + ",") && l.contains(",machine draft,")), lines.toString());

        // reviewed only: the confirmed row alone, still row 1; the draft and the automatic rows are left out
        ProjectExports.writeTmx(ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH).reviewedOnly(), tmx);
        NodeList kept = factory.newDocumentBuilder().parse(tmx.toFile()).getElementsByTagName("tu");
        assertEquals(1, kept.getLength());
        assertEquals("1", ((Element) kept.item(0)).getAttribute("tuid"));
        s.confirm(AlignmentLevel.PARAGRAPH, 4);
        ExportRows reviewed = ExportRows.of(s.state(), AlignmentLevel.PARAGRAPH).reviewedOnly();
        assertEquals(List.of(1, 5), reviewed.rows().stream().map(ExportRows.Row::number).toList());
    }

    private static String prop(Element parent, String type) {
        NodeList props = parent.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (type.equals(p.getAttribute("type"))) {
                return p.getTextContent();
            }
        }
        return "";
    }

    @Test
    void theReportNamesTheProjectVersionsAndDateAndItsSummaryCountsWhatItLists() {
        Session s = worked();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("spelling", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون", null,
                "Possible spelling mistake found.", List.of("هالفورسن"), "AR_SPELLER"));
        findings.add(new Finding("spelling", Severity.WARNING, Language.RUSSIAN, 0, 0, 5, "Йемен", null,
                "Possible spelling mistake found.", List.of(), "RU_SPELLER"));
        findings.add(new Finding("grammar", Severity.ERROR, Language.RUSSIAN, 6, 0, 3, "Как", null,
                "A grammar slip.", List.of(), "RU_GRAMMAR"));
        String html = ProjectExports.report(findings, s.state(), "yemen.triptych", LocalDate.of(2025, 3, 4));
        assertTrue(html.contains("<title>Triptych QA report — yemen.triptych</title>"), html.substring(0, 300));
        assertTrue(html.contains("<th>Date</th><td>2025-03-04</td>"));
        assertTrue(html.contains("<bdi>العربية</bdi> (ar): sample/article-ar.txt"), "versions with their files");
        assertTrue(html.contains("<th>Findings</th><td>3 (1 error, 2 warnings)</td>"), "the total and how it is made up");
        assertTrue(html.contains("All findings (3)"));
        assertFalse(html.contains("none"), "no 'none' beside findings that are listed");
        // per version the counts add up to that version's rows of the table
        Matcher m = Pattern.compile("<h3><bdi>[^<]+</bdi> \\((\\w+)\\): (\\d+) findings?</h3>").matcher(html);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(2));
        }
        assertEquals(3, sum, "the summary counts every finding listed");
        assertTrue(html.contains("By kind: grammar 1, spelling 1"), "Russian by kind");
        // findings are numbered by the row the window shows them in (the Arabic slip is in row 4)
        int row = ProjectExports.rowsOf(findings, s.state()).get(0);
        assertEquals(4, row);
        assertTrue(html.contains("<tr><td>4</td><td>ar</td><td>spelling</td>"), "row 4, not unit 4 counted from 0");
        assertTrue(html.contains("<tr><td>3</td><td dir=\"auto\">Check the figure with the desk</td></tr>"), "notes by row");
        assertTrue(html.contains("dir=\"rtl\" class=\"rtl\"><bdi>هالفورسون</bdi>"), "Arabic text isolated");
    }

    @Test
    void notesAreKeptInTheProjectFileUndoneAndGoWithTheirVersionOnReimport() throws Exception {
        Session s = worked();
        assertEquals("Check the figure with the desk", s.note(AlignmentLevel.PARAGRAPH, 2));
        assertEquals(List.of(new RowNote(AlignmentLevel.PARAGRAPH, Language.ENGLISH,
                s.table(AlignmentLevel.PARAGRAPH).rows().get(2).english().get(0), "Check the figure with the desk")), s.state().notes());
        Path file = dir.resolve("noted.triptych");
        new ProjectFile().write(s.state().toProject(), file);
        assertTrue(Files.readString(file).contains("\"notes\""));
        Project back = new ProjectFile().read(file);
        assertEquals(s.state().notes(), back.notes());
        // merging the row above keeps the note with the merged row's first unit... the note stays on its own unit
        s.mergeWithNext(AlignmentLevel.PARAGRAPH, 1);
        assertEquals("", s.note(AlignmentLevel.PARAGRAPH, 2), "row 3 is another row now");
        s.undo();
        assertEquals("Check the figure with the desk", s.note(AlignmentLevel.PARAGRAPH, 2));
        s.setNote(AlignmentLevel.PARAGRAPH, 2, " ");
        assertTrue(s.state().notes().isEmpty(), "a blank note removes it");
        s.undo();
        assertEquals(1, s.state().notes().size());
        // a file without the field (every file saved before notes) opens with none
        String old = Files.readString(file).replaceAll(",\\s*\"notes\"\\s*:\\s*\\[[^\\]]*\\]", "");
        Files.writeString(file, old);
        assertTrue(new ProjectFile().read(file).notes().isEmpty());
    }
}
