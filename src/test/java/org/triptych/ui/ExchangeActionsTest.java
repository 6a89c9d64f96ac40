package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.Project;
import org.triptych.workbench.ExportRows;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.ProjectExports;
import org.triptych.workbench.TaskRunner;

/**
 * The File menu's exchange commands and the glossary panel's Save as…, with the questions answered by
 * {@link ScriptedDialogs}: a TMX opened as a project, XLIFF exported per language and a translated file read back, a
 * file read back with no project open, the glossaries saved as TBX.
 */
class ExchangeActionsTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void aMemoryBecomesAProjectWhoseXliffGoesOutAndComesBackTranslated() throws Exception {
        WorkbenchViewModel model = new WorkbenchViewModel(TaskRunner.direct(), new DocumentImporter(), new GoldUnitAligner(),
                FindingsSource.none(), dir.resolve("settings"));
        ProjectActions project = new ProjectActions(model, dialogs, () -> { });
        ExchangeActions exchange = new ExchangeActions(model, project);

        // a memory made from the sample as another tool would hand it over
        model.loadProject("sample", SampleArticle::load);
        Path tmx = dir.resolve("memory.tmx");
        ProjectExports.writeTmx(ExportRows.of(model.workbench().session().state(), AlignmentLevel.PARAGRAPH), tmx);
        model.closeProject();

        dialogs.files.add(Optional.of(tmx));
        exchange.openTmx();
        assertEquals(12, model.article().english().paragraphs().size(), "a paragraph per unit");
        assertTrue(model.workbench().session().isDirty());

        model.workbench().session().markSaved(model.workbench().session().state(), dir.resolve("memory.triptych"));
        dialogs.files.add(Optional.of(dir.resolve("story.xlf")));
        exchange.exportXliff(AlignmentLevel.PARAGRAPH);
        Path ar = dir.resolve("story.en-ar.xlf");
        assertTrue(Files.exists(ar) && Files.exists(dir.resolve("story.en-ru.xlf")), model.noticeProperty().get());
        String before = model.article().version(Language.ARABIC).orElseThrow().paragraphs().get(1).text();
        Files.writeString(ar, Files.readString(ar).replace(before, "نص منقح."));

        dialogs.files.add(Optional.of(ar));
        exchange.importXliff();
        assertEquals("نص منقح.", model.article().version(Language.ARABIC).orElseThrow().paragraphs().get(1).text());
        assertEquals("Undo import translation story.en-ar.xlf", model.aligned().undoNameProperty().get());

        model.closeProject();
        dialogs.files.add(Optional.of(ar));
        exchange.importXliff();
        assertEquals(12, model.article().english().paragraphs().size(), "with no project open the file opens as one");
        assertEquals(List.of("open: Open a translation memory",
                "choose: Which XLIFF version? One file is written per language.",
                "save as: Export XLIFF (one file per language, e.g. memory.en-ar.xlf) [memory.xlf]",
                "open: Import a translated XLIFF file", "open: Import a translated XLIFF file"), dialogs.asked);
    }

    @Test
    void theGlossariesAreSavedAsTheFormatChosen() throws Exception {
        List<String> said = new ArrayList<>();
        Path out = dir.resolve("for-omegat");
        dialogs.files.add(Optional.of(out));
        new GlossarySaveAs(dialogs, TaskRunner.direct(), () -> List.of(Path.of("glossaries/sample.tbx").toAbsolutePath()
                .toString()), said::add).run();
        Path written = dir.resolve("for-omegat.tbx");
        assertEquals(GlossaryFiles.read(Path.of("glossaries/sample.tbx")).glossary().concepts(),
                GlossaryFiles.read(written).glossary().concepts());
        assertEquals(List.of("Saved 18 concepts to for-omegat.tbx (TBX v3, TBX-Basic (Triptych, current tools))"), said);
        assertEquals(List.of("choose: Save the project's glossaries (merged) as",
                "save as: Save the glossaries as TBX v3, TBX-Basic (Triptych, current tools) [sample.tbx]"), dialogs.asked);

        List<String> none = new ArrayList<>();
        new GlossarySaveAs(dialogs, TaskRunner.direct(), List::of, none::add).run();
        assertEquals(List.of("The project has no glossary to save: add one first"), none);
    }
}
