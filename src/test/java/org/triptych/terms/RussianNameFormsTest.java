package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Foreign names in Russian cases the dictionary and the stemmer misread. Sentences written for Triptych. */
class RussianNameFormsTest {

    private static TermMatcher matcher;

    private static Concept person(String id, String en, String ru) {
        return new Concept(id, ConceptType.PERSON, "", Map.of(
                Language.ENGLISH, List.of(new Term(en, TermStatus.PREFERRED, false, false, false)),
                Language.RUSSIAN, List.of(new Term(ru, TermStatus.PREFERRED, false, false, false))));
    }

    @BeforeAll
    static void glossary() {
        matcher = TermMatcher.build(new Glossary("test", List.of(
                person("spit", "Dan Speet", "Дэн Спит"),
                new Concept("uae", ConceptType.PLACE, "", Map.of(
                        Language.ENGLISH, List.of(new Term("United Arab Emirates", TermStatus.PREFERRED, false, false, false)),
                        Language.RUSSIAN, List.of(new Term("Объединённые Арабские Эмираты", TermStatus.PREFERRED, false,
                                false, false)))),
                person("gilroy", "Ann Gilroy", "Энн Гилрой"))));
    }

    private static List<String> found(String text) {
        return matcher.find(Language.RUSSIAN, text).stream().map(m -> m.conceptId() + " " + m.text()).toList();
    }

    @Test
    void aNameSpelledLikeAVerbFormIsReadAsAName() {
        // спит is a form of спать: keyed by the verb, Спитом and Спита would never meet the name
        assertEquals(List.of("spit Дэном Спитом"), found("Очки заработаны Дэном Спитом"));
        assertEquals(List.of("spit Дэна Спита"), found("Два очка у Дэна Спита"));
        assertEquals(List.of("spit Спитом"), found("Вместе со Спитом"));
        assertEquals(List.of(), found("Вчера ребёнок спит"));
        // a participle is a word of a name (Объединённые: of объединить) and keeps its dictionary reading
        assertEquals(List.of("uae Объединённых Арабских Эмиратах"), found("в Объединённых Арабских Эмиратах"));
    }

    @Test
    void aNameInOyDeclinesLikeANounInJ() {
        assertEquals(List.of("gilroy Энн Гилрой"), found("Матч выиграла Энн Гилрой"));
        assertEquals(List.of("gilroy Гилроя"), found("Обыграли Гилроя со счётом 4/3"));
        assertEquals(List.of("gilroy Гилроем"), found("Вместе с Гилроем"));
        assertEquals(List.of("gilroy Гилрою"), found("Приз достался Гилрою"));
    }
}
