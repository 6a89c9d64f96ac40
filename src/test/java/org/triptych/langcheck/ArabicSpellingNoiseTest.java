package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.text.ArabicLetterNames;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.triptych.model.Finding;
import org.triptych.model.Language;
import org.triptych.model.Severity;

/**
 * What Hunspell's Arabic dictionary flags on correct text and the tuned settings leave out: acronyms spelled out
 * letter by letter, a two-word span the speller re-cut around one unknown word, words glued to the next by a lost
 * space. Our own sentences, checked by the real LanguageTool where it matters.
 */
class ArabicSpellingNoiseTest {

    private static final LanguageCheckSettings DEFAULTS = LanguageCheckSettings.languageToolDefaults(Language.ARABIC);

    @Test
    void latinLetterNamesOfAnAcronymAreWords() {
        // "The company bought a new SUV."
        String text = "اشترت الشركة سيارة إس يو في جديدة.";
        List<Finding> defaults = ParagraphCheckerTest.check(DEFAULTS, text);
        assertTrue(defaults.stream().anyMatch(f -> f.text().equals("إس")), defaults.toString());
        assertEquals(List.of(), ParagraphCheckerTest.check(Language.ARABIC, text));
        assertTrue(ArabicLetterNames.isLetterName("اتش"), "hamza seat folded");
        assertFalse(ArabicLetterNames.isLetterName("سيارة"));
    }

    @Test
    void aSpanReCutAroundOneUnknownWordIsNarrowedToThatWord() {
        // "A rap singer sang a new song yesterday": the speller flags "مغني الراب" and proposes "مغنيا لراب"
        String text = "غنى مغني الراب أغنية جديدة.";
        List<Finding> defaults = ParagraphCheckerTest.check(DEFAULTS, text);
        assertTrue(defaults.stream().anyMatch(f -> f.text().equals("مغني الراب")), defaults.toString());
        List<Finding> tuned = ParagraphCheckerTest.check(Language.ARABIC, text);
        for (Finding f : tuned) {
            assertFalse(f.text().equals("مغني الراب"), tuned.toString());
        }
        // and, narrowed, it is judged as a one-word finding: a word the other versions write, and the version
        // writes again, is no typo (written once, the swap الربا among its suggestions keeps it)
        LanguageCheckSettings s = LanguageCheckSettings.tuned(Language.ARABIC);
        List<Finding> raw = ParagraphChecker.forVariant(Language.ARABIC, s.variant()).check(text, 0, s, () -> false);
        NameEvidence rap = (language, paragraph, word) -> word.equals("الراب");
        assertEquals(List.of(), ParagraphChecker.filter(raw, AcceptedTerms.none(), rap,
                VersionWords.of(List.of(text, "الراب فن شعبي.")), false, true));
        assertEquals(1, ParagraphChecker.filter(raw, AcceptedTerms.none(), rap, VersionWords.of(List.of(text)),
                false, true).size());
    }

    @Test
    void anUnknownNameStartingAnArabicSentenceIsTreatedAsAnywhereElse() {
        // Arabic has no capitals, so a sentence start says nothing either way (a made-up name, no word one edit away)
        String text = "كرونيداستوف وصل إلى المدينة.";
        assertTrue(ParagraphCheckerTest.check(DEFAULTS, text).stream().anyMatch(f -> f.text().equals("كرونيداستوف")));
        assertEquals(List.of(), ParagraphCheckerTest.check(Language.ARABIC, text));
    }

    @Test
    void theServiceLetsAVersionsRecurringSpellingStandWithoutOtherVersions() {
        // no NameEvidence given: the version's own words still tell a recurring spelling (English: one the speller
        // can only split) from a single slip
        try (LanguageCheckService service = new LanguageCheckService()) {
            List<String> twice = List.of("A gorsebush caught fire near the road.", "The gorsebush burned for hours.");
            assertTrue(service.checkAll(Language.ENGLISH, twice).stream().noneMatch(f -> f.text().equals("gorsebush")));
            List<String> once = List.of("A gorsebush caught fire near the road.", "The fire burned for hours.");
            assertTrue(service.checkAll(Language.ENGLISH, once).stream().anyMatch(f -> f.text().equals("gorsebush")));
        }
    }

    private static Finding glued(String word, String split, int at) {
        return new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, at, at + word.length(), word, null,
                "Possible spelling mistake", List.of(split, "other"), "HUNSPELL_RULE_AR");
    }

    @Test
    void twoWordsGluedToTheNextInOneParagraphGiveOneNote() {
        Finding a = glued("الطلابفي", "الطلاب في", 0);
        Finding b = glued("النومعلى", "النوم على", 20);
        Finding typo = new Finding("spelling", Severity.WARNING, Language.ARABIC, 0, 40, 45, "كاتب", null, "x",
                List.of("كتاب"), "HUNSPELL_RULE_AR");
        List<Finding> out = ParagraphChecker.groupRunTogetherWords(List.of(a, typo, b));
        assertEquals(2, out.size(), out.toString());
        Finding note = out.get(0);
        assertEquals(ParagraphChecker.RUN_TOGETHER, note.ruleId());
        assertEquals(Severity.INFO, note.severity());
        assertEquals(0, note.start());
        assertTrue(note.message().contains("الطلاب في") && note.message().contains("النوم على"), note.message());
        assertEquals(typo, out.get(1));
        // one alone is a space the writer left out: a spelling finding as before
        assertEquals(List.of(a, typo), ParagraphChecker.groupRunTogetherWords(List.of(a, typo)));
        // a split into a one-letter word is no lost space (Arabic attaches و ب ل ك ف)
        Finding oneLetter = glued("وكتاب", "و كتاب", 50);
        assertEquals(List.of(a, oneLetter), ParagraphChecker.groupRunTogetherWords(List.of(a, oneLetter)));
    }

    private static Finding glued(String word, String split, int unit, int at) {
        return new Finding("spelling", Severity.WARNING, Language.ARABIC, unit, at, at + word.length(), word, null,
                "Possible spelling mistake", List.of(split, "other"), "HUNSPELL_RULE_AR");
    }

    @Test
    void wordsGluedToTheNextInSeveralParagraphsOfAVersionGiveOneNoteNamingThem() {
        Finding a = glued("الطلابفي", "الطلاب في", 0, 4);
        Finding b = glued("النومعلى", "النوم على", 2, 10);
        Finding typo = new Finding("spelling", Severity.WARNING, Language.ARABIC, 1, 40, 45, "كاتب", null, "x",
                List.of("كتاب"), "HUNSPELL_RULE_AR");
        List<List<Finding>> out = ParagraphChecker.groupRunTogetherAcrossUnits(
                java.util.Arrays.asList(List.of(a), List.of(typo), List.of(b), null), VersionWords.NONE);
        assertEquals(1, out.get(0).size());
        Finding note = out.get(0).get(0);
        assertEquals(ParagraphChecker.RUN_TOGETHER, note.ruleId());
        assertEquals(Severity.INFO, note.severity());
        assertEquals(4, note.start());
        assertTrue(note.message().contains("paragraph 1: الطلاب في") && note.message().contains("paragraph 3: النوم على"),
                note.message());
        assertEquals(List.of(typo), out.get(1));
        assertEquals(List.of(), out.get(2), "the second is named in the note");
        assertEquals(null, out.get(3), "a paragraph not checked yet stays so");
        // one in the whole version is a space the writer left out: a spelling finding as before
        List<List<Finding>> alone = java.util.Arrays.asList(List.of(a), List.of(typo));
        assertEquals(alone, ParagraphChecker.groupRunTogetherAcrossUnits(alone, VersionWords.NONE));
    }

    @Test
    void aSlipOnAWordTheVersionWritesIsNoLostSpaceThoughTheSpellerCutsItInTwo() {
        // ماروكني is ماركوني (written elsewhere in the version) with two letters swapped; the speller's first proposal
        // happens to cut it in two
        Finding slip = glued("ماروكني", "مارو كني", 1, 0);
        Finding a = glued("الطلابفي", "الطلاب في", 0, 4);
        VersionWords words = VersionWords.of(List.of("تحدث ماركوني إلى الطلاب.", "ماروكني"));
        List<List<Finding>> out = ParagraphChecker.groupRunTogetherAcrossUnits(
                java.util.Arrays.asList(List.of(a), List.of(slip)), words);
        assertEquals(List.of(a), out.get(0), "one lost space left in the version: a spelling finding");
        assertEquals(List.of(slip), out.get(1));
        assertTrue(words.writesASwapOf("وماروكني"), "with a proclitic too");
        assertFalse(words.writesASwapOf("الطلابفي"));
    }

    @Test
    void aSessionGroupsTheWordsItsParagraphsRunTogether() {
        // two paragraphs, each with one word glued to the next; and a version with only one
        List<String> two = List.of("ذهب الطلاب إلى المدرسةفي الصباح.", "نام الطفل بعد الظهر ثم استيقظ وذهبإلى السوق.");
        List<String> one = List.of("ذهب الطلاب إلى المدرسةفي الصباح.", "نام الطفل بعد الظهر ثم استيقظ وذهب إلى السوق.");
        try (LanguageCheckService service = new LanguageCheckService()) {
            List<Finding> grouped = service.checkAll(Language.ARABIC, two);
            List<Finding> notes = grouped.stream().filter(f -> ParagraphChecker.RUN_TOGETHER.equals(f.ruleId())).toList();
            assertEquals(1, notes.size(), grouped.toString());
            assertEquals(0, notes.get(0).unit());
            assertTrue(notes.get(0).message().contains("paragraph 2"), notes.get(0).message());
            assertTrue(grouped.stream().noneMatch(f -> f.unit() == 1 && f.text().equals("وذهبإلى")), grouped.toString());
            List<Finding> single = service.checkAll(Language.ARABIC, one);
            assertTrue(single.stream().anyMatch(f -> f.kind().equals("spelling") && f.text().equals("المدرسةفي")),
                    single.toString());
            assertTrue(single.stream().noneMatch(f -> ParagraphChecker.RUN_TOGETHER.equals(f.ruleId())));
        }
    }

    @Test
    void aUnitAlreadyReportedIsReportedAgainWhenALaterUnitGroupsItsGluedWord() {
        List<String> two = List.of("ذهب الطلاب إلى المدرسةفي الصباح.", "نام الطفل بعد الظهر ثم استيقظ وذهبإلى السوق.");
        java.util.Map<Integer, List<Finding>> last = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.List<Integer> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (LanguageCheckService service = new LanguageCheckService()) {
            // unit 0 on screen: it is checked and reported first, alone with its glued word
            CheckSession session = service.open(Language.ARABIC, two, 0, 1, (s, unit, findings) -> {
                order.add(unit);
                last.put(unit, findings);
            });
            session.whenDone().join();
        }
        assertEquals(List.of(0, 1, 0), order, "unit 0 reported, then unit 1, then unit 0 again");
        assertTrue(last.get(0).stream().anyMatch(f -> ParagraphChecker.RUN_TOGETHER.equals(f.ruleId())), last.toString());
        assertTrue(last.get(1).stream().noneMatch(f -> f.text().equals("وذهبإلى")), last.toString());
    }

    @Test
    void theNounOfOneInstanceOfAKnownVerbalNounIsAWord() {
        // "The player made a fine pass, then a shot; the coach wrote a tweet about it." تمريرة, تسديدة, تغريدة: the
        // dictionary knows تمرير, تسديد, تغريد
        String text = "قدم اللاعب تمريرة رائعة ثم سدد تسديدة قوية، وكتب المدرب تغريدة عنها.";
        List<Finding> defaults = ParagraphCheckerTest.check(DEFAULTS, text);
        assertTrue(defaults.stream().anyMatch(f -> f.text().equals("تمريرة")), defaults.toString());
        List<Finding> tuned = ParagraphCheckerTest.check(Language.ARABIC, text);
        assertTrue(tuned.stream().noneMatch(f -> f.kind().equals("spelling")), tuned.toString());
        SpellingCheckRule speller = arabicSpeller();
        assertTrue(ArabicInstanceNouns.isInstanceNoun("لتغريدة", speller), "with a proclitic");
        assertTrue(ArabicInstanceNouns.isInstanceNoun("والتسديدة", speller), "with the article");
        // only that pattern: a slip that ends in ة after a known word stays (المنقطة for المنطقة; المنقط is a word)
        assertFalse(ArabicInstanceNouns.isInstanceNoun("المنقطة", speller));
        assertFalse(ArabicInstanceNouns.hasPattern("تمريره"), "ه is no ta marbuta");
        assertFalse(ArabicInstanceNouns.hasPattern("توقيعة"), "a long vowel is no root letter");
        // the verbal noun must be a word: a slip inside the pattern (تمرييرة) is no instance noun
        assertFalse(ArabicInstanceNouns.isInstanceNoun("ترميرة", speller));
    }

    private static SpellingCheckRule arabicSpeller() {
        LanguageCheckSettings s = LanguageCheckSettings.tuned(Language.ARABIC);
        for (org.languagetool.rules.Rule r : ParagraphChecker.forVariant(Language.ARABIC, s.variant()).tool().getAllRules()) {
            if (r instanceof SpellingCheckRule speller) {
                return speller;
            }
        }
        throw new AssertionError("no Arabic speller");
    }
}
