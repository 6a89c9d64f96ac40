package org.triptych.io.document;

import java.util.List;
import org.triptych.model.DocumentVersion;

/** An imported version and the warnings the person should see (wrong language for the column, encoding guessed). */
public record ImportResult(DocumentVersion version, List<String> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
