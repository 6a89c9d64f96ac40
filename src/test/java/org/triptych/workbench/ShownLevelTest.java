package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.Project;

/** What a view reads from one snapshot of the project: rows, unit texts, and the row a finding's text lies in. */
class ShownLevelTest {

    private static Session aligned(TaskRunner tasks) {
        Session s = new Session(tasks, new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        return s;
    }

    @Test
    void aFindingIsNumberedByTheRowThatShowsItsTextNotByItsParagraph() {
        Session s = aligned(TaskRunner.direct());
        ShownLevel shown = new ShownLevel(s.state(), AlignmentLevel.PARAGRAPH);
        LinkTable t = shown.table();
        // the first row whose Arabic unit number differs from its row number: rows and paragraphs part there
        int row = -1;
        int unit = -1;
        for (int r = 0; r < t.rows().size() && row < 0; r++) {
            for (int u : t.rows().get(r).cells().get(t.column(Language.ARABIC)).units()) {
                if (u != r) {
                    row = r;
                    unit = u;
                    break;
                }
            }
        }
        assertTrue(row >= 0, "the sample has a row whose Arabic paragraph is not its row number");
        FindingPlaces.Place inside = new FindingPlaces.Place(Language.ARABIC, unit, 0, 1);
        assertEquals(row, shown.rowOf(inside));
        assertEquals(shown.state().article().version(Language.ARABIC).orElseThrow().paragraphs().get(unit).text(),
                shown.unitText(Language.ARABIC, unit));
    }

    @Test
    void anEnglishParagraphAVersionLeftOutIsNumberedByItsRowAndJumpsToTheEnglish() {
        Session s = aligned(TaskRunner.direct());
        ShownLevel shown = new ShownLevel(s.state(), AlignmentLevel.PARAGRAPH);
        LinkTable t = shown.table();
        int column = t.column(Language.ARABIC);
        int row = -1;
        for (int r = 0; r < t.rows().size() && row < 0; r++) {
            if (t.rows().get(r).cells().get(column).units().isEmpty() && !t.rows().get(r).english().isEmpty()) {
                row = r;
            }
        }
        assertTrue(row > 0, "the sample's Arabic leaves an English paragraph out");
        int english = t.rows().get(row).english().get(0);
        // as the version comparison reports it: on the English link's unit, with no text of the version to point at
        org.triptych.model.Finding omission = new org.triptych.model.Finding("omission",
                org.triptych.model.Severity.ERROR, Language.ARABIC, english, 0, 0, "", null,
                "English unit " + english + " has no counterpart in this version", java.util.List.of(), "omission");
        FindingPlaces.Place at = s.place(omission).orElseThrow();
        assertEquals(new FindingPlaces.Place(Language.ENGLISH, english, 0, 0), at);
        assertEquals(row, shown.rowOf(at));
    }

    @Test
    void whileTheLinksAreMadeOnlyEnglishTextHasARowAndNothingOutsideTheArticleHasOne() {
        QueuedTasks tasks = new QueuedTasks();
        Session s = aligned(tasks); // the alignment waits in the queue
        ShownLevel shown = new ShownLevel(s.state(), AlignmentLevel.PARAGRAPH);
        assertNull(shown.table());
        int english = s.state().article().english().paragraphs().size();
        assertEquals(english, shown.rows().size(), "one row per English paragraph until the links come");
        assertEquals(3, shown.rowOf(new FindingPlaces.Place(Language.ENGLISH, 3, 0, 1)));
        assertEquals(-1, shown.rowOf(new FindingPlaces.Place(Language.ARABIC, 3, 0, 1)));
        assertEquals(-1, shown.rowOf(new FindingPlaces.Place(Language.ENGLISH, english + 5, 0, 1)));
        assertEquals("", shown.unitText(Language.ENGLISH, english + 5));
        assertEquals(-1, shown.paragraphOfUnit(Language.ENGLISH, -1));
    }
}
