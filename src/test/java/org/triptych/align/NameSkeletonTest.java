package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSkeletonTest {

    private static boolean meet(String english, String other, String lang) {
        List<String> e = NameSkeleton.namesIn(english, "en");
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
        assertTrue(meet("Macedonia", "Македонии", "ru"));
        assertTrue(meet("Macedonia", "مقدونيا", "ar"));
        assertTrue(meet("Liverpool", "«Ливерпуль»", "ru"));
        assertTrue(meet("Liverpool", "ليفربول", "ar"));
        assertTrue(meet("George", "جورج", "ar"));
        assertTrue(meet("Jim", "Джима", "ru"));
        assertTrue(meet("Chelsea", "تشيلسي", "ar"));
        assertTrue(meet("Pompeo", "Помпео", "ru"));
        assertTrue(meet("Porter", "وبورتر", "ar")); // clitic و stripped
    }

    @Test
    void differentNamesDoNotMeet() {
        assertFalse(meet("Liverpool", "Челси", "ru"));
        assertFalse(meet("Pompeo", "ترامب", "ar"));
        assertFalse(meet("Greece", "Македония", "ru"));
    }

    @Test
    void lowerCaseRussianWordsAreNotNames() {
        assertTrue(NameSkeleton.namesIn("в понедельник утром", "ru").isEmpty());
        assertFalse(NameSkeleton.namesIn("Москва", "ru").isEmpty());
    }
}
