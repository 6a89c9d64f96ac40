package org.triptych.workbench;

import org.triptych.ui.AlignedViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.langcheck.LanguageCheckService;
import org.triptych.model.Alignment;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Paragraph;
import org.triptych.model.Article;
import org.triptych.model.Severity;

/** LanguageTool's per-paragraph findings moved to the link convention of {@link FindingsSource}, and one real run. */
class LanguageToolChecksTest {

    private static DocumentVersion version(Language l, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.unsegmented(p));
        }
        return new DocumentVersion(l, l.code() + ".txt", ps);
    }

    private static Finding spelling(Language l, int unit, int start, int end, String text) {
        return new Finding("spelling", Severity.WARNING, l, unit, start, end, text, null, "Possible spelling mistake",
                List.of("x"), "RULE");
    }

    @Test
    void findingsInAMergedLinkGetTheLinksUnitAndOffsetsIntoItsJoinedText() {
        DocumentVersion en = version(Language.ENGLISH, "Intro.", "One English paragraph.", "Tail.");
        DocumentVersion ar = version(Language.ARABIC, "مقدمة.", "الفقرة الأولى.", "الفقرة الثانية فيها خطا.", "ذيل.");
        // English 1 is linked to Arabic 1 + 2 (a split in translation)
        Alignment links = new Alignment(Language.ARABIC, AlignmentLevel.PARAGRAPH, List.of(
                Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(1), List.of(1, 2), 1), Bead.of(List.of(2), List.of(3), 1)));
        int at = ar.paragraphs().get(2).text().indexOf("خطا");
        List<Finding> mapped = LanguageToolChecks.toLinkOffsets(List.of(spelling(Language.ARABIC, 2, at, at + 3, "خطا"),
                spelling(Language.ARABIC, 3, 0, 3, "ذيل")), links, en, ar);
        assertEquals(2, mapped.size());
        Finding f = mapped.get(0);
        assertEquals(1, f.unit(), "unit = the link's first English paragraph");
        String joined = ar.paragraphs().get(1).text() + "\n" + ar.paragraphs().get(2).text();
        assertEquals("خطا", joined.substring(f.start(), f.end()), "offsets into the link's paragraphs joined by '\\n'");
        assertEquals(2, mapped.get(1).unit());
        assertEquals(0, mapped.get(1).start());

        // and the workbench places it back on Arabic paragraph 2, at the word
        Session model = new Session(TaskRunner.direct(), (e, t, l, a) -> links.beads(), FindingsSource.none());
        model.replace(org.triptych.model.Project.of(new Article(en, List.of(ar))), null, true);
        FindingPlaces.Place place = model.place(f).orElseThrow();
        assertEquals(2, place.paragraph());
        assertEquals(at, place.start());
        assertEquals(at + 3, place.end());

        // English findings: the English paragraph is its own link's start, offsets unchanged
        Finding e = LanguageToolChecks.toLinkOffsets(List.of(spelling(Language.ENGLISH, 1, 4, 11, "English")), links, en, en).get(0);
        assertEquals(1, e.unit());
        assertEquals(4, e.start());
    }

    @Test
    void languageToolFindsTheTypoInAMergedRussianLinkAndAcceptsTheGlossaryName(@TempDir Path dir) throws Exception {
        Path glossary = dir.resolve("names.csv");
        Files.writeString(glossary, "en,ru\nStaffan de Mistura,Стаффан де Мистура\n", StandardCharsets.UTF_8);
        DocumentVersion en = version(Language.ENGLISH,
                "The envoy Staffan de Mistura met the delegations in Geneva on Monday and discussed the truce.");
        DocumentVersion ru = version(Language.RUSSIAN,
                "В понедельник в Женеве делегации встретились со Стаффаном де Мистурой.",
                "Они обсжудали перемирие.");
        Alignment links = new Alignment(Language.RUSSIAN, AlignmentLevel.PARAGRAPH,
                List.of(Bead.of(List.of(0), List.of(0, 1), 1)));
        Article project = new Article(en, List.of(ru));
        try (LanguageToolChecks checks = new LanguageToolChecks(FindingsSource.none(), new LanguageCheckService())) {
            List<Finding> found = checks.check(project, Map.of(Language.RUSSIAN, links), List.of(glossary.toString()),
                    new TaskRunner.Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
            String joined = ru.paragraphs().get(0).text() + "\n" + ru.paragraphs().get(1).text();
            Finding typo = found.stream().filter(f -> f.language().equals(Language.RUSSIAN) && f.kind().equals("spelling"))
                    .findFirst().orElseThrow(() -> new AssertionError("typo not found: " + found));
            assertEquals(0, typo.unit());
            assertEquals("обсжудали", joined.substring(typo.start(), typo.end()));
            assertEquals(1, found.stream().filter(f -> f.language().equals(Language.RUSSIAN)).count(),
                    "only the typo in Russian, not the name: " + found);
            assertTrue(found.stream().noneMatch(f -> f.language().equals(Language.ENGLISH)), "English is clean: " + found);
            assertFalse(found.stream().anyMatch(f -> f.text().contains("Мистур") || f.text().contains("Стаффан")
                    || f.text().contains("Mistura") || f.text().contains("Staffan")), "glossary names accepted: " + found);

            checks.setEnabled(false);
            assertEquals(List.of(), checks.check(project, Map.of(Language.RUSSIAN, links), List.of(), new TaskRunner.Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            }), "switched off: the terminology checks alone");
        }
    }

    /** The terminal's check: a name the other versions write is no misspelling; a typo inside it still is. */
    @Test
    void namesTheOtherVersionsWriteAreNotMisspellings(@TempDir Path dir) throws Exception {
        Path en = dir.resolve("en.txt");
        Path ru = dir.resolve("ru.txt");
        // LanguageTool flags Hammel (Hammer?) and Бартли (Барт?) when no other version writes them
        Files.writeString(en, "The envoy Giles Hammel met Ann Bartley on Monday.\n"
                + "The talks went on, Hammel and Bartley said.\n", StandardCharsets.UTF_8);
        Files.writeString(ru, "Посланник Гайлз Хэммел встретился с Энн Бартли в понедельник. Бартли приехала утром.\n"
                + "Переговоры идут, сказали Хэммел и Братли.\n", StandardCharsets.UTF_8);
        ArticleCheck.Reports quiet = new ArticleCheck.Reports() {
            @Override
            public void glossaryProblem(String problem) {
            }

            @Override
            public void note(String note) {
            }
        };
        List<Finding> found = new ArticleCheck().check(en, Map.of(Language.RUSSIAN, ru), List.of(), true, true, quiet);
        List<Finding> spelling = found.stream().filter(f -> f.kind().equals("spelling")).toList();
        assertTrue(spelling.stream().noneMatch(f -> f.text().equals("Hammel") || f.text().equals("Бартли")),
                spelling.toString());
        // the Russian writes the name as Бартли and, two letters swapped, as Братли: it disagrees with itself, a typo
        Finding typo = spelling.stream().filter(f -> f.text().equals("Братли")).findFirst()
                .orElseThrow(() -> new AssertionError(spelling.toString()));
        assertEquals(List.of("Бартли"), typo.suggestions());
        assertEquals(1, spelling.size(), spelling.toString());

        // where the English does not write the name, nothing confirms it
        Files.writeString(en, "The envoy met the delegation on Monday.\nThe talks went on, they said.\n",
                StandardCharsets.UTF_8);
        List<Finding> alone = new ArticleCheck().check(en, Map.of(Language.RUSSIAN, ru), List.of(), true, true, quiet);
        assertTrue(alone.stream().anyMatch(f -> f.kind().equals("spelling") && f.text().equals("Бартли")),
                alone.toString());
    }

    /** The window's check asks the linked paragraphs of the other versions too. */
    @Test
    void theWindowsCheckConfirmsNamesByTheLinkedVersion() throws Exception {
        DocumentVersion en = version(Language.ENGLISH, "The envoy Giles Hammel met the delegation on Monday.",
                "The talks went on.");
        DocumentVersion ru = version(Language.RUSSIAN, "Переговоры продолжаются.",
                "Посланник Гайлз Хэммел встретился с делегацией в понедельник.");
        Article project = new Article(en, List.of(ru));
        TaskRunner.Progress none = new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Alignment crossed = new Alignment(Language.RUSSIAN, AlignmentLevel.PARAGRAPH,
                List.of(Bead.of(List.of(0), List.of(1), 1), Bead.of(List.of(1), List.of(0), 1)));
        Alignment straight = new Alignment(Language.RUSSIAN, AlignmentLevel.PARAGRAPH,
                List.of(Bead.of(List.of(0), List.of(0), 1), Bead.of(List.of(1), List.of(1), 1)));
        try (LanguageToolChecks checks = new LanguageToolChecks(FindingsSource.none(), new LanguageCheckService())) {
            List<Finding> linked = checks.check(project, Map.of(Language.RUSSIAN, crossed), List.of(), none);
            assertTrue(linked.stream().noneMatch(f -> f.text().equals("Hammel")), linked.toString());
            // linked to a paragraph without the name, the English name is flagged as LanguageTool flags it
            List<Finding> apart = checks.check(project, Map.of(Language.RUSSIAN, straight), List.of(), none);
            assertTrue(apart.stream().anyMatch(f -> f.text().equals("Hammel")), apart.toString());
        }
    }
}
