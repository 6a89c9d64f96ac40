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
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;
import org.triptych.model.TermStatus;

/**
 * Arabic as translators write it: a borrowed name with the article, a preposition on a short letter-name, terms in
 * text that lost its spaces next to words that are themselves glossary words. Sentences written for Triptych.
 */
class ArabicWrittenFormsTest {

    private static TermMatcher matcher;

    @BeforeAll
    static void glossary() {
        matcher = TermMatcher.build(new Glossary("test", List.of(
                concept("megxit", ConceptType.EVENT, "Megxit", "ميغزيت"),
                concept("gorse", ConceptType.PLACE, "Gorse Hill", "غورس هيل"),
                concept("rock", ConceptType.PERSON, "Chris Rock|Rock", "كريس روك|روك"),
                concept("cbs", ConceptType.ORGANISATION, "CBS", "سي بي أس"),
                concept("ri", ConceptType.PERSON, "Ri", "ري"),
                concept("nhs", ConceptType.ORGANISATION, "NHS", "هيئة الخدمات الصحية الوطنية"),
                concept("damon", ConceptType.PERSON, "Matt Damon", "مات دامون"),
                concept("raymond-so", ConceptType.PERSON, "Raymond So", "ريموند سو"),
                concept("cnn", ConceptType.ORGANISATION, "CNN", "سي ان ان"))));
    }

    private static List<String> found(String text) {
        return matcher.find(Language.ARABIC, text).stream().map(m -> m.conceptId() + " " + m.text()).toList();
    }

    @Test
    void aBorrowedNameWithTheArticleIsTheName() {
        assertEquals(List.of("megxit الميغزيت"), found("تحدث الوزير عن الميغزيت أمس"));
        assertEquals(List.of("megxit والميغزيت"), found("والميغزيت"));
        assertEquals(List.of("gorse للغورس هيل"), found("سافر للغورس هيل"));
        // but a person's name takes no article: الروك is rock music
        assertEquals(List.of(), found("أكاديمية كمدرسة الروك"));
        assertEquals(List.of("rock روك"), found("قال روك"));
    }

    @Test
    void aPrepositionOnATwoLetterWordCountsInsideATermOfSeveralWords() {
        assertEquals(List.of("cbs لسي بي أس"), found("محطة تابعة لسي بي أس"));
        // alone, two letters left by a clitic are too little: لري is not Ri
        assertEquals(List.of(), found("قال لري"));
        assertEquals(List.of("ri ري"), found("قال ري"));
    }

    @Test
    void aTokenThatIsAGlossaryWordStaysWholeWhenItsNeighbourIsGlued() {
        // الخدمات holds مات (of Matt Damon) at its end; cut there, the glued NHS beside it would be lost
        assertEquals(List.of("nhs هيئة الخدمات الصحية الوطنية"),
                found("وسيقوم موظفو هيئة الخدمات الصحية الوطنيةوالمتطوعون أيضًا بإجراء استطلاعات"));
    }

    @Test
    void aTwoLetterTermWordEndsAGluedTokenAfterATermWordOrAWordFinalLetter() {
        assertEquals(List.of("raymond-so ريموندسو"), found("ساعد ريموندسو في تصميم الدورة"));
        assertEquals(List.of("cnn سي ان ان"), found("حسب تقرير وكالةسي ان ان الإخبارية"));
        // two letters inside a word, with no such evidence, are left alone
        assertEquals(List.of(), found("قال التقريرسي ان ان"));
    }
}
