package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triptych.align.NameSkeleton;
import org.triptych.model.Language;
import org.triptych.terms.NameTransliteration;

/** The transliteration seam the workbench hands the glossary-candidate extractor. */
class EngineWiringTest {

    private final NameTransliteration seam = EngineWiring.transliteration();

    @Test
    void aRussianNameInAnObliqueCaseIsComparedInItsEntryForm() {
        // the skeletons alone allow a one-letter ending: Мэттом and Роком are not Matt and Rock to them
        assertEquals(0, NameSkeleton.matchStrength("Matt", "Мэттом"));
        assertTrue(seam.strength("Matt", "Мэттом", Language.RUSSIAN) >= 2);
        assertTrue(seam.strength("Rock", "Роком", Language.RUSSIAN) >= 2);
        assertEquals(NameSkeleton.matchStrength("Trump", "ترامب"), seam.strength("Trump", "ترامب", Language.ARABIC));
        assertEquals(0, seam.strength("Matt", "Роком", Language.RUSSIAN));
    }
}
