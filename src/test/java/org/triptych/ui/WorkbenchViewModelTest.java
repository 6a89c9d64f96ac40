package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentImporter;
import org.triptych.io.SampleArticle;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;

/** The main window's view model, driven without the FX thread through {@link TaskRunner#direct()}. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private final WorkbenchViewModel model = new WorkbenchViewModel(TaskRunner.direct(), new DocumentImporter());

    @Test
    void theSampleFillsOneColumnPerVersionInOrder() {
        model.loadProject("sample", SampleArticle::load);
        assertEquals(List.of("en", "ar", "ru"), model.columns().stream().map(c -> c.language().code()).toList());
        for (VersionColumnViewModel c : model.columns()) {
            assertTrue(c.paragraphs().size() >= 10, c.language() + " has the sample's paragraphs");
            assertTrue(c.captionProperty().get().contains("article-" + c.language().code() + ".txt"));
        }
        assertTrue(model.noticeProperty().get().replace("\u200E", "").startsWith("English 14 ¶ 700 words"), model.noticeProperty().get());
    }

    @Test
    void aFailedImportReportsAndKeepsWhatWasOpen() throws Exception {
        model.loadProject("sample", SampleArticle::load);
        VersionColumnViewModel arabic = model.columns().get(1);
        List<Paragraph> before = List.copyOf(arabic.paragraphs());
        Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {0x50, 0x4B, 3, 4, 9, 9});
        model.importInto(arabic, broken);
        assertEquals(before, arabic.paragraphs(), "the Arabic column still shows the sample");
        assertEquals(before.size(), model.project().version(Language.ARABIC).orElseThrow().paragraphs().size());
        assertTrue(model.noticeProperty().get().startsWith("broken.docx: "), model.noticeProperty().get());
    }

    @Test
    void anImportReplacesOnlyItsColumn() throws Exception {
        model.loadProject("sample", SampleArticle::load);
        Path ru = Files.writeString(dir.resolve("ru.txt"), "Заголовок\n\nОдин абзац текста на русском языке.\n");
        model.importInto(model.columns().get(2), ru);
        assertEquals(2, model.columns().get(2).paragraphs().size());
        assertEquals(2, model.project().version(Language.RUSSIAN).orElseThrow().paragraphs().size());
        assertTrue(model.columns().get(0).paragraphs().size() >= 10, "English untouched");
    }
}
