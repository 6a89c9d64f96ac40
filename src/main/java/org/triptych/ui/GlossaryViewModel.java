package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.workbench.GlossaryEdits;
import org.triptych.workbench.ProjectGlossaries;

/**
 * The glossary panel's state: the project's glossary files as read, their merged concepts filtered by a search; adding,
 * editing or deleting a concept goes to {@link GlossaryEdits}, which writes the file and puts the save into the
 * project's undo history. Uses only JavaFX collections, so tests run it without the FX thread.
 */
public final class GlossaryViewModel {

    private final TaskRunner tasks;
    private final GlossaryEdits edits;
    private java.util.function.BiConsumer<String, Boolean> onSaved = (file, joined) -> { };
    private Consumer<String> onRestored = file -> { };
    private final Map<String, Glossary> files = new LinkedHashMap<>();
    private final ObservableList<Concept> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private List<Concept> merged = List.of();
    private int loads; // only the newest load's result is shown

    public GlossaryViewModel(TaskRunner tasks, GlossaryEdits edits) {
        this.tasks = tasks;
        this.edits = edits;
        query.addListener((o, a, b) -> filter());
    }

    /**
     * {@code saved} gets each file a save wrote, and whether the save made the project use it (a file new to the
     * project reloads everything through the project's glossary list; one it used must be read again), {@code restored}
     * a file an undo or redo wrote back.
     */
    public void onFileWritten(java.util.function.BiConsumer<String, Boolean> saved, Consumer<String> restored) {
        this.onSaved = saved;
        this.onRestored = restored;
    }

    /** Reads the given glossary files in the background; the list shows their merged concepts when done. */
    public void load(List<String> paths) {
        List<String> wanted = List.copyOf(paths);
        int generation = ++loads;
        tasks.run("Reading glossaries", progress -> ProjectGlossaries.readEach(wanted), (Map<String, GlossaryLoad> read) -> {
            if (generation != loads) {
                return;
            }
            files.clear();
            read.forEach((p, l) -> files.put(p, l.glossary()));
            merged = ProjectGlossaries.merge(new ArrayList<>(read.values())).glossary().concepts();
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

    private String preferredTarget = "";

    /** The glossary the person's preferences send new concepts to (used while the project refers to it). */
    public void preferTarget(String file) {
        preferredTarget = file == null ? "" : file;
    }

    /**
     * The file new concepts go to unless the person picks another: the one the preferences name when the project
     * uses it, else {@link GlossaryEdits#defaultTarget}.
     */
    public String defaultTarget() {
        if (!preferredTarget.isEmpty() && files().contains(preferredTarget)) {
            return preferredTarget;
        }
        return GlossaryEdits.defaultTarget(files());
    }

    /**
     * Puts a concept into {@code file} (replacing the one with id {@code replacedId}, or adding it), written in the
     * background; then the glossaries are read again. A file that does not exist yet starts empty.
     */
    public void put(Concept concept, String replacedId, String file, Consumer<String> onFailure) {
        edits.put(concept, replacedId, file, listener(file, onFailure));
    }

    /** Takes the concept out of {@code file} (the file it was read from) in the background, like {@link #put}. */
    public void delete(Concept concept, String file, Consumer<String> onFailure) {
        edits.delete(concept, file, listener(file, onFailure));
    }

    private GlossaryEdits.Listener listener(String file, Consumer<String> onFailure) {
        List<String> before = files();
        return new GlossaryEdits.Listener() {
            @Override
            public void saved(String written, boolean joinedProject, String said) {
                status.set(said);
                List<String> paths = new ArrayList<>(before);
                paths.remove(file);
                if (!paths.contains(written)) {
                    paths.add(before.contains(file) ? before.indexOf(file) : paths.size(), written);
                }
                load(paths);
                onSaved.accept(written, joinedProject);
            }

            @Override
            public void restored(String written, String said) {
                status.set(said);
                load(files());
                onRestored.accept(written);
            }

            @Override
            public void failed(String said, String problem) {
                status.set(said);
                onFailure.accept(problem);
            }
        };
    }
}
