package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.hunspell.HunspellRule;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/** Arabic suggestions are the dictionary words one edit away, likeliest slip first; Hunspell's only with names shown. */
class ArabicSuggestionShortcutTest {

    private static ArabicSuggestionShortcut installed() throws Exception {
        ParagraphChecker checker = ParagraphChecker.forVariant(Language.ARABIC, "ar");
        for (Rule r : checker.tool().getAllRules()) {
            if (r instanceof HunspellRule rule) {
                Field f = HunspellRule.class.getDeclaredField("hunspell");
                f.setAccessible(true);
                return (ArabicSuggestionShortcut) f.get(rule);
            }
        }
        throw new AssertionError("no Hunspell rule in the Arabic checker");
    }

    @Test
    void theArabicSpellerIsWrappedAndTellsTyposFromWordsWithNoNeighbour() throws Exception {
        ArabicSuggestionShortcut shortcut = installed();
        assertNotNull(shortcut, "installed in front of LanguageTool's Arabic dictionary");
        assertFalse(shortcut.oneEditAway("الحكوكمة").isEmpty(), "one letter too many: الحكومة");
        assertFalse(shortcut.oneEditAway("الحكموة").isEmpty(), "two letters swapped");
        assertFalse(shortcut.oneEditAway("والحكومةالجديدة").isEmpty(), "a missing space between two words");
        assertTrue(shortcut.oneEditAway("ثقغظضذخصث").isEmpty(), "letters that make no word, however edited");
        assertEquals(List.of(), shortcut.suggest("ثقغظضذخصث"), "no suggestions asked of Hunspell for it");
        assertEquals("الحكومة", shortcut.suggest("الحكوكمة").get(0), "a letter too many: the word without it first");
        assertEquals("الحكومة", shortcut.suggest("الحكومه").get(0), "ه for ة, the same shape: first");
        assertEquals("المفاوضات", shortcut.suggest("المفاوضتا").get(0), "two letters swapped: first");
    }

    @Test
    void withNamesShownHunspellIsAskedForEveryWord() throws Exception {
        ArabicSuggestionShortcut shortcut = installed();
        // foreign names as Arabic news spells them: the first with no Arabic word one edit away
        String name = java.util.stream.Stream.of("غوتيريش", "زيلينسكي", "ستولتنبرغ", "بلينكن", "فيرهوفشتات", "كزبرتان")
                .filter(n -> shortcut.oneEditAway(n).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("every name has a neighbour"));
        try {
            shortcut.setEnabled(false); // tolerateUnknownNames off: names are shown, with suggestions
            List<String> asked = shortcut.suggest(name);
            shortcut.setEnabled(true);
            assertFalse(asked.isEmpty(), "Hunspell's suggestions for " + name + " when names are shown");
            assertEquals(List.of(), shortcut.suggest(name), "none asked when the name will be dropped anyway");
        } finally {
            shortcut.setEnabled(true);
        }
    }

    @Test
    void checkingArabicFindsTheSameTypoWithTheSameSuggestion() {
        String text = "قال الوزير إن المفاوضات مع الحكوكمة ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين.";
        List<Finding> findings = ParagraphCheckerTest.check(Language.ARABIC, text);
        Finding f = ParagraphCheckerTest.findingOn(findings, text, "الحكوكمة");
        assertEquals("الحكومة", f.suggestions().get(0), f.suggestions().toString());
    }
}
