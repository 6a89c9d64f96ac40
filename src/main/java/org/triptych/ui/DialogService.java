package org.triptych.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.stage.Window;
import org.triptych.model.Concept;
import org.triptych.model.Language;
import org.triptych.workbench.DraftCommands;

/**
 * Every question the window asks a person, behind one seam: the window answers with real dialogs
 * ({@link FxDialogService}), tests with scripted answers, so the actions are tested without a person at the screen.
 * Answers come back when the person has answered (the dialogs are modal).
 */
public interface DialogService {

    /** What to do with unsaved work before it would be lost. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Something to read, with an OK button (Help ▸ About). */
    void inform(String header, String text);

    /** A yes/no question; true for {@code yes}. Closing the dialog answers {@code no}. */
    boolean confirm(String header, String text, String yes, String no);

    /** "The project X has unsaved work: save it first?" */
    SaveChoice askToSave(String projectName);

    /** A file to open, of {@code kind} ("Triptych projects") with one of {@code extensions} (without dots). */
    Optional<Path> openFile(String title, String kind, List<String> extensions, Path initialDir);

    /** A file to write, suggested as {@code initialName} in {@code initialDir}. */
    Optional<Path> saveFile(String title, String kind, String extension, String initialName, Path initialDir);

    /** One of {@code choices}, {@code initial} chosen at first. */
    <T> Optional<T> choose(String header, T initial, List<T> choices);

    /** The files and glossaries of a new project; {@code glossaries} are those the person may pick from. */
    Optional<NewProjectRequest> newProject(List<String> glossaries);

    /**
     * A concept to add or edit, and the glossary file to save it to.
     *
     * @param existing the concept edited, or null for a new one
     * @param prefill  a new concept's first term per language (a selection in the text)
     * @param files    the glossary files to choose from; {@code file} is chosen at first
     * @param owner    the window the dialog stays over (the main window when null)
     */
    Optional<ConceptDialog.Result> concept(Concept existing, Map<Language, String> prefill, List<String> files, String file,
                                           Set<String> takenIds, Window owner);

    /**
     * A web page to open (File ▸ Open URL): its address, which version it is ({@code languages}, the first chosen at
     * first), and whether it starts a new project or replaces that version of the open one ({@code projectOpen} says
     * whether there is one).
     */
    Optional<WebAddressRequest> webAddress(List<Language> languages, boolean projectOpen);

    /**
     * The other versions to open with a page: {@code found} are the addresses the {@code opened} page links to, by
     * language; {@code wanted} the versions a project has. The answer is the addresses to fetch (possibly changed).
     */
    Optional<Map<Language, String>> webVersions(Language opened, Map<Language, String> found, List<Language> wanted);

    /** Provider, endpoint, model and a typed key (kept in memory only) for machine translation. */
    Optional<DraftCommands.Settings> mtSettings(String title, String header, String button);

    /** A line of text (a row number...), {@code initial} filled in; empty when the person cancels. */
    Optional<String> askText(String header, String label, String initial);

    /**
     * As {@link #mtSettings(String, String, String)}, with what was used last filled in ({@code last} never holds a
     * key); {@code typedKey}: the person's preferences say keys are typed for each run, so the key field is asked.
     */
    default Optional<DraftCommands.Settings> mtSettings(String title, String header, String button,
                                                        DraftCommands.Settings last, boolean typedKey) {
        return mtSettings(title, header, button);
    }

    /** Edit ▸ Preferences: the preferences as the person leaves them, and a key to put into the OS key store. */
    Optional<PreferencesDialog.Answer> preferences(org.triptych.io.settings.Preferences current, List<String> providers,
                                                   List<String> glossaries, List<String> languages, boolean keyStore);
}
