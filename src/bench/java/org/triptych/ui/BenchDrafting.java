package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import org.triptych.workbench.DraftCommands;
import java.nio.file.Path;
import java.util.Map;
import org.triptych.model.Language;
import org.triptych.mt.ApiKeys;
import org.triptych.mt.DraftCache;

/** Lets the workbench benchmark start a whole-version draft the way the Translate menu does (its commands are package-private). */
public final class BenchDrafting {

    private BenchDrafting() {
    }

    /** Drafts every English paragraph into {@code target} through a LibreTranslate server at {@code endpoint}. */
    public static void draftWholeVersion(AlignedViewModel model, TaskRunner tasks, String endpoint, Path cacheDir, Language target) {
        new DraftCommands(model.session(), tasks, ApiKeys.fromSystem(Map.of()), DraftCache.at(cacheDir))
                .draftWholeVersion(target, new DraftCommands.Settings("libretranslate", endpoint, "", null), true);
    }
}
