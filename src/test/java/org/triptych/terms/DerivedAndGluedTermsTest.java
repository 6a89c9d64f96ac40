package org.triptych.terms;

import static org.triptych.terms.TestConcepts.concept;
import static org.triptych.terms.TestConcepts.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Severity;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Places named by their derived words, terms inside Arabic written without spaces, and extra names a translator adds
 * for an English pronoun. Sentences written for Triptych.
 */
class DerivedAndGluedTermsTest {

    private static TranslationChecker checker;

    @BeforeAll
    static void glossary() {
        checker = new TranslationChecker(new Glossary("test", List.of(
                concept("indonesia", ConceptType.PLACE, "Indonesia", "إندونيسيا", "Индонезия"),
                concept("us", ConceptType.PLACE, "United States|US [acronym]", "الولايات المتحدة",
                        "США [acronym]|Соединённые Штаты"),
                concept("nk", ConceptType.PLACE, "North Korea", "كوريا الشمالية", "Северная Корея"),
                concept("london", ConceptType.PLACE, "London", "لندن", "Лондон"),
                concept("harlem", ConceptType.PLACE, "Harlem", "هارلم", "Гарлем"),
                concept("egypt", ConceptType.PLACE, "Egypt", "مصر", "Египет"),
                concept("india", ConceptType.PLACE, "India", "الهند", "Индия"),
                concept("qatar", ConceptType.PLACE, "Qatar", "قطر", "Катар"),
                concept("tyre", ConceptType.PLACE, "Tyre", "صور", "Тир"),
                concept("syria", ConceptType.PLACE, "Syria", "سوريا", "Сирия"),
                concept("oman", ConceptType.PLACE, "Oman", "عمان", "Оман"),
                concept("rome", ConceptType.PLACE, "Rome", "روما", "Рим"),
                concept("mali", ConceptType.PLACE, "Mali", "مالي", "Мали"),
                concept("dubai", ConceptType.PLACE, "Dubai", "دبي", "Дубай"),
                concept("england", ConceptType.PLACE, "England", "إنجلترا", "Англия"),
                concept("assad", ConceptType.PERSON, "Bashar al-Assad", "بشار الأسد", "Башар Асад"),
                concept("un", ConceptType.ORGANISATION, "United Nations", "الأمم المتحدة", "Организация Объединённых Наций"),
                concept("labour", ConceptType.ORGANISATION, "Labour Party", "حزب العمال",
                        "Лейбористская партия|лейборист [derived]"),
                concept("harvard", ConceptType.ORGANISATION, "Harvard University", "جامعة هارفارد",
                        "Гарвардский университет"),
                concept("geiger", ConceptType.PERSON, "Hans Geiger", "هانز غايغر", "Ганс Гейгер"),
                concept("lebanon", ConceptType.PLACE, "Lebanon", "لبنان", "Ливан"))));
    }

    private static List<Finding> alarms(Language l, String en, String tg) {
        return checker.check(l, List.of(AlignedUnit.line(0, en, tg)), false).stream()
                .filter(f -> !f.kind().equals("number") && f.severity() != Severity.INFO).toList();
    }

    private static List<String> concepts(Language l, String text) {
        return checker.matcher().find(l, text).stream().map(TermMatch::conceptId).toList();
    }

    @Test
    void aPlaceRenderedByItsAdjectiveOrItsPeopleIsRendered() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "US officials said so.", "Американские чиновники так сказали."));
        assertEquals(List.of(), alarms(Language.ARABIC, "US officials said so.", "قال ذلك المسؤولين الأمريكيين."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "It hit Indonesia.", "Удар пришёлся по индонезийскому городу."));
        assertEquals(List.of(), alarms(Language.ARABIC, "It hit Indonesia.", "ضرب مدينة بالو الإندونيسية."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "Shops in London closed.", "Лондонские магазины закрылись."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "Bars in Harlem closed.", "Гарлемских баров больше нет."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "Indonesia mourned.", "Индонезийцы скорбят."));
    }

    @Test
    void anEnglishAdjectiveIsSatisfiedByATargetNounAndTheOtherWayRound() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "The North Korean leader spoke.", "Выступил лидер Северной Кореи."));
        assertEquals(List.of(), alarms(Language.ARABIC, "The North Korean leader spoke.", "تحدث زعيم كوريا الشمالية."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "The leader of North Korea spoke.", "Выступил северокорейский лидер."));
        // the English adjective names the place: leaving it out is still missing
        List<Finding> fs = alarms(Language.RUSSIAN, "The Indonesian city was hit.", "Город пострадал.");
        assertEquals(List.of("missing"), fs.stream().map(Finding::kind).toList());
        assertEquals("indonesia", fs.get(0).concept());
        // and the target noun no longer makes an "extra" for an English adjective
        assertTrue(checker.check(Language.RUSSIAN, List.of(AlignedUnit.line(0, "The North Korean leader spoke.",
                "Выступил лидер Северной Кореи.")), false).isEmpty());
    }

    @Test
    void aDerivedWordIsNoRenderingOfAnotherRendering() {
        // using both the name and its adjective is not an inconsistency
        List<AlignedUnit> units = List.of(
                AlignedUnit.line(0, "US officials met.", "Встретились американские чиновники."),
                AlignedUnit.line(1, "The US agreed.", "США согласились."),
                AlignedUnit.line(2, "The US left.", "США ушли."));
        assertTrue(checker.check(Language.RUSSIAN, units, false).isEmpty());
        // derived forms are made for places only: a person's "Асадовский" is no rendering of Assad
        assertEquals(List.of("missing"), alarms(Language.RUSSIAN, "Assad spoke.", "Выступил асадовский министр.")
                .stream().map(Finding::kind).toList());
    }

    @Test
    void aRelatedFormTheGlossaryStatesNamesTheConcept() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "A Labour Party member said so.", "Один из лейбористов так сказал."));
        List<AlignedUnit> units = List.of(
                AlignedUnit.line(0, "The Labour Party met.", "Лейбористская партия собралась."),
                AlignedUnit.line(1, "A Labour Party member left.", "Лейборист ушёл."));
        assertTrue(checker.check(Language.RUSSIAN, units, false).isEmpty(), "a related form is no inconsistency");
    }

    @Test
    void anEnglishDemonymInsideANameIsTheName() {
        // Johnny English is a man; the English teacher is England's
        assertFalse(concepts(Language.ENGLISH, "Johnny English returns.").contains("england"));
        assertFalse(concepts(Language.ENGLISH, "We saw Johnny English yesterday.").contains("england"));
        assertTrue(concepts(Language.ENGLISH, "The English teacher returns.").contains("england"));
        assertTrue(concepts(Language.ENGLISH, "An Indonesian city.").contains("indonesia"));
    }

    @Test
    void aTermInsideArabicWithoutSpacesCountsWithANote() {
        List<Finding> fs = checker.check(Language.ARABIC, List.of(AlignedUnit.line(0,
                "Harvard University students take a course.", "طلابجامعةهارفارديتلقون دورة")), false);
        assertEquals(List.of("glued"), fs.stream().map(Finding::kind).toList());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals("جامعةهارفارد", fs.get(0).text());
        // ordinary text: a function word glued on, a multiword name glued, a word-final letter before the cut
        assertEquals(List.of(), alarms(Language.ARABIC, "He died in 1945, Geiger did.", "توفي هانز غايغرفي عام 1945"));
        assertEquals(List.of(), alarms(Language.ARABIC, "The United Nations met.", "اجتمعت فيالأمم المتحدة"));
        assertEquals(List.of(), alarms(Language.ARABIC, "Support for Lebanon.", "المساهمةبلبنان"));
        assertEquals(List.of(), alarms(Language.ARABIC, "From London.", "جاء منلندن"));
        // a name of two words needs no other evidence, even glued on both sides
        assertEquals(List.of(), alarms(Language.ARABIC, "Hans Geiger did it.", "قام الفيزيائيهانز غايغرقام"));
        // the article or an ending is not cut off a word as if it were glued (الشمالية is not ال + شمالية)
        assertEquals(List.of(), alarms(Language.ARABIC, "The North Korean leader.", "زعيم منكوريا الشمالية"));
        // and the note is not a finding the word was found by itself
        assertTrue(checker.check(Language.ARABIC, List.of(AlignedUnit.line(0, "From London.", "جاء من لندن")), false)
                .isEmpty());
    }

    /**
     * Real Arabic words that hold a term's letters, in ordinary text: none of them is the term (مصرف is a bank, not
     * Egypt; الهندسة engineering, not India; منصور a name, not Tyre).
     */
    @Test
    void realWordsHoldingATermsLettersAreNotTheTerm() {
        String[][] cases = {
                {"egypt", "افتتح مصرف جديد"}, {"egypt", "لقي مصرعه"}, {"egypt", "الخدمات المصرفية"},
                {"india", "كلية الهندسة"}, {"india", "المهندسين"}, {"qatar", "قطرة ماء"}, {"qatar", "مقطورة"},
                {"assad", "بشارة خير"}, {"assad", "استبشار"}, {"tyre", "قال منصور"}, {"tyre", "صورة"},
                {"tyre", "تصور"}, {"syria", "المدرسة السوريالية"}, {"oman", "عمانوئيل ماكرون"},
                {"rome", "رومانسية"}, {"mali", "وزارة المالية"}, {"mali", "سنة مالية"}, {"mali", "ماليزيا"},
                {"dubai", "الأدب والنقد الأدبي"}, {"lebanon", "لبنانيات"}, {"un", "امم"},
        };
        for (String[] c : cases) {
            List<TermMatch> ms = checker.matcher().find(Language.ARABIC, c[1]);
            assertFalse(ms.stream().anyMatch(m -> m.conceptId().equals(c[0]) && !m.derived()),
                    c[1] + " is not " + c[0] + ": " + ms);
        }
        // inside text that runs together throughout, an ending after the letters still tells a real word
        String run = "قالتالجامعةانكليةالهندسةستفتحمصرفاجديداللطلابفيالعامالمقبل";
        assertFalse(concepts(Language.ARABIC, run).contains("india"));
        assertFalse(concepts(Language.ARABIC, run).contains("egypt"));
    }

    @Test
    void aNameTheTargetAddsForAnEnglishPronounIsNoExtra() {
        List<AlignedUnit> units = List.of(
                AlignedUnit.line(0, "Assad spoke in London.", "Выступил Асад в Лондоне."),
                AlignedUnit.line(1, "He said the talks would go on.", "Асад сказал, что переговоры продолжатся."));
        assertTrue(checker.check(Language.RUSSIAN, units, false).isEmpty());
        // far from the last English mention it is still an extra (info)
        List<AlignedUnit> far = List.of(
                AlignedUnit.line(0, "Assad spoke.", "Выступил Асад."),
                AlignedUnit.line(1, "Talks began.", "Переговоры начались."),
                AlignedUnit.line(2, "They ended.", "Они закончились."),
                AlignedUnit.line(3, "He said so.", "Асад так сказал."));
        List<Finding> fs = checker.check(Language.RUSSIAN, far, false);
        assertEquals(List.of("extra"), fs.stream().map(Finding::kind).toList());
        assertEquals(Severity.INFO, fs.get(0).severity());
        // a translator's added adjective is no extra either
        assertTrue(checker.check(Language.RUSSIAN, List.of(AlignedUnit.line(0, "A farm in the state.",
                "Ферма в американском штате.")), false).isEmpty());
    }
}
