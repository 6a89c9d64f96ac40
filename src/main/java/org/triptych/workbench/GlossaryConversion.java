package org.triptych.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.triptych.io.glossary.CsvGlossaryWriter;
import org.triptych.io.glossary.TbxWriter;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Severity;

/**
 * Glossaries merged and written in another format, for the glossary panel's Save as… and {@code triptych glossary}:
 * TBX v3 as TBX-Basic (what Triptych saves), TBX v2 (martif, what OmegaT's and Okapi's readers take), CSV or TSV.
 * Files are merged as a project merges them ({@link ProjectGlossaries}): the first file wins where two disagree, and
 * every duplicate and conflict is said.
 */
public final class GlossaryConversion {

    /** A format to write, as a person chooses it. */
    public enum Format {
        TBX_3("TBX v3, TBX-Basic (Triptych, current tools)", "tbx"),
        TBX_2("TBX v2, martif (OmegaT, Okapi)", "tbx"),
        CSV("CSV (spreadsheets)", "csv"),
        TSV("TSV (tab-separated)", "tsv");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** What a choice list shows. */
        @Override
        public String toString() {
            return label;
        }

        /**
         * The format a file name asks for: .tbx (version 3 unless {@code tbxVersion} says 2), .csv or .tsv. Anything
         * else, or a TBX version for a file that is not TBX, is refused in one sentence.
         */
        public static Format forFile(Path file, Integer tbxVersion) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".tbx")) {
                if (tbxVersion == null || tbxVersion == 3) {
                    return TBX_3;
                }
                if (tbxVersion == 2) {
                    return TBX_2;
                }
                throw new IllegalArgumentException("--tbx is 2 (martif, for OmegaT and Okapi) or 3 (TBX-Basic), not "
                        + tbxVersion);
            }
            Format f = name.endsWith(".csv") ? CSV : name.endsWith(".tsv") ? TSV : null;
            if (f == null) {
                throw new IllegalArgumentException(file + ": the file name must end in .tbx, .csv or .tsv, which say "
                        + "the format to write");
            }
            if (tbxVersion != null) {
                throw new IllegalArgumentException("--tbx goes with a .tbx file, not " + file.getFileName());
            }
            return f;
        }
    }

    /** What a conversion did: concepts written, and the duplicates and conflicts the merge met. */
    public record Outcome(int concepts, int files, int duplicates, int conflicts) {
    }

    /** An input that cannot be used: missing, unreadable, or holding no concept. Nothing is written. */
    public static final class UnusableInput extends IOException {
        UnusableInput(String message) {
            super(message);
        }
    }

    private GlossaryConversion() {
    }

    /**
     * Reads {@code inputs}, merges them and writes {@code out} in {@code format}; every problem met (a line that could
     * not be read, a duplicate, a conflict) goes to {@code problems} as it is written for a person.
     *
     * @throws UnusableInput when an input cannot be used at all (nothing is written then)
     */
    public static Outcome convert(List<Path> inputs, Path out, Format format, Consumer<String> problems) throws IOException {
        Map<String, GlossaryLoad> each = ProjectGlossaries.readEach(inputs.stream().map(Path::toString).toList());
        List<String> unusable = new ArrayList<>();
        each.forEach((file, load) -> {
            if (load.glossary().isEmpty()) {
                unusable.add(file);
            }
        });
        GlossaryLoad merged = ProjectGlossaries.merge(new ArrayList<>(each.values()));
        int duplicates = 0;
        int conflicts = 0;
        for (GlossaryProblem p : merged.problems()) {
            boolean duplicate = p.message().startsWith("duplicate ");
            duplicates += duplicate ? 1 : 0;
            conflicts += p.message().startsWith("conflict: ") || p.message().contains(" names both concept ") ? 1 : 0;
            if (p.severity() != Severity.INFO || duplicate) {
                problems.accept(p.toString());
            }
        }
        if (!unusable.isEmpty()) {
            for (String f : unusable) {
                boolean saidWhy = each.get(f).problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
                if (!saidWhy) {
                    problems.accept(f + ": error: the glossary holds no concept");
                }
            }
            throw new UnusableInput((unusable.size() == 1 ? unusable.get(0) + " could not be used"
                    : unusable.size() + " of the glossaries could not be used") + "; nothing was written");
        }
        write(merged.glossary(), format, out);
        return new Outcome(merged.glossary().size(), inputs.size(), duplicates, conflicts);
    }

    /** Writes a glossary in {@code format}, atomically. */
    public static void write(Glossary glossary, Format format, Path file) throws IOException {
        switch (format) {
            case TBX_3 -> new TbxWriter().write(glossary, TbxWriter.Version.V3, file);
            case TBX_2 -> new TbxWriter().write(glossary, TbxWriter.Version.V2, file);
            case CSV -> new CsvGlossaryWriter().write(glossary, file);
            case TSV -> CsvGlossaryWriter.tabSeparated().write(glossary, file);
        }
    }

    /**
     * The window's Save as…: the project's glossaries merged and written in the background; {@code said} gets what
     * happened in one sentence (with the count), or why nothing was written.
     */
    public static void saveAs(List<String> glossaries, Format format, Path file, TaskRunner tasks, Consumer<String> said) {
        List<Path> inputs = glossaries.stream().map(Path::of).toList();
        List<String> problems = new ArrayList<>();
        tasks.run("Saving the glossary as " + file.getFileName(), () -> convert(inputs, file, format, problems::add),
                (Outcome o) -> said.accept("Saved " + o.concepts() + " concepts to " + file.getFileName() + " ("
                        + format + ")" + (o.duplicates() + o.conflicts() > 0 ? "; " + o.duplicates() + " duplicates and "
                        + o.conflicts() + " conflicts merged, the first file winning" : "")),
                e -> said.accept("The glossary was not saved as " + file.getFileName() + ": " + Session.describe(e)
                        + (problems.isEmpty() ? "" : " (" + problems.get(problems.size() - 1) + ")")));
    }
}
