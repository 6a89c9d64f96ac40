package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Language;

class ArticleFinderTest {

    @TempDir
    Path dir;

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = dir.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    @Test
    void findsFlatFilesAndFoldersByLanguageCode() throws Exception {
        touch("gaza.en.html", "gaza.ar.docx", "gaza.RU.txt", "notes.txt", "README.md", ".hidden.en.txt",
                "day2/en.txt", "day2/ru.pdf", "day2/en.para.txt", "day2/gold.json", "empty-folder/readme.txt");
        List<BatchArticle> found = ArticleFinder.scan(dir);
        assertEquals(List.of("day2", "gaza"), found.stream().map(BatchArticle::id).toList());
        assertEquals(Map.of(Language.ENGLISH, Path.of("day2", "en.txt"), Language.RUSSIAN, Path.of("day2", "ru.pdf")),
                found.get(0).versions());
        assertEquals(List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN),
                List.copyOf(found.get(1).versions().keySet()));
        assertEquals(Path.of("gaza.RU.txt"), found.get(1).versions().get(Language.RUSSIAN));
        assertNull(found.get(1).problem());
    }

    @Test
    void ambiguityIsAProblemOfTheArticleNotOfTheBatch() throws Exception {
        touch("a.en.txt", "a.en.docx", "a.ar.txt", "b/en.txt", "b.ru.txt");
        List<BatchArticle> found = ArticleFinder.scan(dir);
        assertEquals(2, found.size());
        assertTrue(found.get(0).problem().startsWith("two English versions, a.en.docx and a.en.txt"),
                found.get(0).problem());
        assertEquals("there is both a folder b/ and files b.*.*; keep one", found.get(1).problem());
    }

    @Test
    void aMissingFolderIsAnError() {
        IOException e = assertThrows(IOException.class, () -> ArticleFinder.scan(dir.resolve("nope")));
        assertTrue(e.getMessage().endsWith("nope is not a folder"), e.getMessage());
    }

    @Test
    void aManifestGivesItsRowsWithTheirProblems() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "\uFEFFru,en,id,source\r\n"
                + "ru/1.txt,en/1.txt,one,wire\r\n"
                + ",\"en/two, final.txt\",two,\r\n"
                + "\r\n"
                + "x.txt,https://example.org/a,web,\r\n"
                + "y.txt,y.en.txt,one,\r\n"
                + "z.txt,z.en.txt,,\r\n"
                + "q.txt,q.en.txt,../escape,\r\n");
        List<BatchArticle> rows = ArticleFinder.manifest(csv);
        assertEquals(List.of("../escape", "one", "one (row 6)", "row-7", "two", "web"),
                rows.stream().map(BatchArticle::id).toList());
        BatchArticle one = rows.get(1);
        assertEquals(Map.of(Language.ENGLISH, Path.of("en/1.txt"), Language.RUSSIAN, Path.of("ru/1.txt")), one.versions());
        assertNull(one.problem());
        assertEquals(Map.of(Language.ENGLISH, Path.of("en/two, final.txt")), rows.get(4).versions());
        // a web address is the page to fetch when the batch comes to the article
        assertEquals(Map.of(Language.ENGLISH, "https://example.org/a"), rows.get(5).addresses());
        assertEquals(Map.of(Language.RUSSIAN, Path.of("x.txt")), rows.get(5).versions());
        assertNull(rows.get(5).problem());
        assertTrue(rows.get(2).problem().contains("the id one is on row 6 and on an earlier row"), rows.get(2).problem());
        assertEquals("row 7 of m.csv has no id", rows.get(3).problem());
        assertTrue(rows.get(0).problem().contains("cannot name a folder"), rows.get(0).problem());
    }

    @Test
    void aManifestWithoutItsHeaderIsRefused() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "a.en.txt,a.ar.txt\n");
        IOException e = assertThrows(IOException.class, () -> ArticleFinder.manifest(csv));
        assertTrue(e.getMessage().contains("needs a header line naming the columns id,en,ar,ru"), e.getMessage());
    }
}
