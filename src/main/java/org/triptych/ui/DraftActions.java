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

    private java.util.function.Supplier<DraftCommands.Settings> lastUsed = () -> null;
    private java.util.function.Consumer<DraftCommands.Settings> remember = s -> { };
    private java.util.function.BooleanSupplier typedKeys = () -> false;

    /**
     * The MT dialog opens with what was used last ({@code last}, never a key) and hands what is used now to
     * {@code used}; {@code typed}: the preferences say keys are typed for each run.
     */
    void rememberWith(java.util.function.Supplier<DraftCommands.Settings> last,
                      java.util.function.Consumer<DraftCommands.Settings> used, java.util.function.BooleanSupplier typed) {
        lastUsed = last;
        remember = used;
        typedKeys = typed;
    }

    /** The MT question, filled with what was used last; the answer (without its key) is remembered. */
    private java.util.Optional<DraftCommands.Settings> ask(String title, String header, String button) {
        java.util.Optional<DraftCommands.Settings> answer = dialogs.mtSettings(title, header, button, lastUsed.get(),
                typedKeys.getAsBoolean());
        answer.ifPresent(s -> remember.accept(new DraftCommands.Settings(s.provider(), s.endpoint(), s.model(), null)));
        return answer;
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
        ask("Machine draft", "Draft row " + (r + 1) + "'s missing " + target.displayName()
                + " paragraph (shown as MT, marked for review)", "Draft")
                .ifPresent(st -> drafts.draftRow(aligned.levelProperty().get(), r, target, st));
    }

    void draftMissing(Language target) {
        ask("Machine drafts", "Draft the " + aligned.missingParagraphs(target).size() + " missing paragraphs of "
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
        ask("Machine drafts", (n == 0 ? "Fill the empty " + target.displayName() + " version"
                : "Replace the " + n + " paragraphs of " + target.displayName()) + " with drafts of every English paragraph"
                + " (linked 1-1, shown as MT, marked for review; one Undo brings the old text back)", "Draft")
                .ifPresent(st -> drafts.draftWholeVersion(target, st, edited));
    }

    void backTranslate(Language target) {
        ask("Back-translation", "Translate " + target.displayName()
                + " back into English, shown beside it for this session (not saved)", "Translate")
                .ifPresent(st -> drafts.backTranslate(target, st, backTranslations::put));
    }
}
