package org.triptych.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.triptych.model.Language;

/** What File ▸ New project asks for: one file per language (English required) and the glossaries to check against. */
public record NewProjectRequest(Map<Language, Path> files, List<String> glossaries) {

    public NewProjectRequest {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files)); // column order kept
        glossaries = List.copyOf(glossaries);
    }
}
