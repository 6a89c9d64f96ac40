package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.Alignment;
import org.triptych.model.Article;
import org.triptych.model.Bead;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Finding;
import org.triptych.model.IgnoredFinding;
import org.triptych.model.Language;
import org.triptych.model.LinkStatus;
import org.triptych.model.Severity;
import org.triptych.workbench.FindingsSource;
import org.triptych.workbench.SentenceFirstAligner;

/**
 * A translator's working day in the real window (headless Monocle, the real aligner): find and replace across the
 * columns, the Go menu, and settling findings once — on the bundled sample and on a news triple written for these
 * tests (src/test/resources/org/triptych/ui/news: a water-sharing story in English, Arabic with Arabic-Indic digits
 * and a shadda, and Russian with ё). Questions are answered by {@link ScriptedDialogs}.
 */
@ExtendWith(ApplicationExtension.class)
class WorkdayWindowTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** What the checks report: words to flag as spelling slips, per language, wherever they are in the text. */
    private final Map<Language, List<String>> flagged = new LinkedHashMap<>();
    private final List<Finding> extra = new CopyOnWriteArrayList<>();
    /** The real terminology and number checks instead of the scripted findings. */
    private volatile boolean realChecks;
    private Path settings;
    private WorkbenchViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        settings = Files.createDirectories(dir.resolve("settings-" + System.nanoTime()));
        FxTaskRunner tasks = new FxTaskRunner();
        FindingsSource checks = (article, links, glossaries, progress) -> realChecks
                ? new org.triptych.workbench.TermChecks().check(article, links, glossaries, progress) : findings(article, links);
        model = new WorkbenchViewModel(tasks, new DocumentImporter(), new SentenceFirstAligner(), checks, settings);
        window = new MainWindow(model, tasks, dialogs);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
    }

    /** Spelling findings on every occurrence of the flagged words, placed as the checks place them (link offsets). */
    private List<Finding> findings(Article article, Map<Language, Alignment> links) {
        List<Finding> out = new ArrayList<>(extra);
        for (Map.Entry<Language, List<String>> e : flagged.entrySet()) {
            Alignment a = links.get(e.getKey());
            DocumentVersion v = article.version(e.getKey()).orElseThrow();
            for (Bead b : a.beads()) {
                if (b.english().isEmpty()) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                for (int p : b.target()) {
                    if (joined.length() > 0) {
                        joined.append('\n');
                    }
                    joined.append(v.paragraphs().get(p).text());
                }
                for (String word : e.getValue()) {
                    for (int at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
                        out.add(new Finding("spelling", Severity.WARNING, e.getKey(), b.english().get(0), at,
                                at + word.length(), word, null, "Possible spelling mistake found.", List.of(), "AR_SPELLER"));
                    }
                }
            }
        }
        return out;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AlignedViewModel vm() {
        return model.aligned();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    /** The news triple written for these tests, copied out of the test resources as three files. */
    static Map<Language, Path> newsFiles(Path into) throws IOException {
        Map<Language, Path> files = new LinkedHashMap<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            Path f = into.resolve("water-" + l.code() + ".txt");
            if (!Files.exists(f)) {
                try (InputStream in = WorkdayWindowTest.class.getResourceAsStream("news/water-" + l.code() + ".txt")) {
                    Files.copy(in, f);
                }
            }
            files.put(l, f);
        }
        return files;
    }

    private void openNews(FxRobot robot) throws Exception {
        Map<Language, Path> files = newsFiles(dir);
        robot.interact(() -> model.newProject(files, List.of()));
        waitUntil(() -> vm().table() != null && vm().article().english().source().endsWith("water-en.txt"));
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.interact(() -> model.loadProject("Loading the sample", SampleArticle::load));
        waitUntil(() -> vm().table() != null && vm().rows().size() == 12);
    }

    private String text(Language l, int paragraph) {
        return vm().article().version(l).orElseThrow().paragraphs().get(paragraph).text();
    }

    private String findCount(FxRobot robot) {
        return robot.lookup("#find-count").queryLabeled().getText();
    }

    @Test
    void findHighlightsEveryMatchAndReplaceAllIsOneUndo(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#aligned-list");
        robot.interact(() -> vm().selectedRowProperty().set(0)); // the search starts from the selected row
        press(robot, KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> window.findBar().isOpen() && robot.lookup("#find-text").query().isFocused());
        robot.write("Hodeidah");
        press(robot, KeyCode.ENTER);
        try {
            waitUntil(() -> findCount(robot).startsWith("1 of "));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("'" + findCount(robot) + "' for '" + window.findBar().model().textProperty().get() + "' "
                    + vm().noticeProperty().get());
        }
        int total = Integer.parseInt(findCount(robot).replaceAll("1 of (\\d+) .*", "$1"));
        assertTrue(total >= 3, findCount(robot));
        assertEquals(Language.ENGLISH, vm().selectedColumnProperty().get(), "the first match is in the English column");
        waitUntil(() -> !robot.lookup(".search-current").queryAll().isEmpty());
        assertTrue(robot.lookup(".search-current").queryAll().stream().allMatch(n -> ((javafx.scene.text.Text) n).getText().contains("Hodeidah")));
        press(robot, KeyCode.F3);
        waitUntil(() -> findCount(robot).startsWith("2 of "));

        // Ctrl+H: replace every match in every column as one step
        press(robot, KeyCode.CONTROL, KeyCode.H);
        robot.clickOn("#replace-text").write("Hudaydah");
        robot.clickOn("#replace-all");
        try {
            waitUntil(() -> findCount(robot).equals("No matches"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("'" + findCount(robot) + "' " + vm().noticeProperty().get() + " / "
                    + window.findBar().model().replacementProperty().get() + " / " + text(Language.ENGLISH, 0));
        }
        assertTrue(text(Language.ENGLISH, 0).contains("Hudaydah"), text(Language.ENGLISH, 0));
        assertTrue(vm().session().undoName().startsWith("Undo replace all"), vm().session().undoName());
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> !window.findBar().isOpen());
        waitUntil(() -> robot.lookup(".search-match").queryAll().isEmpty() && robot.lookup(".search-current").queryAll().isEmpty());
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        try {
            waitUntil(() -> text(Language.ENGLISH, 0).contains("Hodeidah"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(vm().noticeProperty().get() + " / " + vm().session().undoName() + " / focus "
                    + robot.lookup("#aligned-list").query().getScene().getFocusOwner());
        }
        assertFalse(vm().session().canUndo(), "the replace-all was one step");
    }

    @Test
    void onTheNewsTripleArabicFoldingYoAndOneColumnWithARegularExpression(FxRobot robot) throws Exception {
        openNews(robot);
        robot.clickOn("#aligned-list");
        robot.interact(() -> vm().selectedRowProperty().set(0));
        press(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("عمان");
        press(robot, KeyCode.ENTER);
        waitUntil(() -> findCount(robot).equals("1 of 1 match"));
        assertEquals(Language.ARABIC, vm().selectedColumnProperty().get());
        assertEquals(1, vm().selectedRowProperty().get(), "the dateline row");
        // without Arabic folding the shadda of عمّان keeps it from matching
        robot.clickOn("#find-arabic");
        robot.clickOn("#find-all");
        waitUntil(() -> findCount(robot).equals("No matches"));
        robot.clickOn("#find-arabic");

        // Russian ё is found as е
        robot.doubleClickOn("#find-text").eraseText(4).write("все");
        robot.clickOn("#find-all");
        waitUntil(() -> findCount(robot).equals("1 of 1 match"));
        assertEquals(Language.RUSSIAN, vm().selectedColumnProperty().get());

        // one column, a regular expression, its group in the replacement
        press(robot, KeyCode.CONTROL, KeyCode.H);
        robot.interact(() -> robot.lookup("#find-column").queryAs(ComboBox.class).setValue(Language.RUSSIAN));
        robot.interact(() -> {
            window.findBar().model().textProperty().set("(\\d+) месяцев");
            window.findBar().model().regexProperty().set(true);
            window.findBar().model().replacementProperty().set("$1 мес.");
        });
        robot.clickOn("#find-all");
        waitUntil(() -> findCount(robot).equals("1 of 1 match"));
        String english = text(Language.ENGLISH, 2);
        robot.clickOn("#replace-one");
        waitUntil(() -> text(Language.RUSSIAN, 2).contains("в течение 18 мес."));
        assertEquals(english, text(Language.ENGLISH, 2), "the other columns are left alone");
        waitUntil(() -> findCount(robot).equals("No matches"));
        // a regular expression that is not valid is said in a sentence, nothing breaks
        robot.interact(() -> window.findBar().model().textProperty().set("(месяц"));
        robot.clickOn("#find-all");
        waitUntil(() -> findCount(robot).startsWith("The regular expression is not valid"));
    }

    @Test
    void f8WalksTheFindingsAndTheGoMenuFindsRowsToReview(FxRobot robot) throws Exception {
        flagged.put(Language.ARABIC, List.of("الجبوري", "حداد"));
        openNews(robot);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().findings().size() == 4);
        ListView<?> list = robot.lookup("#findings").queryAs(ListView.class);
        press(robot, KeyCode.F8);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        int first = vm().selectedRowProperty().get();
        press(robot, KeyCode.F8);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 1);
        press(robot, KeyCode.SHIFT, KeyCode.F8);
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0 && vm().selectedRowProperty().get() == first);
        assertEquals(Language.ARABIC, vm().selectedColumnProperty().get());

        // confirm the first two rows; Ctrl+J from the top goes to the third
        robot.interact(() -> {
            vm().confirm(0);
            vm().confirm(1);
            vm().selectedRowProperty().set(0);
        });
        robot.clickOn("#aligned-list");
        robot.interact(() -> vm().selectedRowProperty().set(0));
        press(robot, KeyCode.CONTROL, KeyCode.J);
        waitUntil(() -> vm().selectedRowProperty().get() == 2);
        assertTrue(vm().rows().get(2).status() != LinkStatus.CONFIRMED);

        // Ctrl+G: a row by its number; a number out of range is said and nothing moves
        dialogs.texts.add(Optional.of("5"));
        press(robot, KeyCode.CONTROL, KeyCode.G);
        waitUntil(() -> vm().selectedRowProperty().get() == 4);
        dialogs.texts.add(Optional.of("99"));
        press(robot, KeyCode.CONTROL, KeyCode.G);
        waitUntil(() -> vm().noticeProperty().get().startsWith("There is no row 99"));
        assertEquals(4, vm().selectedRowProperty().get());
        assertTrue(dialogs.asked.contains("text: Go to row"));
    }

    @Test
    void aNameFlaggedTwiceIsIgnoredOnceAddedToTheDictionaryOrToTheGlossaryFilledFromItsRow(FxRobot robot) throws Exception {
        flagged.put(Language.ARABIC, List.of("الجبوري", "حداد"));
        openNews(robot);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().findings().size() == 4);
        ListView<Finding> list = robot.lookup("#findings").queryAs(ListView.class);
        // the finding's line numbers the row as the window does
        Finding jaburi = vm().findings().stream().filter(f -> f.text().equals("الجبوري")).findFirst().orElseThrow();
        assertEquals(vm().rowOf(jaburi) + 1, Integer.parseInt(FindingsPanel.describe(jaburi, vm().rowOf(jaburi))
                .replaceAll(".*ar ¶(\\d+).*", "$1")));

        // Add to glossary: the concept dialog opens with the name and its counterparts in the row's cells
        List<ScriptedDialogs.ConceptQuestion> asked = new ArrayList<>();
        dialogs.concepts.add(q -> {
            asked.add(q);
            return Optional.empty();
        });
        robot.interact(() -> list.getSelectionModel().select(jaburi));
        robot.clickOn("#add-finding-to-glossary");
        waitUntil(() -> asked.size() == 1);
        Map<Language, String> prefill = asked.get(0).prefill();
        assertEquals("الجبوري", prefill.get(Language.ARABIC));
        assertEquals("Al-Jaburi", prefill.get(Language.ENGLISH));
        assertEquals("аль-Джабури", prefill.get(Language.RUSSIAN));

        // Ignore all like this: both الجبوري findings go at once, the next finding is selected, kept in the project
        robot.interact(() -> list.getSelectionModel().select(jaburi));
        robot.clickOn("#ignore-all-like");
        waitUntil(() -> vm().findings().size() == 2);
        assertTrue(vm().findings().stream().noneMatch(f -> f.text().equals("الجبوري")));
        assertTrue(list.getSelectionModel().getSelectedItem() != null, "the next finding is selected");
        assertTrue(vm().project().ignoredFindings().stream().anyMatch(i -> i.anyUnit() && i.text().equals("الجبوري")));
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().noticeProperty().get().endsWith("findings") && vm().findings().size() == 2);

        // Add to dictionary: حداد goes into the settings folder's dictionary; undo takes it out again
        Finding haddad = vm().findings().get(0);
        robot.interact(() -> list.getSelectionModel().select(haddad));
        robot.clickOn("#add-to-dictionary");
        waitUntil(() -> vm().findings().isEmpty());
        Path dictionary = settings.resolve("dictionary.txt");
        assertTrue(Files.readAllLines(dictionary).contains("حداد"));
        robot.interact(() -> vm().undo());
        waitUntil(() -> {
            try {
                return !Files.readAllLines(dictionary).contains("حداد");
            } catch (IOException e) {
                return false;
            }
        });
        robot.interact(() -> vm().undo());
        waitUntil(() -> vm().project().ignoredFindings().isEmpty());
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().findings().size() == 4);
    }

    @Test
    void afterIgnoreTheNextFindingIsSelected(FxRobot robot) throws Exception {
        flagged.put(Language.ARABIC, List.of("الجبوري", "حداد"));
        openNews(robot);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().findings().size() == 4);
        ListView<Finding> list = robot.lookup("#findings").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        Finding second = list.getItems().get(2);
        robot.clickOn("#ignore-finding");
        waitUntil(() -> vm().findings().size() == 3);
        assertEquals(second, list.getSelectionModel().getSelectedItem(), "the finding below took the ignored one's place");
        assertEquals(1, vm().project().ignoredFindings().size());
        assertFalse(vm().project().ignoredFindings().get(0).anyUnit());
        assertTrue(vm().project().ignoredFindings().get(0) instanceof IgnoredFinding);
    }

    @Test
    void aNumberSuggestionIsWrittenAsTheVersionWritesItsNumbers(FxRobot robot) throws Exception {
        realChecks = true;
        // the sample: Arabic writes ١٢٠٥ where the English has 1,250 (the translator saw "1,250" go in)
        openSample(robot);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().noticeProperty().get().endsWith("findings"));
        Finding slip = vm().findings().stream().filter(f -> f.kind().equals("number") && f.text().equals("١٢٠٥"))
                .findFirst().orElseThrow(() -> new AssertionError(vm().findings().toString()));
        assertEquals(List.of("١٢٥٠"), slip.suggestions(), "Arabic-Indic digits, no English comma");
        ListView<Finding> list = robot.lookup("#findings").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(slip));
        robot.clickOn("#apply-suggestion");
        int p = vm().place(slip).orElseThrow().paragraph();
        waitUntil(() -> text(Language.ARABIC, p).contains("١٢٥٠") && !text(Language.ARABIC, p).contains("١٢٠٥"));
        assertFalse(text(Language.ARABIC, p).contains("1,250"));

        // the news triple: "١٩ شهرا" against "18 months", Russian's own numbers untouched
        openNews(robot);
        press(robot, KeyCode.F7);
        waitUntil(() -> vm().noticeProperty().get().endsWith("findings") && vm().article().english().source().endsWith("water-en.txt"));
        Finding months = vm().findings().stream().filter(f -> f.kind().equals("number") && f.text().equals("١٩"))
                .findFirst().orElseThrow(() -> new AssertionError(vm().findings().toString()));
        assertEquals(List.of("١٨"), months.suggestions());
        robot.interact(() -> vm().applySuggestion(months, months.suggestions().get(0)));
        waitUntil(() -> text(Language.ARABIC, 2).contains("خلال ١٨ شهرا"));
    }

    /** Fires a menu item of the window's menu bar by its id, on the FX thread (as a click on it would). */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window.root()).getTop();
            java.util.ArrayDeque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(bar.getMenus());
            while (!todo.isEmpty()) {
                javafx.scene.control.MenuItem i = todo.poll();
                if (id.equals(i.getId())) {
                    i.fire();
                    return;
                }
                if (i instanceof javafx.scene.control.Menu m) {
                    todo.addAll(m.getItems());
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    @Test
    void aNoteOnARowWordCountsAndAnExportOfTheReviewedRowsOnly(FxRobot robot) throws Exception {
        openNews(robot);
        robot.clickOn("#aligned-list");
        robot.interact(() -> vm().selectedRowProperty().set(2));
        dialogs.texts.add(Optional.of("Ask the desk whether 4,500,000 is dinars or dollars"));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> vm().note(2).startsWith("Ask the desk"));
        assertTrue(dialogs.asked.contains("text: Note on row 3"));
        waitUntil(() -> !robot.lookup(".row-note-marker").queryAll().isEmpty());
        assertTrue(vm().dirtyProperty().get(), "a note is an edit of the project");

        // the status line counts words per version and in the selected row
        javafx.scene.control.Label counts = robot.lookup("#word-counts").queryAs(javafx.scene.control.Label.class);
        Map<Language, Integer> perVersion = new org.triptych.workbench.WordCounts().perVersion(vm().session().state());
        Map<Language, Integer> inRow = org.triptych.workbench.WordCounts.ofRow(vm().session().state(),
                vm().levelProperty().get(), 2);
        String expected = "en " + perVersion.get(Language.ENGLISH) + " · ar " + perVersion.get(Language.ARABIC) + " · ru "
                + perVersion.get(Language.RUSSIAN) + " words  |  row 3: en " + inRow.get(Language.ENGLISH) + " · ar "
                + inRow.get(Language.ARABIC) + " · ru " + inRow.get(Language.RUSSIAN);
        waitUntil(() -> counts.getText().equals(expected));
        assertEquals(Integer.valueOf(28), inRow.get(Language.ENGLISH), "the minister's paragraph has 28 English words");

        // confirm the first row; the reviewed-only CSV holds it alone, numbered 1, and the full one says each status
        robot.interact(() -> vm().confirm(0));
        Path reviewed = dir.resolve("reviewed-" + System.nanoTime() + ".csv");
        dialogs.files.add(Optional.of(reviewed));
        fire(robot, "export-csv-reviewed");
        waitUntil(() -> Files.exists(reviewed));
        List<String> lines = Files.readAllLines(reviewed);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("1,1,") && lines.get(1).endsWith(",confirmed,"), lines.get(1));
        Path all = dir.resolve("all-" + System.nanoTime() + ".csv");
        dialogs.files.add(Optional.of(all));
        fire(robot, "export-csv");
        waitUntil(() -> Files.exists(all));
        List<String> every = Files.readAllLines(all);
        assertEquals(vm().rows().size() + 1, every.size());
        assertTrue(every.get(3).endsWith(",automatic,Ask the desk whether 4,500,000 is dinars or dollars")
                || every.get(3).endsWith(",automatic,\"Ask the desk whether 4,500,000 is dinars or dollars\""), every.get(3));
        // the report names the project and the versions, and keeps the note
        Path report = dir.resolve("report-" + System.nanoTime() + ".html");
        dialogs.files.add(Optional.of(report));
        fire(robot, "export-report");
        waitUntil(() -> Files.exists(report));
        String html = Files.readString(report);
        assertTrue(html.contains("<th>Project</th><td>Untitled</td>") && html.contains("water-ar.txt"), html);
        assertTrue(html.contains("Ask the desk whether 4,500,000 is dinars or dollars"));
    }

    @Test
    void aRussianFileOpenedAsEnglishOrArabicIsSaidAndOpenedAsRussianOnRequest(FxRobot robot) throws Exception {
        Map<Language, Path> news = newsFiles(dir);
        openSample(robot);
        // File ▸ Import the English version… with the Russian file; "replace in this project"; then the question
        dialogs.files.add(Optional.of(news.get(Language.RUSSIAN)));
        dialogs.confirms.add(false); // not a new article: replace the English text of this project
        dialogs.confirms.add(true); // "water-ru.txt looks like Russian": open it as Russian instead
        robot.interact(() -> window.projectActions().importVersion(Language.ENGLISH));
        waitUntil(() -> vm().article().version(Language.RUSSIAN).orElseThrow().source().endsWith("water-ru.txt")
                && vm().table() != null && !vm().session().isAligning(org.triptych.model.AlignmentLevel.PARAGRAPH));
        assertTrue(dialogs.asked.contains("confirm: water-ru.txt looks like Russian"), dialogs.asked.toString());
        assertTrue(vm().article().english().source().startsWith("sample/"), "the English version was left alone");

        // a new project with the Russian file in the Arabic slot: opened as Russian on request
        Map<Language, Path> files = new LinkedHashMap<>();
        files.put(Language.ENGLISH, news.get(Language.ENGLISH));
        files.put(Language.ARABIC, news.get(Language.RUSSIAN));
        dialogs.confirms.add(true);
        robot.interact(() -> model.newProject(files, List.of()));
        waitUntil(() -> vm().article().english().source().endsWith("water-en.txt")
                && vm().article().version(Language.RUSSIAN).orElseThrow().source().endsWith("water-ru.txt"));
        assertTrue(vm().article().version(Language.ARABIC).orElseThrow().isEmpty(), "no Russian text in the Arabic column");
        // and kept where it was when the person says so
        dialogs.confirms.add(false);
        robot.interact(() -> model.newProject(files, List.of()));
        waitUntil(() -> vm().article().version(Language.ARABIC).orElseThrow().source().endsWith("water-ru.txt"));
        assertEquals(3, dialogs.asked.stream().filter(q -> q.equals("confirm: water-ru.txt looks like Russian")).count());
    }

    @Test
    void theFinishedVersionsAreExportedAsDocumentsThatImportBackTheSame(FxRobot robot) throws Exception {
        openNews(robot);
        robot.interact(() -> vm().editText(Language.ARABIC, 2, text(Language.ARABIC, 2).replace("١٩", "١٨")));
        Path folder = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
        for (String format : List.of("Word document (.docx)", "OpenDocument text (.odt)")) {
            String ext = format.contains("docx") ? "docx" : "odt";
            dialogs.chosen.add(format);
            dialogs.files.add(Optional.of(folder.resolve("water." + ext)));
            fire(robot, "export-versions");
            for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
                Path f = folder.resolve("water-" + l.code() + "." + ext);
                waitUntil(() -> Files.exists(f));
                DocumentVersion back = new DocumentImporter().importFile(f, l).version();
                assertEquals(vm().article().version(l).orElseThrow().paragraphTexts(), back.paragraphTexts(),
                        "the " + l.code() + " ." + ext + " imports back paragraph for paragraph");
            }
        }
        assertTrue(new DocumentImporter().importFile(folder.resolve("water-ar.docx"), Language.ARABIC).version()
                .paragraphTexts().get(2).contains("خلال ١٨ شهرا"), "the version as edited in the window");
    }

    @Test
    void preferencesAreSavedInTheSettingsFolderAndTakeEffectAndTheMtDialogRemembers(FxRobot robot) throws Exception {
        openSample(robot);
        Path mine = dir.resolve("mine-" + System.nanoTime() + ".csv");
        Files.writeString(mine, "en,ar,ru\nHodeidah,الحديدة,Ходейда\n");
        String sampleGlossary = SampleArticle.glossaryFile().toString();
        robot.interact(() -> {
            vm().addGlossary(sampleGlossary);
            vm().addGlossary(mine.toString());
        });
        org.triptych.io.settings.Preferences[] offered = new org.triptych.io.settings.Preferences[1];
        dialogs.preferenceAnswers.add(q -> {
            offered[0] = q.current();
            assertEquals(List.of("en", "ar", "ru"), q.languages());
            assertTrue(q.glossaries().contains(sampleGlossary));
            return Optional.of(new PreferencesDialog.Answer(new org.triptych.io.settings.Preferences("deepl",
                    "https://deepl.example.org/", "", org.triptych.io.settings.Preferences.KEYS_FROM_SYSTEM, sampleGlossary,
                    Map.of("arabic", new org.triptych.io.settings.Preferences.FontChoice("Noto Naskh Arabic", 20)),
                    Map.of("ar", false), "en-GB", 120), null, null));
        });
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.COMMA);
        Path file = settings.resolve("preferences.json");
        waitUntil(() -> Files.exists(file));
        assertEquals(org.triptych.io.settings.Preferences.defaults(), offered[0], "a first start offers the defaults");
        org.triptych.io.settings.Preferences saved = new org.triptych.io.settings.PreferencesFile(settings).read().preferences();
        assertEquals("deepl", saved.mtProvider());
        assertEquals(20, saved.font("arabic").size());
        assertFalse(saved.checks("ar"));
        assertEquals("en-GB", saved.englishVariant());
        assertEquals(120, saved.autosaveSeconds());
        // in force at once: the Arabic column's size, the autosave period, the glossary new concepts go to
        assertEquals(20, ParagraphText.fontFor(Language.ARABIC).getSize());
        waitUntil(() -> robot.lookup("#aligned-list .paragraph-word").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.text.Text) n).getFont().getSize() == 20));
        assertEquals(120, window.preferences().autosaveSeconds());
        List<ScriptedDialogs.ConceptQuestion> concept = new ArrayList<>();
        dialogs.concepts.add(q -> {
            concept.add(q);
            return Optional.empty();
        });
        waitUntil(() -> window.glossaryPanel().files().contains(mine.toString()));
        robot.interact(() -> window.glossaryPanel().addConcept(Map.of(Language.ENGLISH, "Muscat")));
        waitUntil(() -> concept.size() == 1);
        assertEquals(sampleGlossary, concept.get(0).file(), "the preferred glossary, not the one added last");

        // the MT dialog opens with what the preferences hold, and remembers what is used (never the key)
        dialogs.mtAnswers.add(Optional.of(new org.triptych.workbench.DraftCommands.Settings("openai",
                "http://localhost:9/v1", "small-model", "sk-never-saved")));
        robot.clickOn("#aligned-list");
        robot.interact(() -> {
            int row = vm().table().rowOfEnglish(vm().missingParagraphs(Language.ARABIC).get(0));
            vm().selectedRowProperty().set(row);
            vm().selectedColumnProperty().set(Language.ARABIC);
        });
        press(robot, KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> dialogs.mtFilledWith.size() == 1);
        assertEquals("deepl", dialogs.mtFilledWith.get(0).provider());
        assertEquals("https://deepl.example.org/", dialogs.mtFilledWith.get(0).endpoint());
        waitUntil(() -> new org.triptych.io.settings.PreferencesFile(settings).read().preferences().mtProvider().equals("openai"));
        String json = Files.readString(file);
        assertTrue(json.contains("http://localhost:9/v1") && json.contains("small-model"), json);
        assertFalse(json.contains("sk-never-saved"), "the key is never written");
        // put the fonts back for the tests that follow in this JVM
        dialogs.preferenceAnswers.add(q -> Optional.of(new PreferencesDialog.Answer(
                org.triptych.io.settings.Preferences.defaults(), null, null)));
        press(robot, KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil(() -> ParagraphText.fontFor(Language.ARABIC).getSize() == 16);
    }

    @Test
    void theSmallerThingsSeenTheLevelSwitchSaysWhatIsShownAndSaveAsSuggestsAName(FxRobot robot) throws Exception {
        openNews(robot);
        robot.clickOn("#aligned-list");
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> vm().levelProperty().get() == org.triptych.model.AlignmentLevel.SENTENCE && vm().table() != null
                && vm().noticeProperty().get().startsWith("Aligned: "));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> vm().levelProperty().get() == org.triptych.model.AlignmentLevel.PARAGRAPH);
        assertEquals("Paragraphs: " + vm().rows().size() + " rows", vm().noticeProperty().get(),
                "not the sentence level's 'Aligned: N rows'");
        dialogs.files.add(Optional.empty());
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitUntil(() -> dialogs.asked.stream().anyMatch(q -> q.startsWith("save as:")));
        assertTrue(dialogs.asked.contains("save as: Save the project [water-en.triptych]"), dialogs.asked.toString());
    }

    @Test
    void aMixedDirectionMessageReadsInOrderInTheStatusLineAndTheFindingsList(FxRobot robot) throws Exception {
        for (boolean news : List.of(false, true)) {
            extra.clear();
            if (news) {
                openNews(robot);
                extra.add(new Finding("deprecated", Severity.WARNING, Language.ARABIC, 2, 66, 73, "الجبوري", "c-jaburi",
                        "'الجبوري' is a deprecated term for Karim Al-Jaburi; use 'الجبوريّ'", List.of("الجبوريّ"),
                        "terms.deprecated"));
            } else {
                openSample(robot);
                extra.add(new Finding("deprecated", Severity.WARNING, Language.ARABIC, 4, 5, 14, "هالفورسون",
                        "c-erik-halvorsen", "'هالفورسون' is a deprecated term for Erik Halvorsen; use 'هالفورسن'",
                        List.of("هالفورسن"), "terms.deprecated"));
            }
            robot.clickOn("#aligned-list");
            press(robot, KeyCode.F7);
            waitUntil(() -> vm().findings().size() == 1);
            press(robot, KeyCode.F8);
            Finding f = vm().findings().get(0);
            StatusMessage status = robot.lookup("#status").queryAs(StatusMessage.class);
            String term = f.text();
            String preferred = f.suggestions().get(0);
            // the status line shows the message with both Arabic terms isolated inside their quotes
            waitUntil(() -> status.shownText().contains("'\u2068" + term + "\u2069' is a deprecated term"));
            assertTrue(status.shownText().endsWith("use '\u2068" + preferred + "\u2069'"), status.shownText());
            // and the findings line, numbered by the row the window shows, ends with the isolated suggestion
            javafx.scene.text.TextFlow line = robot.lookup("#finding-text").queryAs(javafx.scene.text.TextFlow.class);
            String shown = line.getChildren().stream().map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
            assertTrue(shown.contains("ar ¶" + (vm().rowOf(f) + 1) + " — "), shown);
            assertTrue(shown.endsWith("→  \u2068" + preferred + "\u2069"), shown);
        }
    }
}
