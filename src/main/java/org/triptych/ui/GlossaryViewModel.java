package org.triptych.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.io.glossary.CsvGlossaryWriter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.glossary.TbxWriter;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.terms.GlossaryMerger;

/**
 * The glossary panel's state: the project's glossary files as read, their merged concepts filtered by a search, and
 * adding, editing or deleting a concept, which is written back to its file at once (TBX v3 or CSV by extension,
 * atomically, through the {@link TaskRunner}) and handed to the workbench's history as an {@link UndoableEdit}.
 * Uses only JavaFX collections, so tests run it without the FX thread.
 */
public final class GlossaryViewModel {

    private final TaskRunner tasks;
    private final Consumer<String> onSaved;
    private final Consumer<UndoableEdit> history;
    private final Consumer<String> onRestored;
    /** Glossary file reads and writes, one at a time in the order asked (shared: two panels may write one file). */
    private static final ExecutorService FILE_WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-glossary-files");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Glossary> files = new LinkedHashMap<>();
    private final ObservableList<Concept> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private List<Concept> merged = List.of();
    private int loads; // only the newest load's result is shown

    /** {@code onSaved} gets the file on the FX thread after it was written: the workbench re-reads its glossaries. */
    public GlossaryViewModel(TaskRunner tasks, Consumer<String> onSaved) {
        this(tasks, onSaved, edit -> { }, file -> { });
    }

    /**
     * As {@link #GlossaryViewModel(TaskRunner, Consumer)}; every save also goes to {@code history} as an undoable edit
     * (the workbench's Edit ▸ Undo), and {@code onRestored} gets the file after an undo or redo wrote it back (the
     * highlights re-read it; unlike a save, that never adds the file to the project).
     */
    public GlossaryViewModel(TaskRunner tasks, Consumer<String> onSaved, Consumer<UndoableEdit> history,
                             Consumer<String> onRestored) {
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.history = history;
        this.onRestored = onRestored;
        query.addListener((o, a, b) -> filter());
    }

    /** Reads the given glossary files in the background; the list shows their merged concepts when done. */
    public void load(List<String> paths) {
        List<String> wanted = List.copyOf(paths);
        int generation = ++loads;
        tasks.run("Reading glossaries", progress -> {
            Map<String, GlossaryLoad> read = new LinkedHashMap<>();
            for (String p : wanted) {
                read.put(p, GlossaryFiles.read(Path.of(p)));
            }
            return read;
        }, (Map<String, GlossaryLoad> read) -> {
            if (generation != loads) {
                return;
            }
            files.clear();
            read.forEach((p, l) -> files.put(p, l.glossary()));
            merged = new GlossaryMerger().merge(new ArrayList<>(read.values())).glossary().concepts();
            long problems = read.values().stream().filter(GlossaryLoad::hasErrors).count();
            status.set(merged.size() + " concepts" + (problems > 0 ? "; " + problems + " file(s) could not be read fully" : ""));
            filter();
        }, e -> status.set("Glossaries not read: " + e.getMessage()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** What the panel says under the list: counts, save results, problems. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The merged concepts matching the search. */
    public ObservableList<Concept> shown() {
        return shown;
    }

    /** The ids of all concepts read. */
    public java.util.Set<String> ids() {
        java.util.Set<String> out = new java.util.HashSet<>();
        merged.forEach(c -> out.add(c.id()));
        return out;
    }

    /** The glossary files read, in project order. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    private void filter() {
        String q = fold(query.get() == null ? "" : query.get().strip());
        List<Concept> out = new ArrayList<>();
        for (Concept c : merged) {
            if (q.isEmpty() || matches(c, q)) {
                out.add(c);
            }
        }
        shown.setAll(out);
    }

    private static boolean matches(Concept c, String folded) {
        if (fold(c.id()).contains(folded)) {
            return true;
        }
        return c.terms().values().stream().flatMap(List::stream).anyMatch(t -> fold(t.text()).contains(folded));
    }

    /** Lower case without combining marks: "Mistura" finds "Mistúra", "ооН" finds "ООН", vowelled Arabic its plain form. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
    }

    /** One line of the list: "id · type · en term | ar term | ru term" (preferred terms). */
    public static String line(Concept c) {
        List<String> terms = new ArrayList<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            terms.add(c.preferred(l).map(Term::text).orElse("—"));
        }
        return c.id() + " · " + c.type().code() + " · " + String.join(" | ", terms);
    }

    /** An id for a new concept from its English term: "Staffan de Mistura" gives "c-staffan-de-mistura". */
    public static String suggestId(String english) {
        String s = fold(english == null ? "" : english).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "" : "c-" + s;
    }

    /** The file a concept was read from (the first one holding its id). */
    public Optional<String> fileOf(String conceptId) {
        return files.entrySet().stream()
                .filter(e -> e.getValue().concepts().stream().anyMatch(c -> c.id().equals(conceptId)))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * Puts a concept into {@code file} (replacing the one with id {@code replacedId}, or with the same id, or adding it)
     * and writes the file in the background; then re-reads the glossaries, records the save in the history and calls
     * the saved hook. A file that does not exist yet starts empty.
     */
    public void put(Concept concept, String replacedId, String file, Consumer<String> onFailure) {
        String name = (replacedId == null ? "Add" : "Edit") + " concept '" + concept.label() + "'";
        save(name, file, g -> replace(g, concept, replacedId), onFailure);
    }

    /** Takes the concept out of {@code file} (the file it was read from) in the background, like {@link #put}. */
    public void delete(Concept concept, String file, Consumer<String> onFailure) {
        save("Delete concept '" + concept.label() + "'", file, g -> without(g, concept.id()), onFailure);
    }

    /** A change to one glossary's concepts; throws to refuse it (the file is then left alone). */
    private interface Change {
        Glossary apply(Glossary g) throws IOException;
    }

    private void save(String name, String file, Change change, Consumer<String> onFailure) {
        List<String> paths = new ArrayList<>(files.keySet());
        if (!paths.contains(file)) {
            paths.add(file);
        }
        inTurn("Saving glossary", () -> {
            Path path = Path.of(file);
            byte[] before = GlossaryFileWrite.read(path);
            // The file is read again here, not taken from the list: what another program or an unfinished load left
            // there is kept, and a file that cannot be read whole is never overwritten with the part that could.
            Glossary g = Glossary.empty(file);
            if (before != null) {
                GlossaryLoad load = GlossaryFiles.read(path);
                if (load.hasErrors()) {
                    throw new IOException("the file could not be read fully, so it was not overwritten ("
                            + load.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                                    .map(GlossaryProblem::message).orElse("") + ")");
                }
                g = load.glossary();
            }
            write(change.apply(g), path);
            return new GlossaryFileWrite(name, path, before, GlossaryFileWrite.read(path));
        }, (GlossaryFileWrite saved) -> {
            status.set("Saved " + saved.file().getFileName());
            load(paths);
            // recorded before the saved hook: a new file's "Add glossary" step comes after the save that made it
            history.accept(undoable(saved));
            onSaved.accept(file);
        }, e -> {
            status.set("Not saved: " + e.getMessage());
            onFailure.accept(file + ": " + e.getMessage());
        });
    }

    /** The save as a step of the workbench's Edit ▸ Undo / Redo history. */
    private UndoableEdit undoable(GlossaryFileWrite w) {
        return new UndoableEdit() {
            @Override
            public String name() {
                return w.name();
            }

            @Override
            public void undo(Consumer<String> refused) {
                restore(w, "Undone", () -> w.undo(), refused);
            }

            @Override
            public void redo(Consumer<String> refused) {
                restore(w, "Redone", () -> w.redo(), refused);
            }
        };
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void restore(GlossaryFileWrite w, String done, FileWork work, Consumer<String> refused) {
        inTurn(done.equals("Undone") ? "Undoing a glossary edit" : "Redoing a glossary edit", () -> {
            work.run();
            return w.file();
        }, f -> {
            status.set(done + ": " + w.name() + " in " + f.getFileName());
            load(files());
            onRestored.accept(f.toString());
        }, e -> {
            status.set("Not " + done.toLowerCase(Locale.ROOT) + ": " + e.getMessage());
            refused.accept(e.getMessage());
        });
    }

    /**
     * Runs glossary file work one piece after another, in the order asked (on the FX thread): two quick undos of the
     * same file must not race on the task runner's two workers (the second would find the file not yet as it expects
     * and refuse). The work itself runs on one thread of its own; the task only waits for it, so cancelling the task
     * (which then reports nothing) can never leave the queue stuck.
     */
    private <T> void inTurn(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Future<T> queued = FILE_WORK.submit(work);
        tasks.run(title, () -> {
            try {
                return queued.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }, onSuccess, onFailure);
    }

    /** The glossary without the concept {@code id}; refused when the file no longer holds it. */
    static Glossary without(Glossary g, String id) throws IOException {
        List<Concept> kept = g.concepts().stream().filter(c -> !c.id().equals(id)).toList();
        if (kept.size() == g.concepts().size()) {
            throw new IOException("the concept '" + id + "' is no longer in the file");
        }
        return new Glossary(g.source(), kept);
    }

    /** The glossary with {@code concept} in place of the one with id {@code replacedId} (or its own id), else added. */
    static Glossary replace(Glossary g, Concept concept, String replacedId) throws IOException {
        List<Concept> concepts = new ArrayList<>(g.concepts());
        String target = replacedId == null ? concept.id() : replacedId;
        boolean taken = concepts.stream().anyMatch(c -> c.id().equals(concept.id()));
        if (taken && !concept.id().equals(replacedId)) {
            // a new concept, or one renamed, must not silently replace another concept with that id
            throw new IOException("the id '" + concept.id() + "' is already used by another concept in the file");
        }
        int at = -1;
        for (int i = 0; i < concepts.size(); i++) {
            if (concepts.get(i).id().equals(target) || concepts.get(i).id().equals(concept.id())) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            concepts.set(at, concept);
            for (int i = concepts.size() - 1; i > at; i--) {
                if (concepts.get(i).id().equals(concept.id()) || concepts.get(i).id().equals(target)) {
                    concepts.remove(i);
                }
            }
        } else {
            concepts.add(concept);
        }
        return new Glossary(g.source(), concepts);
    }

    /** Writes a glossary as CSV when the name ends in .csv, else as TBX v3; atomically either way. */
    static void write(Glossary g, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            new CsvGlossaryWriter().write(g, file);
        } else {
            new TbxWriter().write(g, TbxWriter.Version.V3, file);
        }
    }
}
