package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Finding;
import org.triptych.model.Language;

/** Spans, kinds and bad input on real LanguageTool checks (one loaded instance per language for the whole run). */
class ParagraphCheckerTest {

    static List<Finding> check(Language language, String text) {
        return check(LanguageCheckSettings.tuned(language), text);
    }

    static List<Finding> check(LanguageCheckSettings settings, String text) {
        return check(settings, text, AcceptedTerms.none());
    }

    /** As the user sees them: checked, then the glossary stage. */
    static List<Finding> check(LanguageCheckSettings settings, String text, AcceptedTerms terms) {
        LanguageCheckSettings s = settings.resolvedFor(List.of(text));
        List<Finding> shown = ParagraphChecker.filter(
                ParagraphChecker.forVariant(s.language(), s.variant()).check(text, 7, s, () -> false), terms);
        // the session's last stage, here over one paragraph
        return ParagraphChecker.groupsRunTogetherWords(s.language(), s) ? ParagraphChecker.groupRunTogetherWords(shown)
                : shown;
    }

    /** The finding whose span covers exactly {@code word} at its first occurrence in {@code text}. */
    static Finding findingOn(List<Finding> findings, String text, String word) {
        int at = text.indexOf(word);
        assertTrue(at >= 0, "test text lacks " + word);
        return findings.stream().filter(f -> f.start() == at && f.end() == at + word.length()).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on '" + word + "' at " + at + ": " + findings));
    }

    @Test
    void englishTypoIsASpellingFindingOnTheWord() {
        String text = "The minister said the talks would resume next week in the capital, acording to officials.";
        List<Finding> findings = check(Language.ENGLISH, text);
        Finding f = findingOn(findings, text, "acording");
        assertEquals("spelling", f.kind());
        assertEquals("acording", f.text());
        assertEquals(7, f.unit());
        assertTrue(f.suggestions().contains("according"), f.suggestions().toString());
        assertTrue(f.suggestions().size() <= ParagraphChecker.MAX_SUGGESTIONS);
        assertTrue(f.ruleId().startsWith("MORFOLOGIK"), f.ruleId());
    }

    @Test
    void russianTypoSpanIsRight() {
        String text = "Министр заявил, что переговоры возобновятся на следующей недле в столице.";
        Finding f = findingOn(check(Language.RUSSIAN, text), text, "недле");
        assertEquals("spelling", f.kind());
        assertTrue(f.suggestions().contains("неделе"), f.suggestions().toString());
    }

    @Test
    void arabicTypoSpanIsRight() {
        String text = "قال الوزير إن المفاوضات مع الحكوكمة ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين.";
        Finding f = findingOn(check(Language.ARABIC, text), text, "الحكوكمة");
        assertEquals("spelling", f.kind());
        assertTrue(f.suggestions().contains("الحكومة"), f.suggestions().toString());
    }

    @Test
    void spansSkipZeroWidthJoinersBidiControlsAndEmoji() {
        // Emoji with a ZWJ sequence (surrogate pairs), an RLM and an isolate before the typo, a ZWNJ after it.
        String text = "Fans \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 cheered \u200F\u2067loudly\u2069 "
                + "as the tema\u200C won the final.";
        List<Finding> findings = check(Language.ENGLISH, text);
        // the span is the visible word; the ZWNJ after it stays outside
        Finding f = findingOn(findings, text, "tema");
        assertEquals("spelling", f.kind());
        assertFalse(findings.stream().anyMatch(x -> x.text().contains("loudly")), findings.toString());
        for (Finding x : findings) {
            assertEquals(text.substring(x.start(), x.end()), x.text());
            assertFalse(x.start() > 0 && Character.isLowSurrogate(text.charAt(x.start())), "span splits a pair");
        }
    }

    @Test
    void wordWithZeroWidthJoinerInsideIsNotFlaggedInRussian() {
        String text = "Министр зая\u200Dвил, что переговоры \u202Bвозобновятся\u202C на следующей недле.";
        List<Finding> findings = check(Language.RUSSIAN, text);
        assertFalse(findings.stream().anyMatch(f -> f.text().contains("зая")), findings.toString());
        findingOn(findings, text, "недле");
    }

    @Test
    void arabicWithBidiMarksAndLatinNamesFlagsOnlyTheArabicTypo() {
        String text = "\u200Fنقلت وكالة Reuters عن مسؤول في Gazprom أن الإمدادات ستستمر رغم \u200Dخلاف \uD83D\uDE00 مع الحكوكمة.";
        List<Finding> findings = check(Language.ARABIC, text);
        Finding f = findingOn(findings, text, "الحكوكمة");
        assertEquals(text.substring(f.start(), f.end()), f.text());
        assertFalse(findings.stream().anyMatch(x -> x.text().contains("Reuters") || x.text().contains("Gazprom")),
                findings.toString());
    }

    @Test
    void wrongScriptForTheColumnGivesOneNoteNotANoiseOfMisspellings() {
        String text = "This paragraph was pasted into the Russian column by mistake and is entirely English.";
        List<Finding> findings = check(Language.RUSSIAN, text);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("script", findings.get(0).kind());
        assertEquals(0, findings.get(0).start());
        assertEquals(text.length(), findings.get(0).end());
    }

    @Test
    void fiftyThousandCharacterParagraphNeitherCrashesNorHangsAndPlacesTheTypo() {
        StringBuilder sb = new StringBuilder();
        sb.append("x".repeat(47_000)).append(' ');
        String tail = "The council met on Monday and the vote was postponed untill spring.";
        while (sb.length() < 50_000 - tail.length() - 1) {
            sb.append("\u200D\uD83D\uDE00");
        }
        sb.append(' ').append(tail);
        String text = sb.toString();
        assertTrue(text.length() >= 49_900);
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(Language.ENGLISH, text));
        Finding f = findingOn(findings, text, "untill");
        assertEquals("untill", f.text());
    }

    @Test
    void chunksOfALongParagraphEndAtSentencesAndNeverSplitASurrogatePair() {
        String sentence = "Officials said the road would reopen soon. ";
        String text = sentence.repeat(200);
        int end = ParagraphChecker.chunkEnd(text, 0);
        assertTrue(end <= ParagraphChecker.MAX_CHUNK && end > ParagraphChecker.MAX_CHUNK / 2);
        assertEquals(0, end % sentence.length(), "cut after a sentence");
        String emoji = "\uD83D\uDE00".repeat(4000);
        int cut = ParagraphChecker.chunkEnd(emoji, 0);
        assertFalse(Character.isLowSurrogate(emoji.charAt(cut)));
    }

    @Test
    void unknownCapitalisedNameIsToleratedButATypoInACapitalisedWordIsNot() {
        String text = "Ambassador Quirrelbant met officials in Germnay on Tuesday.";
        List<Finding> tuned = check(Language.ENGLISH, text);
        assertFalse(tuned.stream().anyMatch(f -> f.text().equals("Quirrelbant")), tuned.toString());
        findingOn(tuned, text, "Germnay");
        List<Finding> raw = check(LanguageCheckSettings.languageToolDefaults(Language.ENGLISH), text);
        findingOn(raw, text, "Quirrelbant");
    }

    @Test
    void hyphenatedCompoundsOfKnownWordsAndAcronymsAreToleratedButATypoInAPartIsNot() {
        String text = "Делегация встретилась со странами-участниками, а затем со странами-учстниками в Аммане.";
        List<Finding> tuned = check(Language.RUSSIAN, text);
        assertFalse(tuned.stream().anyMatch(f -> f.text().equals("странами-участниками")), tuned.toString());
        assertTrue(tuned.stream().anyMatch(f -> f.text().contains("учстниками")), tuned.toString());
        List<Finding> raw = check(LanguageCheckSettings.languageToolDefaults(Language.RUSSIAN), text);
        assertTrue(raw.stream().anyMatch(f -> f.text().equals("странами-участниками")), raw.toString());

        String en = "Several AMs and MWPs attended.";
        assertFalse(check(Language.ENGLISH, en).stream().anyMatch(f -> f.text().equals("AMs") || f.text().equals("MWPs")));
        // at a sentence start too: the capitals of a plural acronym do not come from the sentence start
        String start = "The vote was close. AMs voted against the plan on Tuesday.";
        assertFalse(check(Language.ENGLISH, start).stream().anyMatch(f -> f.text().equals("AMs")));
    }

    @Test
    void russianCaseFormOfANameTheDictionaryHasInAnotherCaseIsTolerated() {
        String text = "Представитель Эрдогана прибыл в Анкару, а в Масвке его не ждали.";
        List<Finding> raw = check(LanguageCheckSettings.languageToolDefaults(Language.RUSSIAN), text);
        findingOn(raw, text, "Эрдогана");
        List<Finding> tuned = check(Language.RUSSIAN, text);
        assertFalse(tuned.stream().anyMatch(f -> f.text().equals("Эрдогана")), tuned.toString());
        findingOn(tuned, text, "Масвке");
    }

    @Test
    void aSlipOnAGlossaryNameIsFlaggedWithTheGlossaryForm() {
        String text = "The coordinator, Halvard Lindqvsit, spoke in Beirut.";
        List<Finding> without = check(Language.ENGLISH, text);
        assertFalse(without.stream().anyMatch(f -> f.text().startsWith("Lindq")), without.toString());
        List<Finding> with = check(LanguageCheckSettings.tuned(Language.ENGLISH), text,
                AcceptedTerms.of(List.of("Halvard Lindqvist")));
        Finding f = findingOn(with, text, "Lindqvsit");
        assertEquals(List.of("Lindqvist"), f.suggestions());
        assertEquals("spelling", f.kind());
        assertFalse(f.ruleId().startsWith(ParagraphChecker.UNKNOWN_NAME));
        assertFalse(with.stream().anyMatch(x -> x.text().equals("Halvard")), with.toString());
    }

    @Test
    void settingsSwitchRulesOffAndBackOn() {
        String text = "He said: \"the vote will take place tomorrow.";
        LanguageCheckSettings defaults = LanguageCheckSettings.languageToolDefaults(Language.ENGLISH);
        assertTrue(check(defaults, text).stream().anyMatch(f -> "EN_UNPAIRED_QUOTES".equals(f.ruleId())));
        LanguageCheckSettings off = defaults.withRule("EN_UNPAIRED_QUOTES", false);
        assertFalse(check(off, text).stream().anyMatch(f -> "EN_UNPAIRED_QUOTES".equals(f.ruleId())));
        assertTrue(check(defaults, text).stream().anyMatch(f -> "EN_UNPAIRED_QUOTES".equals(f.ruleId())));
    }

    @Test
    void britishVariantAcceptsBritishSpelling() {
        String text = "The organisation will analyse the colour of the flags.";
        LanguageCheckSettings us = LanguageCheckSettings.tuned(Language.ENGLISH).withVariant("en-US");
        assertTrue(check(us, text).stream().anyMatch(f -> f.kind().equals("spelling")));
        List<Finding> gb = check(us.withVariant("en-GB"), text);
        assertFalse(gb.stream().anyMatch(f -> f.kind().equals("spelling")), gb.toString());
    }
}
