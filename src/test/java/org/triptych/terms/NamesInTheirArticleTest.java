package org.triptych.terms;

import static org.triptych.terms.TestConcepts.concept;
import static org.triptych.terms.TestConcepts.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * What an English word names depends on the article around it: a word that is also a place's adjective, a name two
 * concepts share. Articles written for Triptych; the people in them are invented.
 */
class NamesInTheirArticleTest {

    private static TranslationChecker checker;

    @BeforeAll
    static void glossary() {
        checker = new TranslationChecker(new Glossary("test", List.of(
                concept("us", ConceptType.PLACE, "United States", "الولايات المتحدة", "США"),
                concept("dana-whitlock", ConceptType.PERSON, "Dana Whitlock", "دانا ويتلوك", "Дана Уитлок"),
                concept("carl-rook", ConceptType.PERSON, "Carl Rook", "كارل روك", "Карл Рук"),
                concept("england", ConceptType.PLACE, "England", "إنجلترا", "Англия"),
                concept("georgia-state", ConceptType.PLACE, "Georgia|Peach State", "ولاية جورجيا", "Джорджия"),
                concept("georgia-country", ConceptType.PLACE, "Georgia", "جورجيا", "Грузия"))));
    }

    private static List<Finding> alarms(Language l, List<AlignedUnit> units) {
        return checker.check(l, units, false).stream()
                .filter(f -> !f.kind().equals("number") && f.severity() != Severity.INFO).toList();
    }

    private static List<String> kinds(List<Finding> fs) {
        return fs.stream().map(f -> f.kind() + " " + f.concept() + " " + f.unit()).toList();
    }

    @Test
    void aPlaceAdjectiveTheArticleWritesAsAPersonsNameIsThatPerson() {
        List<AlignedUnit> film = List.of(
                AlignedUnit.line(0, "Johnny English is back in cinemas this week.",
                        "Джонни Инглиш вернулся на экраны на этой неделе."),
                AlignedUnit.line(1, "English is sent to a school to teach spying.",
                        "Инглиша отправляют в школу преподавать шпионаж."));
        assertEquals(List.of(), kinds(alarms(Language.ARABIC, List.of(
                AlignedUnit.line(0, film.get(0).english(), "عاد جوني إنجليش إلى دور السينما هذا الأسبوع."),
                AlignedUnit.line(1, film.get(1).english(), "يتم إرسال إنجليش إلى مدرسة لتعليم التجسس.")))));
        assertEquals(List.of(), kinds(alarms(Language.RUSSIAN, film)));
        // an article with no such name: the adjective names England, and leaving it out is missing
        List<AlignedUnit> cricket = List.of(
                AlignedUnit.line(0, "The team flew home on Monday.", "Команда вылетела домой в понедельник."),
                AlignedUnit.line(1, "English fans sang at the airport.", "Болельщики пели в аэропорту."));
        assertEquals(List.of("missing england 1"), kinds(alarms(Language.RUSSIAN, cricket)));
        // an adjective inside a longer name (Native American tribes) is no person's name
        List<AlignedUnit> tribes = List.of(
                AlignedUnit.line(0, "Leaders of several Native American tribes met in the city on Tuesday.",
                        "Вожди нескольких племён коренных американцев собрались в городе во вторник."),
                AlignedUnit.line(1, "American officials did not attend.", "Чиновники не пришли."));
        assertEquals(List.of("missing us 1"), kinds(alarms(Language.RUSSIAN, tribes)));
        // nor a word inside a longer name (the Center for a New American Security)
        List<AlignedUnit> center = List.of(
                AlignedUnit.line(0, "A researcher at the Center for a New American Security spoke.",
                        "Выступил исследователь Центра новой американской безопасности."),
                AlignedUnit.line(1, "American officials did not attend.", "Чиновники не пришли."));
        assertEquals(List.of("missing us 1"), kinds(alarms(Language.RUSSIAN, center)));
        // nor is a word after another in a headline written in title case
        List<AlignedUnit> headline = List.of(
                AlignedUnit.line(0, "Stunning English Victory Shocks Critics", "Ошеломляющая победа англичан"),
                AlignedUnit.line(1, "English fans sang at the airport.", "Болельщики пели в аэропорту."));
        assertEquals(List.of("missing england 1"), kinds(alarms(Language.RUSSIAN, headline)));
    }

    @Test
    void aSurnameJoinedToAnotherNameIsThatNameInAnArticleThatNeverNamesTheGlossaryPerson() {
        // Emma Whitlock is someone else, Whitlock Street a street, the School of Rook a school
        for (String en : List.of("On Friday, Emma Whitlock opened the gallery.",
                "The gallery on Whitlock Street opened on Friday.", "The School of Rook opened a gallery on Friday.")) {
            List<AlignedUnit> units = List.of(
                    AlignedUnit.line(0, en, "Галерея открылась в пятницу."),
                    AlignedUnit.line(1, "Visitors queued.", "Посетители стояли в очереди."));
            assertEquals(List.of(), kinds(alarms(Language.RUSSIAN, units)), en);
        }
        // after a title the surname is the person's, and where the article names her in full it is hers everywhere
        List<AlignedUnit> director = List.of(
                AlignedUnit.line(0, "On Friday, Director Whitlock opened the gallery.", "Галерея открылась в пятницу."),
                AlignedUnit.line(1, "Visitors queued.", "Посетители стояли в очереди."));
        assertEquals(List.of("missing dana-whitlock 0"), kinds(alarms(Language.RUSSIAN, director)));
        List<AlignedUnit> hers = List.of(
                AlignedUnit.line(0, "Dana Whitlock opened the gallery.", "Дана Уитлок открыла галерею."),
                AlignedUnit.line(1, "Whitlock Street was closed for it.", "Улицу перекрыли."));
        assertEquals(List.of("missing dana-whitlock 1"), kinds(alarms(Language.RUSSIAN, hers)));
        // a surname alone with nothing joined to it still asks for a rendering
        List<AlignedUnit> alone = List.of(
                AlignedUnit.line(0, "On Friday Whitlock opened the gallery.", "Галерея открылась в пятницу."),
                AlignedUnit.line(1, "Visitors queued.", "Посетители стояли в очереди."));
        assertEquals(List.of("missing dana-whitlock 0"), kinds(alarms(Language.RUSSIAN, alone)));
    }

    @Test
    void aNameTwoConceptsShareIsRenderedByEitherOfThem() {
        List<AlignedUnit> units = List.of(AlignedUnit.line(0, "Voters in Georgia queued for hours.",
                "Избиратели в Джорджии часами стояли в очередях."));
        assertEquals(List.of(), kinds(alarms(Language.RUSSIAN, units)));
        assertEquals(List.of("missing georgia-state 0", "missing georgia-country 0"), kinds(alarms(Language.RUSSIAN,
                List.of(AlignedUnit.line(0, "Voters in Georgia queued.", "Избиратели стояли в очередях.")))));
        // a rendering that stands for the other concept's own mention (the Peach State) does not answer for this one
        assertEquals(List.of("missing georgia-country 0"), kinds(alarms(Language.RUSSIAN, List.of(AlignedUnit.line(0,
                "The Peach State welcomed the president of Georgia.", "Джорджия встретила президента.")))));
    }

    @Test
    void aSurnameSeveralPeopleShareIsOneMissingFindingNotOneForEach() {
        // three Vanns in the glossary; "Lt Col Vann" alone, the Arabic renders no name: one mention, one finding
        TranslationChecker vanns = new TranslationChecker(new Glossary("vanns", List.of(
                concept("bernard-vann", ConceptType.PERSON, "Bernard Vann", "برنارد فان", "Бернард Ванн"),
                concept("james-vann", ConceptType.PERSON, "James Vann", "جيمس فان", "Джеймс Ванн"),
                concept("michael-vann", ConceptType.PERSON, "Michael Vann", "مايكل فان", "Майкл Ванн"))));
        List<AlignedUnit> units = List.of(AlignedUnit.line(0, "Lt Col Vann was killed by a sniper in October.",
                "قتل الضابط برصاص قناص في أكتوبر."));
        List<Finding> missing = vanns.check(Language.ARABIC, units, false).stream()
                .filter(f -> f.kind().equals("missing")).toList();
        assertEquals(1, missing.size(), kinds(missing).toString());
        // a full name is its own mention: each missing one is reported
        List<AlignedUnit> full = List.of(AlignedUnit.line(0, "Bernard Vann and James Vann served together.",
                "خدم الرجلان معا."));
        assertEquals(2, vanns.check(Language.ARABIC, full, false).stream().filter(f -> f.kind().equals("missing")).count());
    }
}
