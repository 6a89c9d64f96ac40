package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.triptych.langcheck.PersonalDictionary;
import org.triptych.model.Finding;

/**
 * The person's own dictionary of accepted words (one word a line, {@code dictionary.txt} in the settings folder),
 * shared by the spelling checks and the findings list's "Add to dictionary". The file is read on first use and every
 * addition is saved at once (atomically), always on the task runner's thread, never the window's. An addition is a
 * step of the one Edit ▸ Undo history: undo takes the word out of the file again.
 */
public final class PersonalWords {

    private final Path file;
    private PersonalDictionary dictionary;

    public PersonalWords(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The dictionary, read from its file the first time; call it off the window's thread. */
    public synchronized PersonalDictionary dictionary() throws IOException {
        if (dictionary == null) {
            dictionary = PersonalDictionary.open(file);
        }
        return dictionary;
    }

    /**
     * Adds the word a spelling finding flags to the dictionary, in the background; then the findings that flag it in
     * that language leave the list and the addition goes into the history.
     */
    public void add(Session session, TaskRunner tasks, Finding f) {
        String word = f.text().strip();
        if (word.isEmpty() || word.contains("\n")) {
            session.notice("This finding flags no single word to add to the dictionary");
            return;
        }
        long gen = session.generation();
        tasks.run("Adding to the dictionary", () -> dictionary().add(word), (Boolean added) -> {
            int gone = gen == session.generation() ? session.acceptWord(f.language(), word) : 0;
            if (added) {
                session.record(new Addition(word, tasks, session));
            }
            session.notice((added ? "Added " : "Already in the dictionary: ") + Session.quoted(word)
                    + (added ? " to your dictionary (" + file.getFileName() + ")" : "")
                    + (gone > 0 ? "; " + gone + (gone == 1 ? " finding" : " findings") + " gone" : ""));
        }, e -> session.notice("The word was not added to the dictionary: " + Session.describe(e)));
    }

    /** A word added, as a step of the history: undo removes it from the file, redo adds it again. */
    private final class Addition implements UndoableEdit {
        private final String word;
        private final TaskRunner tasks;
        private final Session session;

        Addition(String word, TaskRunner tasks, Session session) {
            this.word = word;
            this.tasks = tasks;
            this.session = session;
        }

        @Override
        public String name() {
            return "Add " + Session.quoted(word) + " to the dictionary";
        }

        @Override
        public void undo(Consumer<String> refused) {
            tasks.run("Removing from the dictionary", () -> dictionary().remove(word),
                    removed -> session.notice("Removed " + Session.quoted(word) + " from your dictionary: run the checks (F7) to see it flagged"),
                    e -> refused.accept(Session.describe(e)));
        }

        @Override
        public void redo(Consumer<String> refused) {
            tasks.run("Adding to the dictionary", () -> dictionary().add(word), added -> { },
                    e -> refused.accept(Session.describe(e)));
        }
    }
}
