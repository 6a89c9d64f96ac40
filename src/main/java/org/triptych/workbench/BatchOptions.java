package org.triptych.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.triptych.model.AlignmentLevel;

/**
 * What a batch does to every article, and so what its outputs depend on: the level of the TMX (paragraph links are
 * always written; sentence links too at sentence level), whether the articles are checked, whether LanguageTool
 * checks their language too (which implies checking), and the glossaries, merged in this order.
 */
public record BatchOptions(AlignmentLevel level, boolean check, boolean language, List<Path> glossaries) {

    public BatchOptions {
        Objects.requireNonNull(level, "level");
        glossaries = List.copyOf(glossaries);
        check = check || language;
    }
}
