package org.triptych.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.triptych.workbench.GlossaryConversion;
import org.triptych.workbench.TaskRunner;

/**
 * The glossary panel's Save as…: the project's glossaries merged and written in a format the person chooses — TBX v3
 * (TBX-Basic), TBX v2 (martif, which OmegaT and Okapi read), CSV or TSV — in the background; the panel's status line
 * says what was written.
 */
final class GlossarySaveAs {

    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Supplier<List<String>> glossaries;
    private final Consumer<String> said;

    GlossarySaveAs(DialogService dialogs, TaskRunner tasks, Supplier<List<String>> glossaries, Consumer<String> said) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.glossaries = glossaries;
        this.said = said;
    }

    void run() {
        List<String> files = List.copyOf(glossaries.get());
        if (files.isEmpty()) {
            said.accept("The project has no glossary to save: add one first");
            return;
        }
        dialogs.choose("Save the project's glossaries (merged) as", GlossaryConversion.Format.TBX_3,
                Arrays.asList(GlossaryConversion.Format.values())).ifPresent(format -> {
                    Path first = Path.of(files.get(0));
                    String base = first.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                    String suffix = format == GlossaryConversion.Format.TBX_2 ? "-tbx2" : "";
                    dialogs.saveFile("Save the glossaries as " + format, format.toString(), format.extension(),
                            base + suffix + "." + format.extension(), first.toAbsolutePath().getParent())
                            .ifPresent(out -> GlossaryConversion.saveAs(files, format, withExtension(out, format), tasks, said));
                });
    }

    private static Path withExtension(Path chosen, GlossaryConversion.Format format) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? chosen
                : chosen.resolveSibling(name + "." + format.extension());
    }
}
