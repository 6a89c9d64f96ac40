package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

class TermMatcherTest {

    static TermMatcher matcher;

    static Concept concept(String id, ConceptType type, Map<Language, List<Term>> terms) {
        return new Concept(id, type, "", terms);
    }

    @BeforeAll
    static void build() {
        Glossary g = new Glossary("test", List.of(
                concept("bogdanov", ConceptType.PERSON, Map.of(
                        Language.ENGLISH, List.of(Term.preferred("Mikhail Bogdanov")),
                        Language.RUSSIAN, List.of(Term.preferred("Михаил Богданов")),
                        Language.ARABIC, List.of(Term.preferred("ميخائيل بوغدانوف")))),
                concept("assad", ConceptType.PERSON, Map.of(
                        Language.ENGLISH, List.of(Term.preferred("Bashar al-Assad")),
                        Language.RUSSIAN, List.of(Term.preferred("Башар Асад")),
                        Language.ARABIC, List.of(Term.preferred("بشار الأسد")))),
                concept("un", ConceptType.ORGANISATION, Map.of(
                        Language.ENGLISH, List.of(Term.preferred("United Nations"),
                                new Term("UN", TermStatus.ADMITTED, false, false, true)),
                        Language.RUSSIAN, List.of(Term.preferred("Организация Объединённых Наций"),
                                new Term("ООН", TermStatus.ADMITTED, false, false, true)),
                        Language.ARABIC, List.of(Term.preferred("الأمم المتحدة")))),
                concept("unsc", ConceptType.ORGANISATION, Map.of(
                        Language.ENGLISH, List.of(Term.preferred("Security Council")),
                        Language.RUSSIAN, List.of(Term.preferred("Совет Безопасности"),
                                Term.of("Совбез", TermStatus.DEPRECATED)),
                        Language.ARABIC, List.of(Term.preferred("مجلس الأمن")))),
                concept("lavrov", ConceptType.PERSON, Map.of(
                        Language.RUSSIAN, List.of(Term.preferred("Лавров")))),
                concept("biden", ConceptType.PERSON, Map.of(
                        Language.RUSSIAN, List.of(Term.preferred("Байден")))),
                concept("who", ConceptType.ORGANISATION, Map.of(
                        Language.ENGLISH, List.of(Term.preferred("WHO"), Term.of("U.S.", TermStatus.ADMITTED)))),
                concept("egypt", ConceptType.PLACE, Map.of(
                        Language.RUSSIAN, List.of(Term.preferred("Египет")),
                        Language.ENGLISH, List.of(Term.preferred("Egypt"))))));
        matcher = TermMatcher.build(g);
    }

    static List<String> found(Language l, String text) {
        return matcher.find(l, text).stream()
                .map(m -> m.conceptId() + "=" + m.text() + (m.possible() ? "?" : "")).toList();
    }

    @Test
    void russianInflectedNamesAndPhrases() {
        assertEquals(List.of("bogdanov=Михаилом Богдановым"), found(Language.RUSSIAN, "встретился с Михаилом Богдановым."));
        assertEquals(List.of("bogdanov=Богданову"), found(Language.RUSSIAN, "Слово дали Богданову."));
        assertEquals(List.of("bogdanov=Богданова"), found(Language.RUSSIAN, "по словам Богданова,"));
        assertEquals(List.of("unsc=Совета Безопасности"), found(Language.RUSSIAN, "заседание Совета Безопасности"));
        assertEquals(List.of("un=Организации Объединенных Наций"),
                found(Language.RUSSIAN, "в Организации Объединенных Наций"));
        assertEquals(List.of("egypt=Египта"), found(Language.RUSSIAN, "из Египта"));
        assertEquals(List.of("biden=Байденом"), found(Language.RUSSIAN, "с Байденом"));
        assertEquals(List.of("lavrov=Лавровым"), found(Language.RUSSIAN, "с Лавровым"));
    }

    @Test
    void russianHardNegativesAndPossibleMatches() {
        assertEquals(List.of(), found(Language.RUSSIAN, "лавровый венок"));
        assertEquals(List.of(), found(Language.RUSSIAN, "Богдан пришёл"));
        assertEquals(List.of("bogdanov=Богдановой?"), found(Language.RUSSIAN, "с Богдановой"));
        assertEquals(List.of("assad=Асадов?"), found(Language.RUSSIAN, "Рустам Асадов сказал"));
        assertEquals(List.of("assad=Асада"), found(Language.RUSSIAN, "режим Асада"));
    }

    @Test
    void arabicCliticsAndSpellingVariants() {
        assertEquals(List.of("un=للأمم المتحدة"), found(Language.ARABIC, "قال الأمين العام للأمم المتحدة"));
        assertEquals(List.of("un=والامم المتحدة"), found(Language.ARABIC, "والامم المتحدة"));
        assertEquals(List.of("unsc=بمجلس الأمن"), found(Language.ARABIC, "اجتمع بمجلس الأمن"));
        assertEquals(List.of("assad=الأسد"), found(Language.ARABIC, "قال الأسد"));
        assertEquals(List.of(), found(Language.ARABIC, "قال الأسدي"));
        assertEquals(List.of("un=الأُمَم المتّحدة"), found(Language.ARABIC, "الأُمَم المتّحدة"));
        List<TermMatch> m = matcher.find(Language.ARABIC, "وللأمم المتحدة");
        assertEquals("ول", m.get(0).prefix());
    }

    @Test
    void englishPluralsPossessivesCaseAndAcronyms() {
        assertEquals(List.of("un=UN"), found(Language.ENGLISH, "the UN's envoy"));
        assertEquals(List.of(), found(Language.ENGLISH, "an un-American act"));
        assertEquals(List.of("bogdanov=Bogdanov"), found(Language.ENGLISH, "Bogdanov's visit"));
        assertEquals(List.of("unsc=Security Council"), found(Language.ENGLISH, "the Security Council's vote"));
        assertEquals(List.of("egypt=Egypt"), found(Language.ENGLISH, "Egypt"));
        assertEquals(List.of(), found(Language.ENGLISH, "egypt"));
        // all-capital terms match case-sensitively even when the glossary does not mark them as acronyms
        assertEquals(List.of("who=WHO"), found(Language.ENGLISH, "the WHO said who"));
        assertEquals(List.of("who=U.S"), found(Language.ENGLISH, "the U.S. and u s")); // the span ends with the last letter
        TermMatch full = matcher.find(Language.ENGLISH, "Mikhail Bogdanov").get(0);
        assertFalse(full.shortForm());
        assertEquals(0, full.start());
        assertEquals(16, full.end());
        assertTrue(matcher.find(Language.ENGLISH, "Bogdanov").get(0).shortForm());
    }

    @Test
    void aSurnameSharedByManyPeopleNamesNoOneAlone() {
        List<Concept> kims = new java.util.ArrayList<>();
        for (String first : List.of("Jong Un", "Yo Jong", "Jong Nam", "Dae Jung")) {
            kims.add(concept("kim-" + first, ConceptType.PERSON, Map.of(Language.ENGLISH,
                    List.of(Term.preferred(first + " Kimura")))));
        }
        kims.add(concept("lee", ConceptType.PERSON, Map.of(Language.ENGLISH, List.of(Term.preferred("Kai-Fu Leeson")))));
        TermMatcher m = TermMatcher.build(new Glossary("kims", kims));
        assertEquals(List.of(), m.find(Language.ENGLISH, "Kimura said"));
        assertEquals(1, m.find(Language.ENGLISH, "Leeson said").size());
        assertEquals("kim-Yo Jong", m.find(Language.ENGLISH, "Yo Jong Kimura said").get(0).conceptId());
    }

    @Test
    void aSurnameSharedByThreePeopleStillNamesThem() {
        List<Concept> three = new java.util.ArrayList<>();
        for (String first : List.of("Jong Un", "Yo Jong", "Jong Nam")) {
            three.add(concept("kim-" + first, ConceptType.PERSON, Map.of(Language.ENGLISH,
                    List.of(Term.preferred(first + " Kimura")))));
        }
        TermMatcher m = TermMatcher.build(new Glossary("three", three));
        // the limit is three people: up to it, the surname alone is each of them (the check sees who is meant)
        assertEquals(3, m.find(Language.ENGLISH, "Kimura said").size());
    }
}
