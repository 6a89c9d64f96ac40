package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.LinkTable;
import org.triptych.workbench.LinkRow;
import org.triptych.workbench.LengthUnitAligner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.SamplePreload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Severity;
import org.triptych.model.Project;

/** The aligned view's model on the bundled sample, run with {@link TaskRunner#direct()}: no FX thread. */
class AlignedViewModelTest {

    private GoldUnitAligner engine;
    private AlignedViewModel vm;
    private List<Finding> checkResult = List.of();

    @BeforeEach
    void open() {
        engine = new GoldUnitAligner();
        vm = new AlignedViewModel(TaskRunner.direct(), engine, (p, links, glossaries, progress) -> checkResult);
        vm.open(Project.of(SampleArticle.load()));
    }

    @Test
    void openingAlignsAndShowsOneRowPerEnglishLink() {
        assertEquals(2, engine.calls, "one call per target version");
        assertEquals(12, vm.rows().size());
        assertFalse(vm.dirtyProperty().get(), "a first alignment is not an unsaved edit");
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void everyEditUndoesAndRedoes() {
        List<LinkRow> before = List.copyOf(vm.rows());
        vm.mergeWithNext(0);
        assertEquals(11, vm.rows().size());
        vm.split(0, Language.ENGLISH, 1);
        assertEquals(12, vm.rows().size());
        vm.move(1, Language.ARABIC, -1);
        vm.insertEmpty(3, Language.RUSSIAN);
        vm.confirm(4);
        vm.markForReview(5);
        assertTrue(vm.dirtyProperty().get());
        for (int i = 0; i < 6; i++) {
            vm.undo();
        }
        assertEquals(before, List.copyOf(vm.rows()));
        assertFalse(vm.dirtyProperty().get(), "back at the saved state");
        vm.redo();
        assertEquals(11, vm.rows().size());
    }

    @Test
    void realignKeepsConfirmedRowsAsAnchors() {
        vm.move(2, Language.ARABIC, 1); // a wrong link, confirmed by the move itself
        int callsBefore = engine.calls;
        vm.realign();
        assertEquals(callsBefore + 2, engine.calls);
        assertTrue(engine.lastAnchors.stream().allMatch(b -> b.status() == LinkStatus.CONFIRMED));
        List<Bead> arAnchors = vm.table().alignment(Language.ARABIC).beads().stream()
                .filter(b -> b.status() == LinkStatus.CONFIRMED).toList();
        assertFalse(arAnchors.isEmpty());
        vm.undo();
        assertEquals(12, vm.rows().size());
    }

    @Test
    void sentenceModeAlignsItsOwnUnitsAndEditingASentenceKeepsTheLinks() {
        AlignedViewModel sentences = new AlignedViewModel(TaskRunner.direct(), new LengthUnitAligner(), (p, l, gl, g) -> List.of());
        sentences.open(Project.of(SampleArticle.load()));
        sentences.setLevel(AlignmentLevel.SENTENCE);
        assertTrue(sentences.rows().size() >= 26, "a row per English sentence link: " + sentences.rows().size());
        String text = sentences.unitText(Language.RUSSIAN, 0);
        sentences.editText(Language.RUSSIAN, 0, text + " (правка)");
        assertEquals(text + " (правка)", sentences.unitText(Language.RUSSIAN, 0));
        assertTrue(sentences.table() != null, "sentence links survive an edit inside one sentence");
        sentences.undo();
        assertEquals(text, sentences.unitText(Language.RUSSIAN, 0));
    }

    @Test
    void findingJumpsToItsRowAndItsSuggestionIsApplied() {
        // slip 1 of the sample key: Arabic paragraph 3 (English 4), offsets 5..14, deprecated spelling
        Finding f = new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون", "c-erik-halvorsen",
                "Deprecated spelling of Halvorsen", List.of("هالفورسن"), null);
        checkResult = List.of(f);
        vm.check();
        assertEquals(List.of(f), vm.findings());
        assertTrue(vm.jumpTo(f));
        assertEquals(3, vm.selectedRowProperty().get(), "English 4 is row 3 (English 2+3 share a row)");
        assertEquals(Language.ARABIC, vm.selectedColumnProperty().get());
        assertTrue(vm.applySuggestion(f, "هالفورسن"));
        assertTrue(vm.unitText(Language.ARABIC, 3).startsWith("ووصف هالفورسن الإعلان"), vm.unitText(Language.ARABIC, 3));
        assertTrue(vm.findings().isEmpty());
        vm.undo();
        assertTrue(vm.unitText(Language.ARABIC, 3).contains("هالفورسون"));
    }

    @Test
    void ignoredFindingsStayIgnoredAcrossChecksAndSaves() {
        Finding f = new Finding("number", Severity.ERROR, Language.ARABIC, 5, 135, 139, "١٢٠٥", null, "Number differs", List.of(), null);
        checkResult = List.of(f);
        vm.check();
        vm.ignore(f);
        assertTrue(vm.findings().isEmpty());
        vm.check();
        assertTrue(vm.findings().isEmpty(), "still ignored on the next check");
        Project w = vm.project();
        assertEquals(1, w.ignoredFindings().size());
        AlignedViewModel reopened = new AlignedViewModel(TaskRunner.direct(), engine, (p, l, gl, g) -> checkResult);
        reopened.open(w);
        reopened.check();
        assertTrue(reopened.findings().isEmpty());
    }

    @Test
    void aStaleFindingIsNotAppliedToChangedText() {
        Finding f = new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون", null, "x",
                List.of("هالفورسن"), null);
        vm.editText(Language.ARABIC, 3, "ب" + vm.unitText(Language.ARABIC, 3)); // shifts the span by one
        String now = vm.unitText(Language.ARABIC, 3);
        assertFalse(vm.applySuggestion(f, "هالفورسن"));
        assertEquals(now, vm.unitText(Language.ARABIC, 3), "nothing replaced at the wrong place");
        assertTrue(vm.noticeProperty().get().contains("changed since the check"));
    }

    @Test
    void theSampleShowsParagraphsFirstAndGetsItsSentencesLater() {
        org.triptych.model.Article quick = SamplePreload.paragraphsOnly();
        org.triptych.model.Article full = SampleArticle.load();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            assertEquals(full.version(l).orElseThrow().paragraphTexts(), quick.version(l).orElseThrow().paragraphTexts());
        }
        AlignedViewModel two = new AlignedViewModel(TaskRunner.direct(), engine, (p, l, gl, g) -> List.of());
        two.open(Project.of(quick));
        assertEquals(14, two.article().english().sentenceTexts().size(), "one sentence per paragraph at first");
        assertTrue(two.session().refineSegmentation(full));
        assertEquals(full.english().sentenceTexts(), two.article().english().sentenceTexts(), "the segmented sentences");
        assertTrue(two.article().english().sentenceTexts().size() > 14);
        assertEquals(12, two.rows().size(), "paragraph links kept");
        assertFalse(two.dirtyProperty().get());
        two.confirm(0);
        assertFalse(two.session().refineSegmentation(full), "not once the person has started editing");
    }

    @Test
    void relocatingASourceIsAnUndoableEdit() {
        vm.relocate(Language.ARABIC, "/new/place/article-ar.txt");
        assertEquals("/new/place/article-ar.txt", vm.article().version(Language.ARABIC).orElseThrow().source());
        assertTrue(vm.dirtyProperty().get());
        vm.undo();
        assertEquals("sample/article-ar.txt", vm.article().version(Language.ARABIC).orElseThrow().source());
    }

    @Test
    void sentenceLinksStayInsideParagraphLinks() {
        AlignedViewModel s = new AlignedViewModel(TaskRunner.direct(), new LengthUnitAligner(), (p, l, gl, g) -> List.of());
        s.open(Project.of(SampleArticle.load()));
        LinkTable paragraphs = s.table();
        s.setLevel(AlignmentLevel.SENTENCE);
        org.triptych.model.Article p = s.article();
        for (Language t : List.of(Language.ARABIC, Language.RUSSIAN)) {
            for (Bead b : s.table().alignment(t).beads()) {
                if (b.english().isEmpty() || b.target().isEmpty()) {
                    continue;
                }
                int enPara = paragraphOf(p.english(), b.english().get(0));
                int tgPara = paragraphOf(p.version(t).orElseThrow(), b.target().get(0));
                int row = paragraphs.rowOfEnglish(enPara);
                assertTrue(paragraphs.rows().get(row).cells().get(paragraphs.column(t)).units().contains(tgPara),
                        t + " sentence link " + b + " crosses the paragraph links");
            }
        }
    }

    private static int paragraphOf(org.triptych.model.DocumentVersion v, int sentence) {
        int n = sentence;
        for (int i = 0; i < v.paragraphs().size(); i++) {
            if (n < v.paragraphs().get(i).sentences().size()) {
                return i;
            }
            n -= v.paragraphs().get(i).sentences().size();
        }
        return -1;
    }

    @Test
    void glossaryReferencesAreUndoableAndReachTheChecks() {
        List<List<String>> seen = new java.util.ArrayList<>();
        AlignedViewModel g = new AlignedViewModel(TaskRunner.direct(), engine, (p, l, glossaries, pr) -> {
            seen.add(glossaries);
            return List.of();
        });
        g.open(Project.of(SampleArticle.load()));
        g.addGlossary("/glossaries/sample.tbx");
        g.addGlossary("/glossaries/news.csv");
        g.check();
        assertEquals(List.of(List.of("/glossaries/sample.tbx", "/glossaries/news.csv")), seen);
        assertEquals(List.of("/glossaries/sample.tbx", "/glossaries/news.csv"), g.project().glossaries());
        g.undo();
        assertEquals(List.of("/glossaries/sample.tbx"), List.copyOf(g.glossaries()));
    }
}
