package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Article;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Paragraph;
import org.triptych.model.Project;
import org.triptych.model.Severity;
import org.triptych.model.TextEdit;

/** The open project's session on the bundled sample: one history, one saved flag, work that lands where it belongs. */
class SessionTest {

    private final List<String> notices = new ArrayList<>();

    private Session session(TaskRunner tasks, UnitAligner aligner, FindingsSource checks) {
        Session s = new Session(tasks, aligner, checks);
        s.addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        return s;
    }

    private static DocumentVersion version(Language l, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.unsegmented(p));
        }
        return new DocumentVersion(l, l.code() + ".txt", ps);
    }

    @Test
    void openingAProjectAlignsItWithoutMakingItUnsaved() {
        Session s = session(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        assertNotNull(s.table(AlignmentLevel.PARAGRAPH));
        assertFalse(s.isDirty(), "a first alignment is not an edit");
        assertFalse(s.canUndo());
        assertEquals("Untitled", s.title());
    }

    @Test
    void aNewProjectIsUnsavedUntilSaved() {
        Session s = session(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, false);
        assertTrue(s.isDirty(), "nothing on disk holds it");
        ProjectState now = s.state();
        s.markSaved(now, java.nio.file.Path.of("story.triptych"));
        assertFalse(s.isDirty());
        assertEquals("story.triptych", s.title());
    }

    @Test
    void workForAProjectThatIsNoLongerOpenNeverLandsInTheNextOne() {
        QueuedTasks tasks = new QueuedTasks();
        Session s = session(tasks, new LengthUnitAligner(), FindingsSource.none());
        Article sample = SampleArticle.load();
        s.replace(Project.of(sample), null, true); // its alignment waits
        // another article with as many paragraphs per version, so only the generation tells the two apart
        List<Paragraph> reversed = new ArrayList<>(sample.version(Language.ARABIC).orElseThrow().paragraphs());
        java.util.Collections.reverse(reversed);
        Article other = sample.withVersion(new DocumentVersion(Language.ARABIC, "other-ar.txt", reversed));
        s.replace(Project.of(other), null, true);
        tasks.runNext(); // the sample's links arrive: dropped
        assertNull(s.table(AlignmentLevel.PARAGRAPH), "the sample's links must not land on the other article");
        tasks.runAll();
        Session alone = session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        alone.replace(Project.of(other), null, true);
        assertEquals(alone.table(AlignmentLevel.PARAGRAPH), s.table(AlignmentLevel.PARAGRAPH));
        assertFalse(s.isDirty());
    }

    @Test
    void sentencesAskedForWhileParagraphsAreAlignedWaitForThemAndStayInsideTheirLinks() {
        QueuedTasks tasks = new QueuedTasks();
        Session s = session(tasks, new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.ensureAligned(AlignmentLevel.SENTENCE);
        assertEquals(1, tasks.waiting(), "only the paragraphs are being aligned");
        tasks.runAll();
        LinkTable paragraphs = s.table(AlignmentLevel.PARAGRAPH);
        LinkTable sentences = s.table(AlignmentLevel.SENTENCE);
        assertNotNull(sentences, "then the sentences");
        // every sentence link lies inside one paragraph row
        Article a = s.article();
        for (Language t : sentences.targets()) {
            for (org.triptych.model.Bead b : sentences.alignment(t).beads()) {
                if (b.english().isEmpty() || b.target().isEmpty()) {
                    continue;
                }
                int ep = Units.locate(a, Language.ENGLISH, AlignmentLevel.SENTENCE, b.english().get(0)).paragraph();
                int tp = Units.locate(a, t, AlignmentLevel.SENTENCE, b.target().get(0)).paragraph();
                int row = paragraphs.rowOfEnglish(ep);
                assertTrue(paragraphs.rows().get(row).cells().get(paragraphs.column(t)).units().contains(tp),
                        t + " sentence link " + b + " crosses its paragraph link");
            }
        }
    }

    @Test
    void anImportedVersionIsAlignedAsOneUndoableStepAndTheReplacedTextsEditsGoWithIt() {
        Session s = session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.editText(AlignmentLevel.PARAGRAPH, Language.RUSSIAN, 0, "Правка.");
        s.editText(AlignmentLevel.PARAGRAPH, Language.ARABIC, 0, "تعديل.");
        s.ignore(new Finding("number", Severity.WARNING, Language.RUSSIAN, 2, 0, 3, "abc", null, "m", List.of(), null));
        ProjectState before = s.state();
        DocumentVersion ru = SampleArticle.load().version(Language.RUSSIAN).orElseThrow();
        List<Paragraph> fewer = new ArrayList<>(ru.paragraphs().subList(0, 10));
        s.replaceVersion(new DocumentVersion(Language.RUSSIAN, "new-ru.docx", fewer), "Import Русский version");

        assertEquals(10, s.article().version(Language.RUSSIAN).orElseThrow().paragraphs().size());
        assertNotNull(s.table(AlignmentLevel.PARAGRAPH), "aligned at once");
        int ru1 = s.table(AlignmentLevel.PARAGRAPH).column(Language.RUSSIAN);
        assertTrue(s.table(AlignmentLevel.PARAGRAPH).rows().stream().filter(r -> !r.english().isEmpty())
                .filter(r -> !r.cells().get(ru1).isEmpty()).count() >= 9, "linked row by row");
        assertEquals(before.table(AlignmentLevel.PARAGRAPH).alignment(Language.ARABIC),
                s.table(AlignmentLevel.PARAGRAPH).alignment(Language.ARABIC), "the Arabic links are kept");
        assertEquals(List.of(Language.ARABIC), s.state().edits().stream().map(TextEdit::language).toList(),
                "the replaced Russian text's edit goes with it");
        assertTrue(s.state().ignored().isEmpty(), "so does its ignored finding");
        assertTrue(s.isDirty());
        assertEquals("Undo import Русский version", s.undoName());
        s.undo();
        assertTrue(s.state() == before, "one step undoes the whole import");
        s.redo();
        assertEquals(10, s.article().version(Language.RUSSIAN).orElseThrow().paragraphs().size());
    }

    @Test
    void anEditMadeWhileTheImportIsAlignedIsKeptAndTheNewLinksStillFit() {
        QueuedTasks tasks = new QueuedTasks();
        Session s = session(tasks, new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        tasks.runAll();
        DocumentVersion ru = SampleArticle.load().version(Language.RUSSIAN).orElseThrow();
        s.replaceVersion(new DocumentVersion(Language.RUSSIAN, "ru.docx", ru.paragraphs().subList(0, 12)), "Import");
        s.confirm(AlignmentLevel.PARAGRAPH, 0); // while the import is being aligned
        tasks.runAll();
        assertEquals(12, s.article().version(Language.RUSSIAN).orElseThrow().paragraphs().size());
        assertEquals(LinkStatus.CONFIRMED, s.table(AlignmentLevel.PARAGRAPH).rows().get(0).cells()
                .get(s.table(AlignmentLevel.PARAGRAPH).column(Language.ARABIC)).status(), "the confirm is kept");

        // a new English text meanwhile: the import's links no longer fit and are not put in
        s.replaceVersion(new DocumentVersion(Language.RUSSIAN, "ru2.docx", ru.paragraphs().subList(0, 11)), "Import");
        s.editText(AlignmentLevel.PARAGRAPH, Language.ENGLISH, 0, "A new headline");
        s.replaceVersion(version(Language.ENGLISH, "Only one paragraph now."), "Import English");
        tasks.runNext();
        assertTrue(notices.stream().anyMatch(n -> n.contains("changed while the new version was aligned")), notices.toString());
    }

    @Test
    void aNewEnglishVersionRealignsEveryVersionAndDropsEveryIgnoredFinding() {
        Session s = session(TaskRunner.direct(), new LengthUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.ignore(new Finding("number", Severity.WARNING, Language.ARABIC, 2, 0, 3, "abc", null, "m", List.of(), null));
        s.replaceVersion(version(Language.ENGLISH, "First.", "Second.", "Third."), "Import English version");
        assertEquals(List.of(Language.ARABIC, Language.RUSSIAN), s.table(AlignmentLevel.PARAGRAPH).targets());
        assertEquals(3, s.table(AlignmentLevel.PARAGRAPH).rows().stream().mapToInt(r -> r.english().size()).sum());
        assertTrue(s.state().ignored().isEmpty(), "every finding is numbered by English links: all are stale");
    }

    @Test
    void findingsOfAnEarlierCheckAreNotCurrentAfterAnEditAndIgnoringOneTakesItOffTheList() {
        Finding f = new Finding("number", Severity.WARNING, Language.ARABIC, 4, 0, 3, "", null, "m", List.of(), null);
        Session s = session(TaskRunner.direct(), new GoldUnitAligner(), (a, l, g, p) -> List.of(f));
        s.replace(Project.of(SampleArticle.load()), null, true);
        s.check();
        assertEquals(List.of(f), s.findings());
        assertTrue(s.findingsCurrent());
        s.ignore(f);
        assertTrue(s.findings().isEmpty());
        assertFalse(s.findingsCurrent());
        assertTrue(s.state().ignored().contains(IgnoredFinding.of(f)));
        s.undo();
        s.check();
        assertEquals(List.of(f), s.findings(), "undone: listed again by the next check");
    }

    @Test
    void aLinkEditTheTableRefusesSaysWhyAndChangesNothing() {
        Session s = session(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        s.replace(Project.of(SampleArticle.load()), null, true);
        ProjectState before = s.state();
        int last = s.table(AlignmentLevel.PARAGRAPH).rows().size() - 1;
        s.mergeWithNext(AlignmentLevel.PARAGRAPH, last);
        assertTrue(s.state() == before);
        assertFalse(s.canUndo());
        assertEquals("Merge with next row: There is no next row to merge with", notices.get(notices.size() - 1));
        assertFalse(s.move(AlignmentLevel.PARAGRAPH, 0, Language.ENGLISH, 1), "English is the pivot");
    }
}
