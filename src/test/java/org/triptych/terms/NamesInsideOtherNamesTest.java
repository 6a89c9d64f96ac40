package org.triptych.terms;

import static org.triptych.terms.TestConcepts.concept;
import static org.triptych.terms.TestConcepts.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A name rendered inside another name: inside a longer term of the version (Министерство обороны США), or inside a
 * name the version keeps in English letters (сообщает West Virginia Metro News). Sentences written for Triptych; the
 * people are invented.
 */
class NamesInsideOtherNamesTest {

    private static TranslationChecker checker;

    @BeforeAll
    static void glossary() {
        checker = new TranslationChecker(new Glossary("test", List.of(
                concept("us", ConceptType.PLACE, "United States|US|U.S.", "الولايات المتحدة", "США|Соединённые Штаты"),
                concept("uk", ConceptType.PLACE, "United Kingdom|UK|Britain", "المملكة المتحدة|بريطانيا",
                        "Великобритания|Соединённое Королевство"),
                concept("brexit", ConceptType.EVENT, "Brexit", "خروج بريطانيا من الاتحاد الأوروبي", "выход Великобритании из ЕС"),
                concept("pentagon", ConceptType.ORGANISATION, "Defense Department", "وزارة الدفاع الأمريكية",
                        "Министерство обороны США"),
                concept("west-virginia", ConceptType.PLACE, "West Virginia", "فرجينيا الغربية", "Западная Вирджиния"),
                concept("abc", ConceptType.ORGANISATION, "ABC News|ABC", "ABC News", "ABC News"),
                concept("bernard-quell", ConceptType.PERSON, "Bernard Quell", "برنارد كويل", "Бернард Квелл"),
                concept("michael-quell", ConceptType.PERSON, "Michael Quell", "مايكل كويل", "Майкл Квелл"),
                concept("james-quell", ConceptType.PERSON, "James Quell", "جيمس كويل", "Джеймс Квелл"))));
    }

    private static List<String> alarms(Language l, String en, String tg) {
        return checker.check(l, List.of(AlignedUnit.line(0, en, tg)), false).stream()
                .filter(f -> !f.kind().equals("number") && f.severity() != Severity.INFO)
                .map(f -> f.kind() + " " + f.concept()).toList();
    }

    @Test
    void aNameInsideALongerTermOfTheVersionIsRenderedWhereTheEnglishWritesThemTogether() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "The U.S. Defense Department opened a centre.",
                "Министерство обороны США открыло центр."));
        assertEquals(List.of(), alarms(Language.ARABIC, "The U.S. Defense Department opened a centre.",
                "افتتحت وزارة الدفاع الأمريكية مركزًا."));
        // a mention of its own needs a rendering of its own
        assertEquals(List.of("missing us"), alarms(Language.RUSSIAN,
                "The Defense Department said the US would stay.", "Министерство обороны США заявило, что страна останется."));
        // a surname three people share, written once for all of them, is not the name beside the first name: the
        // mention of its own is reported, once (not once for each person who might bear it)
        List<String> quell = alarms(Language.RUSSIAN,
                "Bernard Quell won the award. Quell was killed four days later.", "Бернард Квелл получил награду.");
        assertEquals(1, quell.size(), quell.toString());
        assertTrue(quell.get(0).equals("missing michael-quell") || quell.get(0).equals("missing james-quell"),
                quell.toString());
    }

    @Test
    void aTermHoldingAnotherConceptsNameMayHoldItsOtherNames() {
        assertEquals(List.of(), alarms(Language.ARABIC, "A good Brexit is possible, he said.",
                "قال إن خروج المملكة المتحدة من الاتحاد الأوروبي بشكل جيد ممكن."));
        assertEquals(List.of(), alarms(Language.ARABIC, "They fear Brexit.", "يخشون لخروج المملكة المتحدة من الاتحاد الأوروبي."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "They fear Brexit.", "Они боятся выхода Соединённого Королевства из ЕС."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "The Defense Department opened a centre.",
                "Министерство обороны Соединённых Штатов открыло центр."));
        // another name of a concept the term does not hold is no form of it
        assertEquals(List.of("missing brexit"), alarms(Language.ARABIC, "They fear Brexit.",
                "يخشون خروج الولايات المتحدة من الاتحاد الأوروبي."));
    }

    @Test
    void aNameTheVersionKeepsInEnglishLettersIsRendered() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "It was reported by the West Virginia Metro News.",
                "Об этом сообщает West Virginia Metro News."));
        assertEquals(List.of(), alarms(Language.ARABIC, "It was reported by the West Virginia Metro News.",
                "وفقًا لشبكة West Virginia Metro News."));
        // in brackets it glosses a translation that must stand beside it
        assertEquals(List.of("missing west-virginia"), alarms(Language.RUSSIAN,
                "It was reported by the West Virginia Metro News.", "Об этом сообщает газета (англ. West Virginia Metro News)."));
        // where the glossary's form for the version is itself in Latin letters, that form is the rendering
        assertEquals(List.of("missing abc"), alarms(Language.RUSSIAN, "ABC News reported it.", "Об этом сообщает ABC Nwes."));
    }
}
