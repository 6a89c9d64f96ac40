package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link NameSkeleton#matchStrength}: an English name against one word of another version, for glossary candidates. */
class NameMatchStrengthTest {

    @Test
    void aWordThatWritesTheNameMatchesWithItsConsonantClasses() {
        assertEquals(4, NameSkeleton.matchStrength("Trump", "Трампа"));
        assertEquals(4, NameSkeleton.matchStrength("Trump", "لترامب"));
        assertEquals(2, NameSkeleton.matchStrength("Tokyo", "طوكيو"), "two classes: weak evidence");
        assertTrue(NameSkeleton.matchStrength("Singapore", "سنغافورة") >= 3, "one class of four differs (f for p)");
    }

    @Test
    void aRussianCaseEndingMayAddAClassButTheTargetMayNotLackOne() {
        assertEquals(3, NameSkeleton.matchStrength("Jones", "Джонсом"));
        assertEquals(0, NameSkeleton.matchStrength("Singapore", "جونغ"), "جونغ only begins as Singapore sounds");
        assertEquals(0, NameSkeleton.matchStrength("Mentawai", "منطقة"), "Arabic has no case endings");
    }

    @Test
    void aNameOfOneClassMeetsOnlyTheSameClass() {
        assertEquals(1, NameSkeleton.matchStrength("Rory", "Рори"));
        assertEquals(1, NameSkeleton.matchStrength("Rory", "روري"));
        assertEquals(0, NameSkeleton.matchStrength("Rory", "Рим"));
    }

    @Test
    void aFinalGhNeedNotBeWritten() {
        assertTrue(NameSkeleton.matchStrength("Kavanaugh", "Кавано") > 0);
        assertTrue(NameSkeleton.matchStrength("Kavanaugh", "كافانو") > 0);
    }

    @Test
    void theArabicArticleMeetsANameOnlyExactly() {
        assertEquals(3, NameSkeleton.matchStrength("Alamein", "العلمين"), "El Alamein: the article is the name's Al");
        assertEquals(0, NameSkeleton.matchStrength("London", "الناطقة"), "ال + ناطقة is not London with one class off");
        assertEquals(4, NameSkeleton.matchStrength("London", "لندن"));
    }
}
