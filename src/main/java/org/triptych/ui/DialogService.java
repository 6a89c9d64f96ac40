package org.triptych.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.triptych.workbench.DraftCommands;

/**
 * Every question the window asks a person, behind one seam: the window answers with real dialogs
 * ({@link FxDialogService}), tests with scripted answers, so the actions are tested without a person at the screen.
 * Answers come back when the person has answered (the dialogs are modal).
 */
public interface DialogService {

    /** What to do with unsaved work before it would be lost. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

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

    /** Provider, endpoint, model and a typed key (kept in memory only) for machine translation. */
    Optional<DraftCommands.Settings> mtSettings(String title, String header, String button);
}
