package org.triptych.io.document;

import org.triptych.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.triptych.model.DocumentVersion;
import org.triptych.model.Language;
import org.triptych.model.Article;

/**
 * The article that ships inside Triptych (written and translated by us), so the workbench has something to show
 * without any file, account or server.
 */
public final class SampleArticle {

    private static final String BASE = "/org/triptych/sample/article-";

    private SampleArticle() {
    }

    /** The sample as a project: English, Arabic and Russian versions. */
    public static Article load() {
        DocumentVersion en = version(Language.ENGLISH);
        List<DocumentVersion> others = new ArrayList<>();
        others.add(version(Language.ARABIC));
        others.add(version(Language.RUSSIAN));
        return new Article(en, others);
    }

    /** The raw text of one language version of the sample. */
    public static String text(Language language) {
        String name = BASE + language.code() + ".txt";
        try (InputStream in = SampleArticle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled sample " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample's glossary as a file the checks can read: the copy bundled in the jar is written to the user's
     * cache folder (XDG_CACHE_HOME or ~/.cache, under triptych/sample) when it is missing or out of date.
     */
    public static Path glossaryFile() throws IOException {
        byte[] bundled;
        try (InputStream in = SampleArticle.class.getResourceAsStream("/org/triptych/sample/sample.tbx")) {
            if (in == null) {
                throw new IOException("The bundled sample glossary is missing from the build");
            }
            bundled = in.readAllBytes();
        }
        Path file = glossaryCachePath();
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bundled)) {
            AtomicFiles.write(file, bundled);
        }
        return file;
    }

    /**
     * Whether {@code file} is the cache copy {@link #glossaryFile()} writes: rewritten from the jar when it differs, so
     * never a place to keep concepts in.
     */
    public static boolean isGlossaryCacheCopy(Path file) {
        return file.toAbsolutePath().normalize().equals(glossaryCachePath().toAbsolutePath().normalize());
    }

    private static Path glossaryCachePath() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("triptych").resolve("sample");
        return dir.resolve("sample.tbx");
    }

    private static DocumentVersion version(Language language) {
        return DocumentImporter.fromText(text(language), language, "sample/article-" + language.code() + ".txt");
    }
}
