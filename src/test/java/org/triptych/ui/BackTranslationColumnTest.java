package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Project;

/** The back-translation column's nodes follow the per-row texts: a row's cell shows its English and loses it on edit. */
class BackTranslationColumnTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aRowsCellShowsTheEnglishOfItsParagraphsAndFollowsEdits() throws Exception {
        Language ru = Language.RUSSIAN;
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        BackTranslations back = new BackTranslations(vm);
        DocumentVersion russian = vm.article().version(ru).orElseThrow();
        List<String> english = java.util.stream.IntStream.range(0, russian.paragraphs().size()).mapToObj(i -> "EN " + i).toList();
        back.put(ru, russian, english);
        int row = vm.table().rowOfTarget(ru, 0);
        Label[] cell = new Label[1];
        WaitForAsyncUtils.asyncFx(() -> cell[0] = BackTranslationColumn.cell(back, ru, row, new SimpleDoubleProperty(200)))
                .get(10, TimeUnit.SECONDS);
        assertTrue(cell[0].getText().startsWith("EN 0"), cell[0].getText());
        assertTrue(cell[0].getStyleClass().contains("back-translation"), "the lighter style");
        assertEquals("Русский → English (MT)", BackTranslations.caption(ru));
        assertTrue(back.shownProperty(ru).get());

        WaitForAsyncUtils.asyncFx(() -> vm.editText(ru, 0, "Другой текст.")).get(10, TimeUnit.SECONDS);
        assertNull(cell[0].getText(), "an edited paragraph has no back-translation until made again");

        back.clear(ru);
        assertTrue(back.rowTexts(ru).isEmpty());
        assertTrue(!back.shownProperty(ru).get());
    }

    @Test
    void theAlignedViewShowsTheColumnBesideItsVersionWhileSwitchedOn() throws Exception {
        Language ru = Language.RUSSIAN;
        AlignedViewModel vm = new AlignedViewModel(TaskRunner.direct(), new GoldUnitAligner(), FindingsSource.none());
        vm.open(Project.of(SampleArticle.load()));
        BackTranslations back = new BackTranslations(vm);
        AlignedView[] view = new AlignedView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            view[0] = new AlignedView(vm, List.of());
            view[0].showBackTranslations(back);
        }).get(10, TimeUnit.SECONDS);
        assertTrue(captions(view[0]).stream().noneMatch(c -> c.contains("(MT)")), "no column before a back-translation");

        DocumentVersion russian = vm.article().version(ru).orElseThrow();
        List<String> english = java.util.stream.IntStream.range(0, russian.paragraphs().size()).mapToObj(i -> "EN " + i).toList();
        WaitForAsyncUtils.asyncFx(() -> back.put(ru, russian, english)).get(10, TimeUnit.SECONDS);
        List<String> shown = captions(view[0]);
        assertEquals(shown.indexOf("Русский → English (MT)"), shown.size() - 1, "the column comes right after Russian: " + shown);
        assertTrue(view[0].showsBackTranslation(ru));

        WaitForAsyncUtils.asyncFx(() -> back.shownProperty(ru).set(false)).get(10, TimeUnit.SECONDS);
        assertTrue(captions(view[0]).stream().noneMatch(c -> c.contains("(MT)")), "hidden from the View menu");
    }

    private static List<String> captions(AlignedView view) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".column-caption").stream()
                .map(n -> ((Label) n).getText()).toList()).get(10, TimeUnit.SECONDS);
    }
}
