package org.triptych.io.project;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The projects opened last, newest first, kept as one path per line in the user's settings folder. */
public final class RecentProjects {

    private static final int MAX = 10;
    private final Path file;

    public RecentProjects(Path settingsDir) {
        this.file = settingsDir.resolve("recent-projects.txt");
    }

    /** The settings folder: {@code -Dtriptych.home}, else {@code ~/.triptych}. */
    public static Path settingsDir() {
        String home = System.getProperty("triptych.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".triptych");
    }

    public List<Path> list() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            return List.of(); // a broken list of recent files must never stop anyone opening a project
        }
    }

    public void add(Path project) throws IOException {
        List<Path> list = new ArrayList<>(list());
        Path abs = project.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        AtomicFiles.writeString(file, list.stream().map(p -> p + "\n").collect(java.util.stream.Collectors.joining()));
    }
}
