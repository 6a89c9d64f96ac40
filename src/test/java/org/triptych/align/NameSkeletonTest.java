package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class NameSkeletonTest {

    private static boolean meet(String english, String other, Language lang) {
        List<String> e = NameSkeleton.namesIn(english, Language.ENGLISH);
        List<String> o = NameSkeleton.nameVariants(other, lang).stream().flatMap(List::stream).toList();
        for (String a : e) {
            for (String b : o) {
                if (NameSkeleton.match(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void namesMeetAcrossScriptsAndInflection() {
        assertTrue(meet("Macedonia", "Македонии", Language.RUSSIAN));
        assertTrue(meet("Macedonia", "مقدونيا", Language.ARABIC));
        assertTrue(meet("Liverpool", "«Ливерпуль»", Language.RUSSIAN));
        assertTrue(meet("Liverpool", "ليفربول", Language.ARABIC));
        assertTrue(meet("George", "جورج", Language.ARABIC));
        assertTrue(meet("Jim", "Джима", Language.RUSSIAN));
        assertTrue(meet("Chelsea", "تشيلسي", Language.ARABIC));
        assertTrue(meet("Pompeo", "Помпео", Language.RUSSIAN));
        assertTrue(meet("Porter", "وبورتر", Language.ARABIC)); // clitic و stripped
    }

    @Test
    void differentNamesDoNotMeet() {
        assertFalse(meet("Liverpool", "Челси", Language.RUSSIAN));
        assertFalse(meet("Pompeo", "ترامب", Language.ARABIC));
        assertFalse(meet("Greece", "Македония", Language.RUSSIAN));
    }

    @Test
    void lowerCaseRussianWordsAreNotNames() {
        assertTrue(NameSkeleton.namesIn("в понедельник утром", Language.RUSSIAN).isEmpty());
        assertFalse(NameSkeleton.namesIn("Москва", Language.RUSSIAN).isEmpty());
    }
}
