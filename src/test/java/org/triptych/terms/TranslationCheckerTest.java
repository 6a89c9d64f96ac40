package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triptych.io.glossary.GlossaryFiles;
import org.triptych.model.Finding;
import org.triptych.model.GlossaryLoad;
import org.triptych.model.Language;
import org.triptych.model.Severity;

class TranslationCheckerTest {

    static TranslationChecker checker;

    @BeforeAll
    static void load() throws Exception {
        GlossaryLoad g = GlossaryFiles.read(Path.of(TranslationCheckerTest.class.getResource("/terms/check-glossary.csv").toURI()));
        assertTrue(g.problems().isEmpty(), g.problems().toString());
        checker = new TranslationChecker(g.glossary());
    }

    static List<Finding> check(Language l, String en, String target) {
        return checker.check(l, List.of(AlignedUnit.line(0, en, target)), false);
    }

    static List<String> kinds(List<Finding> fs) {
        return fs.stream().map(f -> f.kind() + ":" + (f.concept() == null ? "" : f.concept())).toList();
    }

    @Test
    void correctRenderingsRaiseNothing() {
        assertEquals(List.of(), check(Language.RUSSIAN, "Mikhail Bogdanov met the Security Council in Damascus.",
                "Михаил Богданов встретился с членами Совета Безопасности в Дамаске."));
        assertEquals(List.of(), check(Language.ARABIC, "Bogdanov briefed the Security Council on the UN report.",
                "أطلع بوغدانوف مجلس الأمن على تقرير الأمم المتحدة."));
        assertEquals(List.of(), check(Language.RUSSIAN, "The UN said 2,254 people fled.",
                "ООН сообщила, что бежали 2254 человека."));
    }

    @Test
    void missingNameIsAnErrorWithTheExpectedTerm() {
        List<Finding> fs = check(Language.RUSSIAN, "Bogdanov arrived in Damascus.", "Богдан прибыл в Дамаск.");
        assertEquals(List.of("missing:bogdanov"), kinds(fs));
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0, f.start());
        assertEquals(List.of("Михаил Богданов"), f.suggestions());
    }

    @Test
    void aNameRenderedJustBeforeIsOnlyAWarningWhenLeftOut() {
        List<AlignedUnit> units = List.of(
                AlignedUnit.line(0, "Bogdanov arrived in Damascus.", "Богданов прибыл в Дамаск."),
                AlignedUnit.line(1, "Bogdanov said the talks went well.", "Он сказал, что переговоры прошли хорошо."),
                AlignedUnit.line(2, "Filler.", "Заполнение."),
                AlignedUnit.line(3, "Filler.", "Заполнение."),
                AlignedUnit.line(4, "Bogdanov left.", "Он уехал."));
        List<Finding> fs = checker.check(Language.RUSSIAN, units, false);
        assertEquals(List.of("missing:bogdanov", "missing:bogdanov"), kinds(fs));
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertEquals(Severity.ERROR, fs.get(1).severity());
    }

    @Test
    void deprecatedTermSuggestsThePreferredTermInTheSameCase() {
        String ru = "Заседание Совбеза прошло в Дамаске.";
        List<Finding> fs = check(Language.RUSSIAN, "The Security Council met in Damascus.", ru);
        assertEquals(List.of("deprecated:unsc"), kinds(fs));
        Finding f = fs.get(0);
        assertEquals("Совбеза", ru.substring(f.start(), f.end()));
        assertEquals("Совета Безопасности", f.suggestions().get(0));
        List<Finding> ar = check(Language.ARABIC, "Bogdanov spoke.", "وقال وبوجدانوف");
        assertEquals(List.of("deprecated:bogdanov"), kinds(ar));
        assertEquals("وميخائيل بوغدانوف", ar.get(0).suggestions().get(0));
    }

    @Test
    void forbiddenTermIsAnError() {
        List<Finding> fs = check(Language.ARABIC, "The United Nations said.", "قالت المنظمة الدولية");
        assertEquals(List.of("forbidden:un"), kinds(fs));
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(List.of("الأمم المتحدة"), fs.get(0).suggestions());
    }

    @Test
    void feminineFormOfAMaleSurnameIsOnlyPossible() {
        List<Finding> fs = check(Language.RUSSIAN, "Bogdanov spoke.", "Выступила Богданова Анна, с Богдановой.");
        // "Богданова" is also the genitive of Богданов: that counts as a rendering, so nothing is reported
        assertEquals(List.of(), fs);
        List<Finding> fem = check(Language.RUSSIAN, "Bogdanov spoke.", "С речью выступила Богдановой.");
        assertEquals(List.of("possible:bogdanov"), kinds(fem));
        assertEquals(Severity.WARNING, fem.get(0).severity());
    }

    @Test
    void inconsistentRenderingsAcrossTheDocument() {
        List<AlignedUnit> units = List.of(
                AlignedUnit.line(0, "The United Nations said.", "Организация Объединённых Наций заявила."),
                AlignedUnit.line(1, "The United Nations agreed.", "Организация Объединённых Наций согласилась."),
                AlignedUnit.line(2, "The United Nations left.", "Объединённые Нации ушли."),
                AlignedUnit.line(3, "The UN left.", "ООН ушла."));
        List<Finding> fs = checker.check(Language.RUSSIAN, units, false);
        assertEquals(List.of("inconsistent:un"), kinds(fs));
        assertEquals(2, fs.get(0).unit());
        assertEquals(List.of("Организация Объединённых Наций"), fs.get(0).suggestions());
    }

    @Test
    void aSingleDraftCanBeCheckedAsOneUnit() {
        List<Finding> fs = checker.checkUnit(Language.ARABIC, 7, "The Security Council met 3 times.",
                "اجتمع المجلس 4 مرات.");
        assertEquals(List.of("missing:unsc", "number:"), kinds(fs));
        assertEquals(7, fs.get(0).unit());
    }

    @Test
    void extraConceptIsInfo() {
        List<Finding> fs = check(Language.RUSSIAN, "He said so.", "Кремль так сказал.");
        assertEquals(List.of("extra:kremlin"), kinds(fs));
        assertEquals(Severity.INFO, fs.get(0).severity());
    }

    @Test
    void numbersCompareAcrossScriptsSeparatorsAndScales() {
        assertEquals(List.of(), check(Language.ARABIC, "2,254 people and 3.5 million dollars at 2:30 p.m.",
                "٢٬٢٥٤ شخصا و3.5 مليون دولار في الساعة 14:30"));
        assertEquals(List.of(), check(Language.RUSSIAN, "1.5 billion, 12,000 troops, five ships",
                "1,5 млрд, 12 000 военных, 5 кораблей"));
        List<Finding> fs = check(Language.RUSSIAN, "2,254 people", "2255 человек");
        assertEquals(List.of("number:"), kinds(fs));
        assertEquals("2255", fs.get(0).text());
        assertEquals(List.of("2,254"), fs.get(0).suggestions());
        assertEquals(List.of("number:"), kinds(check(Language.ARABIC, "In 2019, 40 died.", "في 2019 مات")));
        assertEquals(List.of(), check(Language.RUSSIAN, "three people", "3 человека"));
    }

    @Test
    void versionComparisonFindsOmissionAdditionAndShortening() {
        String en = "The minister said the talks would continue next week despite the objections raised by several delegations.";
        List<AlignedUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(new AlignedUnit(i, List.of(i), List.of(i), en,
                    "Министр заявил, что переговоры продолжатся на следующей неделе, несмотря на возражения делегаций."));
        }
        units.add(new AlignedUnit(5, List.of(5), List.of(5), en, "Министр заявил."));
        units.add(new AlignedUnit(6, List.of(6), List.of(), en, ""));
        units.add(new AlignedUnit(6, List.of(), List.of(6), "", "Добавлено от редакции."));
        List<Finding> fs = checker.check(Language.RUSSIAN, units, true);
        assertEquals(List.of("shortened:", "addition:", "omission:"), kinds(fs)); // same unit: by kind
        List<Finding> lines = checker.check(Language.RUSSIAN, units, false);
        assertEquals(List.of("omission:"), kinds(lines));
    }
}
