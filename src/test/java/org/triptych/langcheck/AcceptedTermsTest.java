package org.triptych.langcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class AcceptedTermsTest {

    private final AcceptedTerms terms = AcceptedTerms.of(List.of("Ахрар аш-Шам", "دي ميستورا", "Erdoğan's party",
            "Богданов"));

    @Test
    void wordsOfPhrasesAreAcceptedCaseInsensitively() {
        assertTrue(terms.acceptsWord(Language.RUSSIAN, "ахрар"));
        assertTrue(terms.acceptsSpan(Language.RUSSIAN, "аш-Шам"));
        assertTrue(terms.acceptsSpan(Language.ENGLISH, "ERDOĞAN"));
        assertFalse(terms.acceptsSpan(Language.ENGLISH, "Erdogan party"), "unaccented form is another word");
        assertFalse(terms.acceptsSpan(Language.RUSSIAN, "Ахрар недля"), "one unknown word keeps the span");
    }

    @Test
    void arabicPrefixesDiacriticsAndTatweelAreLookedThrough() {
        assertTrue(terms.acceptsWord(Language.ARABIC, "لميستورا"));
        assertTrue(terms.acceptsWord(Language.ARABIC, "وميستورا"));
        assertTrue(terms.acceptsWord(Language.ARABIC, "ميسـتورا"));
        assertTrue(terms.acceptsWord(Language.ARABIC, "مِيستورا"));
        assertFalse(terms.acceptsWord(Language.ARABIC, "ميستور"));
    }

    @Test
    void russianInflectedFormsShareTheStem() {
        assertTrue(terms.acceptsWord(Language.RUSSIAN, "Богданова"));
        assertTrue(terms.acceptsWord(Language.RUSSIAN, "Богдановым"));
        assertFalse(terms.acceptsWord(Language.RUSSIAN, "Богатов"));
    }

    @Test
    void tokensKeepInnerApostrophesAndIgnoreInvisibleCharacters() {
        assertEquals(List.of("O'Neill", "said", "dar\u200Dk"), AcceptedTerms.tokens("O'Neill said: dar\u200Dk!"));
        assertEquals("ميستورا", AcceptedTerms.normalise("ميـستورا\u200F"));
    }

    @Test
    void eachNewSetHasANewGeneration() {
        AcceptedTerms more = terms.plus(List.of("Quirrelbant"));
        assertNotEquals(terms.generation(), more.generation());
        assertEquals(0, AcceptedTerms.none().generation());
        assertTrue(more.acceptsWord(Language.ENGLISH, "Quirrelbant"));
        assertFalse(terms.acceptsWord(Language.ENGLISH, "Quirrelbant"));
    }

    @Test
    void editDistanceOfOneCoversSwapsInsertionsDeletionsAndReplacements() {
        assertTrue(EditDistance.atMostOne("germnay", "germany"));
        assertTrue(EditDistance.atMostOne("untill", "until"));
        assertTrue(EditDistance.atMostOne("unti", "until"));
        assertTrue(EditDistance.atMostOne("untal", "until"));
        assertFalse(EditDistance.atMostOne("quirrelbant", "quarrel"));
        assertFalse(EditDistance.atMostOne("abcd", "badc"));
    }
}
