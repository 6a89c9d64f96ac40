package org.triptych.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.stage.Window;
import org.triptych.model.Concept;
import org.triptych.model.Language;
import org.triptych.workbench.DraftCommands;

/**
 * A person answering the window's questions from a script: each question takes the next answer queued for its kind
 * and is written down, so a test can say what was asked. A question with no answer queued fails the test at once
 * (the window asked something the test did not expect).
 */
final class ScriptedDialogs implements DialogService {

    /** The questions asked, in order: "confirm: header", "save? project", "open: title"... */
    final List<String> asked = new ArrayList<>();
    final Deque<Boolean> confirms = new ArrayDeque<>();
    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final Deque<Optional<Path>> files = new ArrayDeque<>();
    final Deque<Optional<NewProjectRequest>> newProjects = new ArrayDeque<>();
    final Deque<Function<ConceptQuestion, Optional<ConceptDialog.Result>>> concepts = new ArrayDeque<>();
    final Deque<Optional<String>> texts = new ArrayDeque<>();
    final Deque<Optional<WebAddressRequest>> webAddresses = new ArrayDeque<>();
    final Deque<Function<WebVersionsQuestion, Optional<Map<Language, String>>>> webVersions = new ArrayDeque<>();

    /** What the other-versions question was asked with. */
    record WebVersionsQuestion(Language opened, Map<Language, String> found, List<Language> wanted) {
    }

    /** What the concept dialog was opened with. */
    record ConceptQuestion(Concept existing, Map<Language, String> prefill, List<String> files, String file) {
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("Unexpected question: " + question);
        }
        return answers.poll();
    }

    @Override
    public void inform(String header, String text) {
        asked.add("inform: " + header + ": " + text);
    }

    @Override
    public boolean confirm(String header, String text, String yes, String no) {
        asked.add("confirm: " + header);
        return next(confirms, header);
    }

    @Override
    public SaveChoice askToSave(String projectName) {
        asked.add("save? " + projectName);
        return next(saveChoices, "save " + projectName + "?");
    }

    @Override
    public Optional<Path> openFile(String title, String kind, List<String> extensions, Path initialDir) {
        asked.add("open: " + title);
        return next(files, title);
    }

    @Override
    public Optional<Path> saveFile(String title, String kind, String extension, String initialName, Path initialDir) {
        asked.add("save as: " + title + " [" + initialName + "]");
        return next(files, title);
    }

    /** Answers to choose(): the first whose text is among the choices is picked; none queued: the initial choice. */
    final Deque<String> chosen = new ArrayDeque<>();

    @Override
    public <T> Optional<T> choose(String header, T initial, List<T> choices) {
        asked.add("choose: " + header);
        if (!chosen.isEmpty()) {
            String want = chosen.poll();
            return choices.stream().filter(c -> String.valueOf(c).equals(want)).findFirst();
        }
        return Optional.of(initial);
    }

    @Override
    public Optional<NewProjectRequest> newProject(List<String> glossaries) {
        asked.add("new project");
        return next(newProjects, "new project");
    }

    @Override
    public Optional<ConceptDialog.Result> concept(Concept existing, Map<Language, String> prefill, List<String> files,
                                                  String file, Set<String> takenIds, Window owner) {
        asked.add("concept: " + file);
        return next(concepts, "concept").apply(new ConceptQuestion(existing, prefill, files, file));
    }

    @Override
    public Optional<WebAddressRequest> webAddress(List<Language> languages, boolean projectOpen) {
        asked.add("web address" + (projectOpen ? "" : " (no project open)"));
        return next(webAddresses, "web address");
    }

    @Override
    public Optional<Map<Language, String>> webVersions(Language opened, Map<Language, String> found, List<Language> wanted) {
        asked.add("web versions: " + opened.code() + " found " + found.keySet());
        return next(webVersions, "web versions").apply(new WebVersionsQuestion(opened, found, wanted));
    }

    @Override
    public Optional<DraftCommands.Settings> mtSettings(String title, String header, String button) {
        asked.add("mt: " + title);
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String header, String label, String initial) {
        asked.add("text: " + header);
        return next(texts, header);
    }

    /** What the preferences dialog was opened with. */
    record PreferencesQuestion(org.triptych.io.settings.Preferences current, List<String> providers,
                               List<String> glossaries, List<String> languages) {
    }

    final Deque<Function<PreferencesQuestion, Optional<PreferencesDialog.Answer>>> preferenceAnswers = new ArrayDeque<>();
    /** Answers to the MT dialog, and what it was filled with each time. */
    final Deque<Optional<DraftCommands.Settings>> mtAnswers = new ArrayDeque<>();
    final List<DraftCommands.Settings> mtFilledWith = new ArrayList<>();

    @Override
    public Optional<PreferencesDialog.Answer> preferences(org.triptych.io.settings.Preferences current,
                                                          List<String> providers, List<String> glossaries,
                                                          List<String> languages, boolean keyStore) {
        asked.add("preferences");
        return next(preferenceAnswers, "preferences").apply(new PreferencesQuestion(current, providers, glossaries, languages));
    }

    @Override
    public Optional<DraftCommands.Settings> mtSettings(String title, String header, String button,
                                                      DraftCommands.Settings last, boolean typedKey) {
        asked.add("mt: " + title);
        mtFilledWith.add(last);
        return mtAnswers.isEmpty() ? Optional.empty() : mtAnswers.poll();
    }
}
