package org.triptych.ui;

import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.workbench.FlaggedNames;

/**
 * Settles a finding once, from the findings list: ignore every finding like it (same rule and text, in every row,
 * kept in the project), add its word to the person's dictionary, or add a flagged name to the glossary with the
 * concept dialog filled from the row's aligned cells. Each is one step of the Edit ▸ Undo history.
 */
final class FindingSettlement {

    private final WorkbenchViewModel model;
    private final GlossaryPanel glossaryPanel;
    private final Supplier<Window> window;

    FindingSettlement(WorkbenchViewModel model, GlossaryPanel glossaryPanel, Supplier<Window> window) {
        this.model = model;
        this.glossaryPanel = glossaryPanel;
        this.window = window;
    }

    /** Whether a finding flags one word a dictionary can accept (a spelling finding on a word). */
    static boolean isWord(Finding f) {
        String w = f.text().strip();
        return f.kind().equals("spelling") && !w.isEmpty() && w.codePoints().noneMatch(Character::isWhitespace);
    }

    void ignoreAllLike(Finding f) {
        model.aligned().session().ignoreAllLike(f);
    }

    void addToDictionary(Finding f) {
        if (!isWord(f)) {
            model.aligned().noticeProperty().set("Only a spelling finding on one word can go into the dictionary");
            return;
        }
        model.personalWords().add(model.aligned().session(), model.workbench().tasks(), f);
    }

    /** Opens the concept dialog with the flagged text and its counterparts in the other cells of its row. */
    void addToGlossary(Finding f) {
        AlignedViewModel aligned = model.aligned();
        Map<Language, String> prefill = FlaggedNames.counterparts(aligned.session().state(), aligned.levelProperty().get(),
                aligned.rowOf(f), f.language(), f.text().strip());
        glossaryPanel.addConcept(prefill, window.get());
    }
}
