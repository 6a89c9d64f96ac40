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
        assertTrue(seam.strength("Trump", "ترامب", Language.ARABIC) >= NameSkeleton.matchStrength("Trump", "ترامب"));
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

    @Test
    void aWordWritingTheNamesVowelsWhereTheNameHasThemWeighsMore() {
        // Hollywood's skeleton is L T, as التي's is; هوليوود writes its vowels in their places, التي does not
        assertEquals(NameSkeleton.matchStrength("Hollywood", "التي"), NameSkeleton.matchStrength("Hollywood", "هوليوود"));
        assertTrue(seam.strength("Hollywood", "هوليوود", Language.ARABIC) > seam.strength("Hollywood", "التي", Language.ARABIC));
        assertTrue(seam.strength("Napoli", "نابولي", Language.ARABIC) >= 3);
        // of two words with the same consonants the one with the name's vowels: Jackman, not Jackson
        assertTrue(seam.strength("Jackman", "جاكمان", Language.ARABIC) > seam.strength("Jackman", "جاكسون", Language.ARABIC));
        assertTrue(seam.strength("Jackman", "Джекман", Language.RUSSIAN) > seam.strength("Jackman", "Джексон", Language.RUSSIAN));
        // a short u written as a (Solihull: سوليهال, Солихалл, as Trump is ترامب, Трамп)
        assertTrue(NameSkeleton.matchStrength("Solihull", "سوليهال") < 3);
        assertTrue(seam.strength("Solihull", "سوليهال", Language.ARABIC) >= 3);
        assertTrue(seam.strength("Solihull", "Солихалле", Language.RUSSIAN) >= 3);
        // a name of one consonant class gains nothing from its vowels (Rory: روري)
        assertEquals(NameSkeleton.matchStrength("Rory", "روري"), seam.strength("Rory", "روري", Language.ARABIC));
    }

    @Test
    void slavicIcNordicJAndAnUnsoundedGhAreReadAsTheTargetsWriteThem() {
        // Kovacic: Ковачич, كوفاتشيتش (-ić as ч, تش); Houghton: هوتون, Хоутон (gh after a vowel unsounded)
        assertEquals(0, NameSkeleton.matchStrength("Kovacic", "Ковачич"));
        assertTrue(seam.strength("Kovacic", "Ковачичу", Language.RUSSIAN) >= 3);
        assertTrue(seam.strength("Kovacic", "كوفاتشيتش", Language.ARABIC) >= 3);
        assertEquals(0, NameSkeleton.matchStrength("Houghton", "هوتون"));
        assertTrue(seam.strength("Houghton", "هوتون", Language.ARABIC) >= 2);
        assertTrue(seam.strength("Houghton", "Хоутон", Language.RUSSIAN) >= 2);
        // Bjorn: بيورن, Бьорна (a Nordic j after the first consonant is a y)
        assertEquals(0, NameSkeleton.matchStrength("Bjorn", "بيورن"));
        assertTrue(seam.strength("Bjorn", "بيورن", Language.ARABIC) >= 3);
        assertTrue(seam.strength("Bjorn", "Бьорна", Language.RUSSIAN) >= 3);
    }
}
