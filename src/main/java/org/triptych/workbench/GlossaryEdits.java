package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.triptych.io.document.SampleArticle;
import org.triptych.io.glossary.CsvGlossaryWriter;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.io.glossary.TbxWriter;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Severity;

/**
 * Adding, editing and deleting a concept: written back to its glossary file at once (TBX v3 or CSV by extension,
 * atomically), and put into the session's undo history, where undo writes the file's previous bytes back. A concept
 * never goes into the bundled sample glossary's cache copy, which Triptych rewrites at every start: at the first edit
 * that copy is copied to the person's own glossaries folder, the project refers to the copy from then on (one more
 * undoable step), and the status says where it is.
 */
public final class GlossaryEdits {

    /** What a save says back to the glossary panel, on the owner thread. */
    public interface Listener {
        /**
         * {@code file} was written; {@code joinedProject} when the save made the project use it (a new file, or the
         * copy of the sample glossary); {@code status} says so in words.
         */
        void saved(String file, boolean joinedProject, String status);

        /** An undo or redo wrote {@code file} back. */
        void restored(String file, String status);

        /** Nothing was written: {@code status} says so in words, {@code problem} names the file and why. */
        void failed(String status, String problem);
    }

    /** Glossary file reads and writes, one at a time in the order asked (two panels may write one file). */
    private static final ExecutorService FILE_WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-glossary-files");
        t.setDaemon(true);
        return t;
    });

    private final Session session;
    private final TaskRunner tasks;
    private final Path ownGlossaries;

    /** @param ownGlossaries the person's glossaries folder, where the sample glossary is copied to at the first edit */
    public GlossaryEdits(Session session, TaskRunner tasks, Path ownGlossaries) {
        this.session = session;
        this.tasks = tasks;
        this.ownGlossaries = ownGlossaries;
    }

    /** Whether {@code file} is Triptych's own copy of the sample glossary (rewritten at start: not to be edited). */
    public static boolean isBundledCopy(String file) {
        return SampleArticle.isGlossaryCacheCopy(Path.of(file));
    }

    /**
     * The file new concepts go to unless the person picks another: the glossary the person added last that is theirs
     * to edit, else the first one (the bundled copy is then copied at the first edit).
     */
    public static String defaultTarget(List<String> files) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (!isBundledCopy(files.get(i))) {
                return files.get(i);
            }
        }
        return files.isEmpty() ? null : files.get(0);
    }

    /** Puts {@code concept} into {@code file} (replacing the one with id {@code replacedId}, or adding it). */
    public void put(Concept concept, String replacedId, String file, Listener listener) {
        String name = (replacedId == null ? "Add" : "Edit") + " concept '" + concept.label() + "'";
        save(name, file, g -> replace(g, concept, replacedId), listener);
    }

    /** Takes the concept out of {@code file} (the file it was read from). */
    public void delete(Concept concept, String file, Listener listener) {
        save("Delete concept '" + concept.label() + "'", file, g -> without(g, concept.id()), listener);
    }

    /** A change to one glossary's concepts; throws to refuse it (the file is then left alone). */
    private interface Change {
        Glossary apply(Glossary g) throws IOException;
    }

    private record Saved(GlossaryFileWrite write, String copiedFrom) {
    }

    private void save(String name, String file, Change change, Listener listener) {
        boolean copyFirst = isBundledCopy(file);
        inTurn("Saving glossary", () -> {
            Path path = Path.of(file);
            String copiedFrom = null;
            if (copyFirst) {
                Path own = freeName(ownGlossaries, path.getFileName().toString());
                Files.createDirectories(own.getParent());
                org.triptych.io.AtomicFiles.write(own, Files.readAllBytes(path));
                copiedFrom = file;
                path = own;
            }
            byte[] before = GlossaryFileWrite.read(path);
            // The file is read again here, not taken from a list: what another program or an unfinished load left
            // there is kept, and a file that cannot be read whole is never overwritten with the part that could.
            Glossary g = Glossary.empty(path.toString());
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
            return new Saved(new GlossaryFileWrite(name, path, before, GlossaryFileWrite.read(path)), copiedFrom);
        }, (Saved saved) -> {
            String written = saved.write().file().toString();
            boolean joins = !session.glossaries().contains(written);
            if (saved.copiedFrom() != null) {
                session.replaceGlossary(saved.copiedFrom(), written, "Use my copy of the sample glossary");
            }
            // recorded before the file joins the project: a new file's "Add glossary" comes after the save that made it
            session.record(undoable(saved.write(), listener));
            if (!session.glossaries().contains(written)) {
                session.addGlossary(written);
            }
            String status = saved.copiedFrom() == null ? "Saved " + saved.write().file().getFileName()
                    : "The sample glossary is now your own copy at " + written + ": " + name.toLowerCase(Locale.ROOT)
                    + " saved there";
            listener.saved(written, joins, status);
            if (saved.copiedFrom() != null) {
                session.notice(status);
            }
        }, e -> listener.failed("Not saved: " + Session.describe(e), file + ": " + Session.describe(e)));
    }

    /** The save as a step of the session's undo history. */
    private UndoableEdit undoable(GlossaryFileWrite w, Listener listener) {
        return new UndoableEdit() {
            @Override
            public String name() {
                return w.name();
            }

            @Override
            public void undo(Consumer<String> refused) {
                restore(w, "Undone", w::undo, refused, listener);
            }

            @Override
            public void redo(Consumer<String> refused) {
                restore(w, "Redone", w::redo, refused, listener);
            }
        };
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void restore(GlossaryFileWrite w, String done, FileWork work, Consumer<String> refused, Listener listener) {
        inTurn(done.equals("Undone") ? "Undoing a glossary edit" : "Redoing a glossary edit", () -> {
            work.run();
            return w.file();
        }, f -> listener.restored(f.toString(), done + ": " + w.name() + " in " + f.getFileName()), e -> {
            listener.failed("Not " + done.toLowerCase(Locale.ROOT) + ": " + Session.describe(e), Session.describe(e));
            refused.accept(Session.describe(e));
        });
    }

    /**
     * Runs glossary file work one piece after another, in the order asked: two quick undos of the same file must not
     * race on the task runner's workers (the second would find the file not yet as it expects and refuse). The work
     * runs on one thread of its own; the task only waits for it, so cancelling the task can never stick the queue.
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

    /** {@code dir/name}, or {@code dir/name-2.ext} and so on when that is taken: a copy never overwrites a glossary. */
    static Path freeName(Path dir, String name) {
        Path p = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(base + "-" + n + ext);
        }
        return p;
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
