package org.triptych.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triptych.model.Language;

/** A selection in the F2 cell-text dialog opens the concept dialog with that text as its language's first term. */
class ConceptDialogPrefillTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSelectedTextFillsItsLanguageOnlyAndEnglishSuggestsTheId() throws Exception {
        List<String> asked = new ArrayList<>();
        String text = "В переговорах участвовал Стаффан де Мистура и его команда.";
        WaitForAsyncUtils.asyncFx(() -> {
            CellTextDialog cell = new CellTextDialog(Language.RUSSIAN, List.of(text), (sel, owner) -> asked.add(sel));
            Button add = (Button) cell.getDialogPane().lookup("#add-selection-to-glossary");
            assertTrue(add.isDisabled(), "nothing selected yet");
            TextArea area = (TextArea) cell.getDialogPane().lookup(".text-area");
            int from = text.indexOf("Стаффан");
            area.selectRange(from, from + "Стаффан де Мистура ".length()); // a trailing space is trimmed
            assertFalse(add.isDisabled());
            add.fire();
            return null;
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("Стаффан де Мистура"), asked);

        WaitForAsyncUtils.asyncFx(() -> {
            ConceptDialog d = new ConceptDialog(null, Map.of(Language.RUSSIAN, asked.get(0)), List.of("/tmp/g.tbx"), null,
                    java.util.Set.of("c-staffan-de-mistura"));
            assertEquals("Стаффан де Мистура", d.firstTerm(Language.RUSSIAN));
            assertEquals("", d.firstTerm(Language.ENGLISH), "the other languages are left for the person");
            assertEquals("", d.firstTerm(Language.ARABIC));
            VBox en = (VBox) d.getDialogPane().lookup("#terms-en");
            ((TextField) ((HBox) en.getChildren().get(0)).getChildren().get(0)).setText("Staffan de Mistura");
            assertEquals("c-staffan-de-mistura", d.idText(), "the id follows the English term");
            javafx.scene.Node ok = d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
            assertTrue(ok.isDisabled(), "that id is taken by another concept");
            ((TextField) d.getDialogPane().lookup("#concept-id")).setText("c-staffan-de-mistura-2");
            assertFalse(ok.isDisabled());
            return null;
        }).get(30, TimeUnit.SECONDS);
    }
}
