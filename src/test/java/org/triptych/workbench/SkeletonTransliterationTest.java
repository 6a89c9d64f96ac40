package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triptych.align.NameSkeleton;
import org.triptych.model.Language;
import org.triptych.terms.NameTransliteration;

/** The transliteration the workbench hands the glossary-candidate extractor (through {@code EngineWiring}). */
class SkeletonTransliterationTest {

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

    @Test
    void anEnglishNameIsAlsoComparedAsTheTargetSoundsItsLetters() {
        // Twitter: Твиттер (w as в), Tiger: تايجر (hard g as ج), Wheeling: ويلنج (ng as نج)
        assertEquals(0, NameSkeleton.matchStrength("Twitter", "Твиттер"));
        assertTrue(seam.strength("Twitter", "Твиттере", Language.RUSSIAN) >= 3);
        assertEquals(0, NameSkeleton.matchStrength("Tiger", "تايجر"));
        assertTrue(seam.strength("Tiger", "تايجر", Language.ARABIC) >= 3);
        assertTrue(seam.strength("Wheeling", "ويلنج", Language.ARABIC) >= 3);
        // a respelling is no licence for another name
        assertEquals(0, seam.strength("Tiger", "ترامب", Language.ARABIC));
        assertEquals(0, seam.strength("Hollywood", "Вашингтон", Language.RUSSIAN));
    }
}
