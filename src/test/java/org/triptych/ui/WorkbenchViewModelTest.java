package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Article;
import org.triptych.model.Project;

/** Article files through the workbench's model, with {@link TaskRunner#direct()}: bad files never lose work. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel model() throws Exception {
        return new WorkbenchViewModel(TaskRunner.direct(), new DocumentImporter(), new GoldUnitAligner(),
                FindingsSource.none(), Files.createDirectories(dir.resolve("settings")));
    }

    @Test
    void aDamagedProjectWithAnAutosaveIsOfferedAndNothingIsOverwritten() throws Exception {
        WorkbenchViewModel m = model();
        m.loadProject("sample", SampleArticle::load);
        Path file = dir.resolve("p.triptych");
        m.save(file, null);
        m.aligned().confirm(2);
        m.autosave();
        assertTrue(Files.exists(ProjectFile.autosaveOf(file)));
        byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(file), 500);
        Files.write(file, cut);
        WorkbenchViewModel next = model();
        next.open(file);
        assertEquals(file, next.damagedWithAutosaveProperty().get());
        assertTrue(next.noticeProperty().get().contains("cut short or damaged"), next.noticeProperty().get());
        assertNull(next.fileProperty().get(), "nothing opened in its place");
        assertTrue(java.util.Arrays.equals(cut, Files.readAllBytes(file)), "the damaged file is left as it was");
        next.recover(ProjectFile.autosaveOf(file), null);
        assertEquals(org.triptych.model.LinkStatus.CONFIRMED, next.aligned().rows().get(2).status());
    }

    @Test
    void movedSourcesAreListedForRelocation() throws Exception {
        Path src = dir.resolve("ar.txt");
        Files.writeString(src, "نص");
        Article p = SampleArticle.load();
        DocumentVersion ar = p.version(Language.ARABIC).orElseThrow();
        p = p.withVersion(new DocumentVersion(Language.ARABIC, src.toString(), ar.paragraphs()));
        Path file = dir.resolve("m.triptych");
        new ProjectFile().write(Project.of(p), file);
        Files.delete(src);
        WorkbenchViewModel m = model();
        m.open(file);
        assertEquals(List.of(Language.ARABIC), m.missingSources().stream().map(DocumentVersion::language).toList());
        assertEquals(12, m.aligned().rows().size(), "the project opened with its imported text");
        assertTrue(m.noticeProperty().get().contains("Relocate"), m.noticeProperty().get());
    }
}
