package org.triptych.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.terms.GlossaryMerger;

/**
 * The one way a project's glossary files are read: each file by its format, then merged in the project's order (the
 * first file wins where two disagree, and every conflict is a problem of the merged load). A file that cannot be read
 * is a problem, never a failure: the checks still compare numbers and versions without it.
 */
public final class ProjectGlossaries {

    private ProjectGlossaries() {
    }

    /** Every file read, by path, in the given order. */
    public static Map<String, GlossaryLoad> readEach(List<String> paths) {
        Map<String, GlossaryLoad> out = new LinkedHashMap<>();
        for (String p : paths) {
            out.put(p, GlossaryFiles.read(Path.of(p)));
        }
        return out;
    }

    /** The files read and merged into one glossary, with the problems of each file and of the merge. */
    public static GlossaryLoad read(List<String> paths) {
        return merge(new ArrayList<>(readEach(paths).values()));
    }

    /** Files given as paths on a command line. */
    public static GlossaryLoad readFiles(List<Path> files) {
        return read(files.stream().map(Path::toString).toList());
    }

    public static GlossaryLoad merge(List<GlossaryLoad> loads) {
        return new GlossaryMerger().merge(loads);
    }

    /** Just the merged concepts: what the checks, the drafts and the highlights use. */
    public static Glossary merged(List<String> paths) {
        return read(paths).glossary();
    }
}
