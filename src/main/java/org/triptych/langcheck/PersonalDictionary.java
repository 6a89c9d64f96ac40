package org.triptych.langcheck;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person's own accepted words: one word or phrase per line in a UTF-8 text file in the user's settings folder
 * ({@code $XDG_CONFIG_HOME/triptych/dictionary.txt}, else {@code ~/.config/triptych/dictionary.txt}). Lines starting
 * with {@code #} are comments. Every change is saved at once, atomically (temporary file, then rename), so a crash
 * never leaves half a dictionary. Thread-safe.
 */
public final class PersonalDictionary {

    private static final System.Logger LOG = System.getLogger(PersonalDictionary.class.getName());

    private final Path file;
    private final Set<String> words = new TreeSet<>();

    private PersonalDictionary(Path file) {
        this.file = file;
    }

    /** The default location in the user's settings folder. */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("triptych").resolve("dictionary.txt");
    }

    /**
     * Opens the dictionary at {@code file}; a missing file is an empty dictionary (created on the first add).
     *
     * @throws IOException naming the file when it exists but cannot be read or is not UTF-8 text
     */
    public static PersonalDictionary open(Path file) throws IOException {
        PersonalDictionary d = new PersonalDictionary(file);
        if (Files.exists(file)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                throw new IOException("Personal dictionary " + file + " is not UTF-8 text", e);
            }
            for (String line : lines) {
                String w = clean(line);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    d.words.add(w);
                }
            }
        }
        return d;
    }

    public Path file() {
        return file;
    }

    public synchronized Set<String> words() {
        return Collections.unmodifiableSet(new TreeSet<>(words));
    }

    public synchronized boolean contains(String word) {
        return words.contains(clean(word));
    }

    /**
     * Adds a word or phrase and saves.
     *
     * @return false when it was already there (nothing written)
     * @throws IllegalArgumentException for a blank word or one with a line break
     */
    public synchronized boolean add(String word) throws IOException {
        String w = validated(word);
        if (!words.add(w)) {
            return false;
        }
        try {
            save();
        } catch (IOException e) {
            words.remove(w);
            throw e;
        }
        return true;
    }

    public synchronized boolean remove(String word) throws IOException {
        String w = clean(word);
        if (!words.remove(w)) {
            return false;
        }
        try {
            save();
        } catch (IOException e) {
            words.add(w);
            throw e;
        }
        return true;
    }

    private void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add("# Triptych personal dictionary: one accepted word or phrase per line.");
        lines.addAll(words);
        org.triptych.io.AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
    }

    private static String validated(String word) {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("Cannot add an empty word to the personal dictionary");
        }
        if (word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A dictionary entry must be one line: '" + word.strip() + "'");
        }
        return clean(word);
    }

    private static String clean(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
