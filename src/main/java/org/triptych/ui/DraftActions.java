package org.triptych.ui;

import org.triptych.model.Language;
import org.triptych.workbench.DraftCommands;

/**
 * The Translate menu's commands: each asks for the provider and key ({@link DialogService#mtSettings}) and hands
 * the work to {@link DraftCommands}, which runs it in the background with progress and Cancel.
 */
final class DraftActions {

    private final AlignedViewModel aligned;
    private final DraftCommands drafts;
    private final DialogService dialogs;
    private final BackTranslations backTranslations;

    DraftActions(AlignedViewModel aligned, DraftCommands drafts, DialogService dialogs, BackTranslations backTranslations) {
        this.aligned = aligned;
        this.drafts = drafts;
        this.dialogs = dialogs;
        this.backTranslations = backTranslations;
    }

    /** The selected row's empty cell: the selected column, or else the first version whose cell is empty. */
    void draftRow() {
        int r = aligned.selectedRowProperty().get();
        Language column = aligned.selectedColumnProperty().get();
        Language target = aligned.targets().contains(column) ? column
                : aligned.targets().stream().filter(t -> !aligned.missingParagraphsOfRow(r, t).isEmpty()).findFirst().orElse(null);
        if (r < 0 || target == null || aligned.missingParagraphsOfRow(r, target).isEmpty()) {
            aligned.noticeProperty().set("Select a row with an empty cell to draft its missing paragraph");
            return;
        }
        dialogs.mtSettings("Machine draft", "Draft row " + (r + 1) + "'s missing " + target.displayName()
                + " paragraph (shown as MT, marked for review)", "Draft")
                .ifPresent(st -> drafts.draftRow(aligned.levelProperty().get(), r, target, st));
    }

    void draftMissing(Language target) {
        dialogs.mtSettings("Machine drafts", "Draft the " + aligned.missingParagraphs(target).size() + " missing paragraphs of "
                + target.displayName() + " (shown as MT, marked for review)", "Draft")
                .ifPresent(st -> drafts.draftMissing(target, st));
    }

    /** Asks before edits made here would be replaced (Undo still restores them). */
    void draftWholeVersion(Language target) {
        boolean edited = aligned.hasPersonEdits(target);
        if (edited && !dialogs.confirm("Replace edited text?", drafts.wholeVersionWarning(target)
                + ". Replace it with machine drafts?", "Replace", "Keep the version")) {
            aligned.noticeProperty().set("The " + target.displayName() + " version was kept");
            return;
        }
        int n = aligned.article().version(target).map(v -> v.paragraphs().size()).orElse(0);
        dialogs.mtSettings("Machine drafts", (n == 0 ? "Fill the empty " + target.displayName() + " version"
                : "Replace the " + n + " paragraphs of " + target.displayName()) + " with drafts of every English paragraph"
                + " (linked 1-1, shown as MT, marked for review; one Undo brings the old text back)", "Draft")
                .ifPresent(st -> drafts.draftWholeVersion(target, st, edited));
    }

    void backTranslate(Language target) {
        dialogs.mtSettings("Back-translation", "Translate " + target.displayName()
                + " back into English, shown beside it for this session (not saved)", "Translate")
                .ifPresent(st -> drafts.backTranslate(target, st, backTranslations::put));
    }
}
