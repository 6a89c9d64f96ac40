package org.triptych.ui;

import org.triptych.workbench.LanguageToolChecks;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.io.document.DocumentImporter;
import org.triptych.langcheck.LanguageCheckService;

/**
 * The menus added in ui2, on a real {@link MainWindow}: the LanguageTool toggle drives the checks (LanguageTool is
 * never loaded here: no check runs), the export items are live, the Translate menu exists.
 */
class MainWindowMenusTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<MenuItem> all(Menu m) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : m.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                out.addAll(all(sub));
            }
        }
        return out;
    }

    @Test
    void spellingToggleSwitchesLanguageToolAndExportsAreEnabled() throws Exception {
        LanguageToolChecks checks = new LanguageToolChecks(FindingsSource.none(), new LanguageCheckService());
        WorkbenchViewModel[] made = new WorkbenchViewModel[1];
        MenuBar bar = WaitForAsyncUtils.asyncFx(() -> {
            WorkbenchViewModel model = new WorkbenchViewModel(new FxTaskRunner(), new DocumentImporter(),
                    new GoldUnitAligner(), checks, Files.createDirectories(dir.resolve("settings")));
            made[0] = model;
            return (MenuBar) ((BorderPane) new MainWindow(model, new FxTaskRunner()).root()).getTop();
        }).get(30, TimeUnit.SECONDS);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(m -> items.addAll(all(m)));
        CheckMenuItem spelling = (CheckMenuItem) items.stream().filter(i -> "toggle-languagetool".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals("Spelling and grammar (LanguageTool)", spelling.getText());
        assertTrue(spelling.isSelected() && checks.isEnabled(), "on by default");
        WaitForAsyncUtils.asyncFx(() -> spelling.setSelected(false)).get(10, TimeUnit.SECONDS);
        assertFalse(checks.isEnabled(), "off: terminology checks alone");
        for (String export : List.of("TMX…", "CSV…", "QA report (HTML)…")) {
            MenuItem x = items.stream().filter(i -> export.equals(i.getText())).findFirst().orElseThrow();
            assertFalse(x.isDisable(), export + " is enabled");
            assertNotNull(x.getOnAction());
        }
        assertTrue(bar.getMenus().stream().anyMatch(m -> m.getText().equals("_Translate")));
        // (a) has a shortcut that works without opening the menu; with no row selected it says what to do
        MenuItem rowDraft = items.stream().filter(i -> "draft-row".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+D"), rowDraft.getAccelerator());
        WaitForAsyncUtils.asyncFx(() -> rowDraft.fire()).get(10, TimeUnit.SECONDS);
        assertEquals("Select a row with an empty cell to draft its missing paragraph",
                made[0].aligned().noticeProperty().get());
    }
}
