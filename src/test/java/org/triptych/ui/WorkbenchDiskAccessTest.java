package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.GoldUnitAligner;
import org.triptych.workbench.FindingsSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilePermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.Permission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.document.DocumentImporter;
import org.triptych.io.project.ProjectFile;
import org.triptych.io.document.SampleArticle;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Article;
import org.triptych.model.Project;

/**
 * The workbench's model never touches the disk on the thread that calls it (the FX thread in the application): the
 * recent list, looking for an autosave, recovering, saving, opening (missing sources, a damaged project's autosave),
 * autosaving and removing the autosave all go through the task runner. The test thread plays the FX thread: work
 * runs on a worker thread and the callbacks come back here, and every file access under the test folder made from
 * this thread is recorded.
 */
class WorkbenchDiskAccessTest {

    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final Queued tasks = new Queued();
    private DiskWatch watch;

    /** A runner that queues work until {@link #drain()}, then runs it on the worker and calls back on this thread. */
    private final class Queued implements TaskRunner {
        private record Job<T>(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            void finish(ExecutorService worker) throws InterruptedException {
                Future<T> done = worker.submit(() -> work.run(new Progress() {
                    @Override
                    public void update(long d, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                }));
                T result;
                try {
                    result = done.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    onFailure.accept(e.getCause());
                    return;
                }
                onSuccess.accept(result);
            }
        }

        final Deque<Job<?>> queue = new ArrayDeque<>();
        final List<String> titles = new ArrayList<>();

        @Override
        public <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            titles.add(title);
            queue.add(new Job<>(title, work, onSuccess, onFailure));
            return () -> { };
        }

        void drain() throws InterruptedException {
            while (!queue.isEmpty()) {
                queue.poll().finish(worker);
            }
        }
    }

    /** Records file permissions asked for by one thread under one folder; allows everything. */
    private static final class DiskWatch extends SecurityManager {
        final Thread watched = Thread.currentThread();
        final String root;
        final List<String> touches = Collections.synchronizedList(new ArrayList<>());

        DiskWatch(Path root) {
            this.root = root.toAbsolutePath().toString();
        }

        @Override
        public void checkPermission(Permission p) {
            if (p instanceof FilePermission f && Thread.currentThread() == watched && f.getName().startsWith(root)) {
                touches.add(f.getActions() + " " + f.getName());
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }

    @SuppressWarnings("removal")
    private void startWatching() {
        watch = new DiskWatch(dir);
        try {
            System.setSecurityManager(watch);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("this JVM refuses a security manager (-Djava.security.manager=disallow): " + e.getMessage());
        }
    }

    @AfterEach
    @SuppressWarnings("removal")
    void stopWatching() {
        if (System.getSecurityManager() == watch && watch != null) {
            System.setSecurityManager(null);
        }
        worker.shutdownNow();
    }

    @Test
    void theModelReadsAndWritesFilesOnlyInTheTaskRunnersWork() throws Exception {
        Path settings = Files.createDirectories(dir.resolve("settings"));
        Path project = dir.resolve("p.triptych");
        Path source = dir.resolve("ar.txt");
        Article p = SampleArticle.load();
        p = p.withVersion(new DocumentVersion(Language.ARABIC, source.toString(), p.version(Language.ARABIC).orElseThrow().paragraphs()));
        new ProjectFile().write(Project.of(p), project);
        new ProjectFile().write(Project.of(p), ProjectFile.autosaveOf(project));
        Files.setLastModifiedTime(project, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(ProjectFile.autosaveOf(project), FileTime.fromMillis(1_000_000_060_000L));
        Path earlier = dir.resolve("earlier.triptych");
        Files.writeString(settings.resolve("recent-projects.txt"), earlier + "\n");
        Path damaged = dir.resolve("d.triptych");
        Files.writeString(damaged, "{\"format\" : \"triptych-project\", \"versi");
        Files.copy(project, ProjectFile.autosaveOf(damaged));

        WorkbenchViewModel m = new WorkbenchViewModel(tasks, new DocumentImporter(), new GoldUnitAligner(),
                FindingsSource.none(), settings);
        startWatching();
        assertTrue(m.recoverable(project).isPresent());
        assertFalse(watch.touches.isEmpty(), "the watch sees a direct look at the disk: " + watch.touches);
        watch.touches.clear();

        m.refreshRecentProjects();
        assertEquals(List.of(), m.recentProjects(), "nothing read before the work runs");
        tasks.drain();
        assertEquals(List.of(earlier), m.recentProjects());

        List<Optional<Path>> found = new ArrayList<>();
        m.findRecoverable(project, found::add);
        assertEquals(List.of(), found);
        tasks.drain();
        assertEquals(List.of(Optional.of(ProjectFile.autosaveOf(project))), found);

        m.recover(found.get(0).get(), project);
        tasks.drain();
        assertEquals(project, m.fileProperty().get());
        assertEquals(12, m.aligned().rows().size());
        assertTrue(m.aligned().dirtyProperty().get());

        m.save(project, null);
        tasks.drain();
        assertFalse(m.aligned().dirtyProperty().get());
        assertEquals(List.of(project.toAbsolutePath().normalize(), earlier), m.recentProjects());

        m.open(project);
        tasks.drain();
        assertEquals(List.of(Language.ARABIC), m.missingSources().stream().map(DocumentVersion::language).toList(),
                "the moved source is found missing in the background");

        m.aligned().confirm(0);
        m.autosave();
        tasks.drain();
        assertEquals("Autosaved", m.noticeProperty().get());

        m.open(damaged);
        tasks.drain();
        assertEquals(damaged, m.damagedWithAutosaveProperty().get(), "the autosave beside it was looked for in the work");
        assertEquals(project, m.fileProperty().get(), "what was open stays open");

        boolean[] closed = {false};
        m.discardAutosave(() -> closed[0] = true);
        assertFalse(closed[0], "the window waits for the removal");
        tasks.drain();
        assertTrue(closed[0]);

        List<String> touches = List.copyOf(watch.touches);
        stopWatching();
        assertEquals(List.of(), touches, "file access on the calling thread");
        assertFalse(Files.exists(ProjectFile.autosaveOf(project)), "the autosave was removed");
        assertTrue(tasks.titles.containsAll(List.of("Reading the recent projects", "Looking for unsaved work",
                "Removing the autosave", "Autosaving")), tasks.titles.toString());
    }
}
