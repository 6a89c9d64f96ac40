package org.triptych.workbench;

import java.nio.file.Path;
import java.util.List;
import org.triptych.io.document.ImportException;
import org.triptych.io.document.TmxReader;
import org.triptych.model.Language;
import org.triptych.mt.TranslationMemory;

/**
 * TMX files loaded as one translation memory for the {@code memory} provider: the units that hold text in the source
 * language and a target, each named by its file. Files listed first take priority where two hold the same source
 * (decision 0403); a unit is handed over as it is read, so a large memory is not held twice.
 */
final class TranslationMemories {

    private TranslationMemories() {
    }

    static TranslationMemory load(List<Path> files, Language from, List<Language> targets) throws ImportException {
        TranslationMemory.Builder b = TranslationMemory.builder();
        TmxReader reader = new TmxReader();
        for (Path f : files) {
            String origin = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            reader.read(f, unit -> {
                String source = unit.variants().get(from.code());
                if (source == null) {
                    return;
                }
                for (Language to : targets) {
                    String target = unit.variants().get(to.code());
                    if (target != null) {
                        b.add(from, source, to, target, origin);
                    }
                }
            });
        }
        return b.build();
    }
}
