package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/**
 * Advice LanguageTool gives on correct news prose is switched off in the tuned settings (quiet-on-news.txt), while
 * LanguageTool's defaults still give it: our own sentences, checked by the real LanguageTool.
 */
class QuietOnNewsTest {

    private static boolean flags(LanguageCheckSettings settings, String text, String ruleOrCategoryPrefix) {
        List<Finding> f = ParagraphCheckerTest.check(settings, text);
        return f.stream().anyMatch(x -> x.ruleId() != null && x.ruleId().startsWith(ruleOrCategoryPrefix));
    }

    @Test
    void britishHouseStyleHyphensAndStyleAdviceAreQuietInEnglish() {
        LanguageCheckSettings defaults = LanguageCheckSettings.languageToolDefaults(Language.ENGLISH).withVariant("en-GB");
        LanguageCheckSettings tuned = LanguageCheckSettings.tuned(Language.ENGLISH).withVariant("en-GB");
        String oxford = "The organisation will mobilise its members next month.";
        String hyphen = "The new coach is open minded about the team.";
        String style = "A large number of people watched the match on Saturday.";
        assertTrue(flags(defaults, oxford, "OXFORD_SPELLING"));
        assertTrue(flags(defaults, hyphen, "EN_COMPOUNDS"));
        assertTrue(flags(defaults, style, "LARGE_NUMBER_OF"));
        assertEquals(List.of(), ParagraphCheckerTest.check(tuned, oxford));
        assertEquals(List.of(), ParagraphCheckerTest.check(tuned, hyphen));
        assertEquals(List.of(), ParagraphCheckerTest.check(tuned, style));
        // a real error is still found
        assertTrue(flags(tuned, "The the minister spoke on Monday.", "ENGLISH_WORD_REPEAT"));
    }

    @Test
    void puristAdviceOnModernArabicUsageIsQuiet() {
        // "The minister plays a big role", "the investigators mentioned that he left the city"
        String role = "يلعب الوزير دورا كبيرا.";
        String mention = "وذكر المحققون بأنه غادر المدينة.";
        LanguageCheckSettings defaults = LanguageCheckSettings.languageToolDefaults(Language.ARABIC);
        LanguageCheckSettings tuned = LanguageCheckSettings.tuned(Language.ARABIC);
        assertTrue(flags(defaults, role, "verb_289"));
        assertTrue(flags(defaults, mention, "trans_438"));
        assertFalse(flags(tuned, role, "verb_289"));
        assertFalse(flags(tuned, mention, "trans_438"));
        assertTrue(tuned.disabledCategories().containsAll(List.of("WRONG_USE", "COMMON_VERBS_ERRORS")));
    }
}
