package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/** A paragraph whose words run together gets one note, not a misspelling per run of letters. Our own sentences. */
class LostSpacesTest {

    private static final Character.UnicodeScript ARABIC = Character.UnicodeScript.ARABIC;

    // "The students of the university receive a course on sleep, said the professor" with the spaces lost
    private static final String GLUED = "يتلقىطلابالجامعةدورةعنالنوم،كماقالالأستاذفيحديثهالأخير.";

    @Test
    void gluedArabicIsTold() {
        assertTrue(LostSpaces.in(GLUED, ARABIC));
        assertTrue(LostSpaces.in("قال الأستاذ إنالطلابيحتاجونإلىساعاتنومأطول", ARABIC));
    }

    @Test
    void ordinaryTextAndLongWordsAreNot() {
        assertFalse(LostSpaces.in("يتلقى طلاب الجامعة دورة عن النوم، كما قال الأستاذ في حديثه الأخير.", ARABIC));
        assertFalse(LostSpaces.in("Межгосударственные переговоры", Character.UnicodeScript.CYRILLIC));
        // a Latin run inside Arabic text is not the paragraph's own script
        assertFalse(LostSpaces.in("زار الوفد موقع www.ministryofinfrastructureandtransport.example أمس", ARABIC));
    }

    @Test
    void aGluedParagraphGetsOneNoteUnderTheTunedSettingsOnly() {
        List<Finding> tuned = ParagraphCheckerTest.check(Language.ARABIC, GLUED);
        assertEquals(1, tuned.size(), tuned.toString());
        assertEquals(ParagraphChecker.LOST_SPACES, tuned.get(0).ruleId());
        assertEquals(0, tuned.get(0).start());
        assertEquals(GLUED.length(), tuned.get(0).end());
        List<Finding> defaults = ParagraphCheckerTest.check(LanguageCheckSettings.languageToolDefaults(Language.ARABIC),
                GLUED);
        assertTrue(defaults.stream().noneMatch(f -> ParagraphChecker.LOST_SPACES.equals(f.ruleId())));
    }
}
