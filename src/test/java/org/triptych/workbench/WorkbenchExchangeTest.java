package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.web.NewsSite;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;

/** The workbench's side of the exchange: a TMX opened as a project, and the pages kept beside a saved project. */
class WorkbenchExchangeTest {

    @TempDir
    Path dir;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> notices = new ArrayList<>();

    private Workbench workbench() {
        Workbench w = new Workbench(TaskRunner.direct(), new DocumentImporter(), new GoldUnitAligner(), FindingsSource.none(),
                dir.resolve("settings"));
        w.session().addListener(new SessionListener() {
            @Override
            public void changed(Change change) {
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        return w;
    }

    @Test
    void aTranslationMemoryOpensAsAProjectOfConfirmedLinks() throws Exception {
        Path tmx = dir.resolve("lf-aligner.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="LF Aligner" creationtoolversion="4.2" segtype="sentence"
                  o-tmf="al" adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>The council met.</seg></tuv><tuv xml:lang="ar"><seg>اجتمع المجلس.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>It voted.</seg></tuv><tuv xml:lang="ar"><seg>وصوّت.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>No Arabic here.</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);
        Workbench w = workbench();
        w.openTmx(tmx);
        Session s = w.session();
        assertEquals(List.of("The council met.", "It voted.", "No Arabic here."), s.article().english().paragraphTexts());
        assertEquals(List.of("اجتمع المجلس.", "وصوّت."), s.article().version(Language.ARABIC).orElseThrow().paragraphTexts());
        LinkTable t = s.table(AlignmentLevel.PARAGRAPH);
        assertEquals(3, t.rows().size());
        assertEquals(LinkStatus.CONFIRMED, t.rows().get(0).cells().get(0).status());
        assertEquals(List.of(), t.rows().get(2).cells().get(0).units());
        assertTrue(s.isDirty() && s.file().isEmpty(), "untitled until saved");
        assertTrue(notices.contains("Opened the translation memory lf-aligner.tmx: 3 units as confirmed links; save to keep "
                + "it as a project"), notices.toString());

        Path notTmx = dir.resolve("broken.tmx");
        Files.writeString(notTmx, "<tmx><body><tu>");
        w.openTmx(notTmx);
        assertEquals(3, s.article().english().paragraphs().size(), "a file that cannot be read leaves the project open");
        assertTrue(notices.get(notices.size() - 1).contains("broken.tmx"), notices.toString());
    }

    @Test
    void aSaveKeepsThePagesTheProjectHasAndDropsThoseItNoLongerHas() throws Exception {
        server.setDispatcher(new NewsSite());
        Workbench w = workbench();
        String en = server.url(NewsSite.PATHS.get(Language.ENGLISH)).toString();
        WebVersions.Read[] first = new WebVersions.Read[1];
        w.readWebPage(en, Language.ENGLISH, r -> first[0] = r);
        w.newWebProject(first[0], first[0].alternates(), List.of());
        Path project = dir.resolve("story.triptych");
        w.save(project, null);
        Path pages = ProjectFile.pagesFolder(project);
        assertTrue(Files.exists(pages.resolve("ru.html")) && Files.exists(pages.resolve("ru.html.json")));
        Path readme = Files.writeString(pages.resolve("notes.txt"), "kept: not a page copy");

        Path ru = dir.resolve("ru.txt");
        Files.writeString(ru, SampleArticle.text(Language.RUSSIAN).replace("\n", "\n\n"), StandardCharsets.UTF_8);
        w.importVersion(Language.RUSSIAN, ru);
        w.save(project, null);
        assertFalse(Files.exists(pages.resolve("ru.html")), "the Russian version is a file now");
        assertFalse(Files.exists(pages.resolve("ru.html.json")));
        assertTrue(Files.exists(pages.resolve("ar.html")) && Files.exists(readme));

        w.session().undo();
        w.save(project, null);
        assertTrue(Files.exists(pages.resolve("ru.html")), "undone: the page is the version again, and kept again");
        assertEquals(Map.of(Language.RUSSIAN, server.url(NewsSite.PATHS.get(Language.RUSSIAN)).toString()).get(Language.RUSSIAN),
                new ProjectFile().read(project).webOrigin(Language.RUSSIAN).orElseThrow().url());
    }
}
