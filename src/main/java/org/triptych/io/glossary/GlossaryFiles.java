package org.triptych.io.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Glossary;
import org.triptych.model.GlossaryProblem;
import org.triptych.model.Severity;
import java.util.List;

/** Reads a glossary file of any supported format, chosen by extension and, failing that, by the first bytes. */
public final class GlossaryFiles {

    private GlossaryFiles() {
    }

    public static GlossaryLoad read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            return new GlossaryLoad(Glossary.empty(file.toString()), List.of(new GlossaryProblem(file.toString(), 0,
                    Severity.ERROR, "no such glossary file")));
        }
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return new TbxReader().read(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return new CsvGlossaryReader().read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String s = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
            return s.startsWith("<") ? new TbxReader().read(file) : new CsvGlossaryReader().read(file);
        } catch (IOException e) {
            return new GlossaryLoad(Glossary.empty(file.toString()), List.of(new GlossaryProblem(file.toString(), 0,
                    Severity.ERROR, "cannot read the file: " + e.getMessage())));
        }
    }
}
