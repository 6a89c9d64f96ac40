package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triptych.terms.TestConcepts.concept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.ConceptType;
import org.triptych.model.Finding;
import org.triptych.model.Glossary;
import org.triptych.model.Language;

/**
 * A person named in full in the English whom the version renders by the surname alone, the word before it one slip
 * from the given name: the surname is the glossary's short form, so without this the misspelt name would pass.
 * Sentences written for Triptych.
 */
class MisspeltGivenNameTest {

    private final TranslationChecker checker = new TranslationChecker(new Glossary("people", List.of(
            concept("dana-whitlock", ConceptType.PERSON, "Dana Whitlock", "دانا ويتلوك", "Дана Уитлок"),
            concept("oslo", ConceptType.PLACE, "Oslo", "أوسلو", "Осло"))));

    private List<String> alarms(Language l, String en, String tg) {
        return checker.check(l, List.of(AlignedUnit.line(0, en, tg)), false).stream()
                .filter(f -> f.kind().equals("possible") || f.kind().equals("missing"))
                .map(f -> f.kind() + " " + f.concept() + " " + f.text()).toList();
    }

    @Test
    void aGivenNameOneSlipFromTheGlossarysBesideTheSurnameIsReported() {
        assertEquals(List.of("possible dana-whitlock Днаа Уитлок"),
                alarms(Language.RUSSIAN, "Dana Whitlock arrived in Oslo.", "Днаа Уитлок прибыла в Осло."));
        assertEquals(List.of("possible dana-whitlock دناا ويتلوك"),
                alarms(Language.ARABIC, "Dana Whitlock arrived in Oslo.", "وصلت دناا ويتلوك إلى أوسلو."));
    }

    @Test
    void aGivenNameLeftOutOrInflectedIsNoSlip() {
        assertEquals(List.of(), alarms(Language.RUSSIAN, "Minister Dana Whitlock arrived in Oslo.",
                "Министр Уитлок прибыла в Осло."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "They met Dana Whitlock in Oslo.",
                "Они встретились с Даной Уитлок в Осло."));
        assertEquals(List.of(), alarms(Language.RUSSIAN, "Whitlock arrived in Oslo.", "Дона Уитлок прибыла в Осло."),
                "the English names her by the surname alone: the word before is not the given name to check");
    }

    @Test
    void oneSlipIsASwapOrOneLetterReplacedAddedOrLeftOut() {
        assertTrue(TermChecker.oneSlip("доанльд", "дональд"));
        assertTrue(TermChecker.oneSlip("доналд", "дональд"));
        assertTrue(TermChecker.oneSlip("донольд", "дональд"));
        assertFalse(TermChecker.oneSlip("дональд", "дональд"));
        assertFalse(TermChecker.oneSlip("рональд", "дональд"), "another first letter is another name");
        assertFalse(TermChecker.oneSlip("дон", "дональд"));
    }
}
