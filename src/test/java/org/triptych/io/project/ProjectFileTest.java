package org.triptych.io.project;

import org.triptych.io.document.SampleArticle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.MachineDraft;
import org.triptych.model.Article;
import org.triptych.model.TextEdit;
import org.triptych.model.Project;

class ProjectFileTest {

    @TempDir
    Path dir;

    private static Project sample() {
        Article p = SampleArticle.load();
        List<Alignment> links = List.of(new Alignment(Language.ARABIC, AlignmentLevel.PARAGRAPH, List.of(
                new Bead(List.of(0), List.of(0), 1.0, LinkStatus.CONFIRMED),
                new Bead(List.of(1), List.of(1), 0.42, LinkStatus.REVIEW),
                new Bead(List.of(2, 3), List.of(2), 0.8, LinkStatus.AUTOMATIC))));
        return new Project(p, links, List.of(new TextEdit(Language.RUSSIAN, 2, "до", "после")),
                List.of(new IgnoredFinding("number", Language.ARABIC, 5, "١٢٠٥", "")), List.of("/glossaries/sample.tbx"));
    }

    @Test
    void savedProjectReadsBackTheSame() throws Exception {
        Path file = dir.resolve("a.triptych");
        new ProjectFile().write(sample(), file);
        Project back = new ProjectFile().read(file);
        assertEquals(sample(), back);
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : 1"), "readable, versioned JSON");
        assertTrue(json.contains("مسلحة"), "Arabic stays readable text in the file");
    }

    @Test
    void aVersionReadFromAWebPageKeepsItsAddressFetchTimeAndCopyName() throws Exception {
        Article a = SampleArticle.load();
        String address = "https://gulfwire.example/ar/2026/11/hudna";
        DocumentVersion ar = a.version(Language.ARABIC).orElseThrow();
        Article fromWeb = a.withVersion(new DocumentVersion(Language.ARABIC, address, ar.paragraphs()));
        org.triptych.model.WebOrigin origin = new org.triptych.model.WebOrigin(Language.ARABIC, address,
                "https://gulfwire.example/ar/story?id=4412", java.time.Instant.parse("2026-11-28T09:15:00Z"), "ar.html");
        Project p = Project.of(fromWeb).withWebOrigins(List.of(origin));
        Path file = dir.resolve("web.triptych");
        new ProjectFile().write(p, file);
        assertEquals(p, new ProjectFile().read(file));
        assertEquals(List.of(origin), new ProjectFile().read(file).webOrigins());
        String json = Files.readString(file);
        assertTrue(json.contains("\"web\" : {"), json);
        assertEquals(1, json.split("\"web\"", -1).length - 1, "only the version that came from a page has one");
        assertEquals(ProjectFile.pagesFolder(file), dir.resolve("web.triptych.pages"));
        assertEquals(List.of(), ProjectFile.missingSources(p), "an address is not a file that went missing");

        // a reader of format 1 that knows no "web" reads the text and the address as the source, nothing else
        String older = json.replaceAll("(?s)\"web\" : \\{[^}]*\\},\\s*", "");
        assertFalse(older.contains("fetchedAt"), older);
        Files.writeString(dir.resolve("older.triptych"), older);
        Project read = new ProjectFile().read(dir.resolve("older.triptych"));
        assertEquals(List.of(), read.webOrigins());
        assertEquals(address, read.article().version(Language.ARABIC).orElseThrow().source());

        // an origin that no longer describes its version (the text replaced from a file) is not kept
        Project replaced = p.withWebOrigins(List.of(origin));
        Article fromFile = fromWeb.withVersion(new DocumentVersion(Language.ARABIC, "/news/ar.docx", ar.paragraphs()));
        assertEquals(List.of(), new Project(fromFile, replaced.alignments(), List.of(), List.of(), List.of(), List.of(),
                replaced.webOrigins()).webOrigins());
    }

    @Test
    void aCrashBetweenWriteAndMoveLeavesTheOldProjectWhole() throws Exception {
        Path file = dir.resolve("a.triptych");
        new ProjectFile().write(sample(), file);
        byte[] old = Files.readAllBytes(file);
        Project changed = new Project(sample().article(), List.of(), List.of(), List.of(), List.of());
        ProjectFile crashing = new ProjectFile(temp -> {
            assertTrue(Files.size(temp) > 0, "the new file was written in full before the move");
            throw new IOException("simulated crash before the rename");
        });
        assertThrows(IOException.class, () -> crashing.write(changed, file));
        assertArrayEquals(old, Files.readAllBytes(file), "the old project is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        new ProjectFile().write(changed, file);
        assertEquals(changed, new ProjectFile().read(file), "and the next save replaces it whole");
    }

    @Test
    void aTruncatedProjectGivesAClearMessageAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("cut.triptych");
        new ProjectFile().write(sample(), file);
        byte[] all = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        Files.write(file, cut);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectFile().read(file));
        assertTrue(e.getMessage().contains("cut.triptych") && e.getMessage().contains("cut short or damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("cut.triptych.autosave"), "points at the way forward: " + e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(file));
    }

    @Test
    void aProjectFromANewerVersionIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("new.triptych");
        new ProjectFile().write(sample(), file);
        String newer = Files.readString(file).replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
        Files.writeString(file, newer);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectFile().read(file));
        assertTrue(e.getMessage().contains("newer Triptych") && e.getMessage().contains("format 7"), e.getMessage());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void notAProjectAndInconsistentContentAreNamed() throws Exception {
        Path other = dir.resolve("other.triptych");
        Files.writeString(other, "{\"hello\": 1}");
        assertTrue(assertThrows(ProjectFileException.class, () -> new ProjectFile().read(other)).getMessage()
                .contains("not a Triptych project"));
        Path bad = dir.resolve("bad.triptych");
        new ProjectFile().write(sample(), bad);
        Files.writeString(bad, Files.readString(bad).replaceFirst("\\[ 0, ", "[ 900, "), StandardCharsets.UTF_8);
        assertTrue(assertThrows(ProjectFileException.class, () -> new ProjectFile().read(bad)).getMessage()
                .contains("is damaged: a sentence of paragraph 1 of the English version runs from character 900"));
        assertThrows(ProjectFileException.class, () -> new ProjectFile().read(dir.resolve("missing.triptych")));
    }

    @Test
    void movedSourcesAreReportedButTheirTextIsKept() throws Exception {
        Path src = dir.resolve("en.txt");
        Files.writeString(src, "Hello.");
        Article p = SampleArticle.load().withVersion(new DocumentVersion(Language.ENGLISH, src.toString(),
                SampleArticle.load().english().paragraphs()));
        Path file = dir.resolve("m.triptych");
        new ProjectFile().write(Project.of(p), file);
        Files.delete(src);
        Project back = new ProjectFile().read(file);
        List<DocumentVersion> missing = ProjectFile.missingSources(back);
        assertEquals(List.of(Language.ENGLISH), missing.stream().map(DocumentVersion::language).toList());
        assertFalse(back.article().english().paragraphs().isEmpty());
    }

    @Test
    void machineDraftsAreFlaggedOnTheirParagraphsAndReadBack() throws Exception {
        Project plain = sample();
        Project drafted = new Project(plain.article(), plain.alignments(), plain.edits(), plain.ignoredFindings(),
                plain.glossaries(), List.of(new MachineDraft(Language.ARABIC, 1), new MachineDraft(Language.RUSSIAN, 3)));
        Path file = dir.resolve("d.triptych");
        new ProjectFile().write(drafted, file);
        Project back = new ProjectFile().read(file);
        assertEquals(drafted, back);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertEquals(1, root.path("formatVersion").asInt(), "an optional field: older readers still open the file");
        for (com.fasterxml.jackson.databind.JsonNode v : root.path("versions")) {
            List<Integer> flagged = new java.util.ArrayList<>();
            for (int i = 0; i < v.path("paragraphs").size(); i++) {
                com.fasterxml.jackson.databind.JsonNode flag = v.path("paragraphs").get(i).get("machineDraft");
                if (flag != null) {
                    assertTrue(flag.asBoolean(), "only true is written; an ordinary paragraph has no field");
                    flagged.add(i);
                }
            }
            String l = v.path("language").asText();
            assertEquals(l.equals("ar") ? List.of(1) : l.equals("ru") ? List.of(3) : List.of(), flagged, l);
        }
    }

    @Test
    void aProjectWrittenBeforeMachineDraftsWereKeptOpensWithNone() throws Exception {
        // the shape the first Triptych wrote (no "machineDraft" anywhere), plus a field from some later version
        String old = """
                {
                  "format" : "triptych-project",
                  "formatVersion" : 1,
                  "versions" : [ {
                    "language" : "en", "source" : "en.txt",
                    "paragraphs" : [ { "kind" : "heading", "text" : "Talks resume", "sentences" : [ [ 0, 12 ] ] },
                                     { "kind" : "body", "text" : "They met. Then left.", "sentences" : [ [ 0, 9 ], [ 10, 20 ] ] } ]
                  }, {
                    "language" : "ru", "source" : "ru.txt",
                    "paragraphs" : [ { "kind" : "body", "text" : "Они встретились.", "sentences" : [ [ 0, 16 ] ], "reviewer" : "x" } ]
                  } ],
                  "alignments" : [ { "target" : "ru", "level" : "paragraph",
                    "links" : [ { "english" : [ 0 ], "target" : [ ], "confidence" : 0.0, "status" : "automatic" },
                                { "english" : [ 1 ], "target" : [ 0 ], "confidence" : 0.9, "status" : "review" } ] } ],
                  "edits" : [ ], "ignoredFindings" : [ ], "glossaries" : [ ]
                }
                """;
        Path file = dir.resolve("old.triptych");
        Files.writeString(file, old, StandardCharsets.UTF_8);
        Project w = new ProjectFile().read(file);
        assertEquals(List.of(), w.machineDrafts());
        assertEquals(List.of("Они встретились."), w.article().version(Language.RUSSIAN).orElseThrow().paragraphTexts());
        assertEquals(LinkStatus.REVIEW, w.alignments().get(0).beads().get(1).status());
        assertEquals(old, Files.readString(file), "reading never rewrites the file");
    }

    @Test
    void recentProjectsAreNewestFirstWithoutDuplicates() throws Exception {
        RecentProjects recent = new RecentProjects(dir.resolve("settings"));
        assertEquals(List.of(), recent.list());
        recent.add(dir.resolve("a.triptych"));
        recent.add(dir.resolve("b.triptych"));
        recent.add(dir.resolve("a.triptych"));
        assertEquals(List.of(dir.resolve("a.triptych"), dir.resolve("b.triptych")), recent.list());
    }

    /** Reads a project whose JSON was changed by {@code damage} and returns the refusal's message. */
    private String refusal(Path dir, java.util.function.UnaryOperator<String> damage) throws Exception {
        Path file = dir.resolve("damaged-" + System.nanoTime() + ".triptych");
        new ProjectFile().write(sample(), file);
        String json = Files.readString(file);
        String damaged = damage.apply(json);
        org.junit.jupiter.api.Assertions.assertNotEquals(json, damaged, "the damage is made");
        Files.writeString(file, damaged);
        byte[] before = Files.readAllBytes(file);
        String message = assertThrows(ProjectFileException.class, () -> new ProjectFile().read(file)).getMessage();
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file), "left as it is");
        assertTrue(message.startsWith("The project " + file.getFileName() + " is damaged: "), message);
        assertTrue(message.contains("It was not opened and the file is left as it is"), message);
        org.junit.jupiter.api.Assertions.assertFalse(message.matches(
                "(?s).*(Exception|java\\.|JsonNode|Cannot invoke|No enum constant|\\bnull\\b|begin \\d|out of bounds).*"),
                "written for a translator: " + message);
        return message;
    }

    @Test
    void linksOutsideTheArticleAreRefusedWithWhatIsWrongInWords(@TempDir Path dir) throws Exception {
        assertTrue(refusal(dir, j -> j.replaceFirst("\"target\" : \\[ 0 \\]", "\"target\" : [ -5 ]"))
                .contains("its العربية paragraph links point to a paragraph numbered -5"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"english\" : \\[ 1 \\]", "\"english\" : [ 9999 ]"))
                .contains("point to English paragraph 10000, and that version has 14 paragraphs"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"target\" : \\[ 1 \\]", "\"target\" : [ 0 ]"))
                .contains("link العربية paragraph 1 twice"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"target\" : \"ar\"", "\"target\" : \"fr\""))
                .contains("links to a fr version it does not have"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"english\" : \\[ 0 \\]", "\"english\" : [ \"x\" ]"))
                .contains("holds 'x' where a number belongs"));
    }

    @Test
    void unknownKindsLevelsAndStatusesAndBrokenSentencesAreRefusedInWords(@TempDir Path dir) throws Exception {
        assertTrue(refusal(dir, j -> j.replaceFirst("\"kind\" : \"body\"", "\"kind\" : \"zz\""))
                .contains("is of an unknown kind 'zz'"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"level\" : \"paragraph\"", "\"level\" : \"chapter\""))
                .contains("unknown level 'chapter'"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"status\" : \"confirmed\"", "\"status\" : \"maybe\""))
                .contains("unknown status 'maybe'"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"text\" : \"[^\"]*\"", "\"text\" : \"\""))
                .contains("outside the paragraph's 0 characters"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"sentences\" : \\[ \\[", "\"sentences\" : [ \"a\", ["))
                .contains("is not a pair of offsets"));
        assertTrue(refusal(dir, j -> j.replaceFirst("\"language\" : \"en\"", "\"language\" : \"English!\""))
                .contains("names 'English!', which is not a language code"));
    }

    @Test
    void aProjectSavedByTheFirstReleaseStillOpensWithEverythingInIt() throws Exception {
        Path saved = Path.of(getClass().getResource("saved-by-0.1.0.triptych").toURI());
        Project p = new ProjectFile().read(saved);
        assertEquals(4, p.alignments().size(), "paragraph and sentence links of both versions");
        assertTrue(p.alignments().stream().anyMatch(a -> a.beads().stream()
                .anyMatch(b -> b.status() == LinkStatus.CONFIRMED)), "the confirmed row");
        assertEquals(1, p.edits().size());
        assertEquals(Language.RUSSIAN, p.edits().get(0).language());
        assertEquals(1, p.ignoredFindings().size());
        assertEquals(List.of("glossaries/sample.tbx"), p.glossaries());
        assertTrue(p.article().version(Language.RUSSIAN).orElseThrow().paragraphs().get(1).text().endsWith("(правка)"));
    }
}
