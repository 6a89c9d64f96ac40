package org.triptych.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * A menu command of the aligned view. An open cell editor keeps its text before any command acts (a save, a merge, a
 * confirm, a find): otherwise the command would work on the text as it was before the person's last keystrokes.
 */
final class CommandItem {

    private CommandItem() {
    }

    /** @param id the node id tests find it by, or null; @param accelerator a key combination, or null */
    static MenuItem of(AlignedView view, String id, String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (id != null) {
            i.setId(id);
        }
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> {
            view.commitEditing();
            action.run();
        });
        return i;
    }
}
