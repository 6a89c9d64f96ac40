package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Which parts of a message are isolated: quoted right-to-left terms, a right-to-left sentence whole, nothing else. */
class BidiIsolatesTest {

    private static final String I = "\u2068";
    private static final String P = "\u2069";

    @Test
    void quotedArabicTermsAreIsolatedInsideTheirQuotes() {
        assertEquals("'" + I + "هالفورسون" + P + "' is a deprecated term for Erik Halvorsen; use '" + I + "هالفورسن" + P + "'",
                BidiIsolates.isolateTerms("'هالفورسون' is a deprecated term for Erik Halvorsen; use 'هالفورسن'"));
        assertEquals("Possible misspelling of the glossary name \"" + I + "حيدر" + P + "\".",
                BidiIsolates.isolateTerms("Possible misspelling of the glossary name \"حيدر\"."));
        assertEquals("the English '1,250' differs from '" + I + "١٢٠٥" + P + "'",
                BidiIsolates.isolateTerms("the English '1,250' differs from '١٢٠٥'"), "Arabic-Indic digits are right-to-left");
    }

    @Test
    void anApostropheIsNotAQuote() {
        String s = "Assad's men met Halvorsen's envoy in 'جنيف'";
        assertEquals("Assad's men met Halvorsen's envoy in '" + I + "جنيف" + P + "'", BidiIsolates.isolateTerms(s));
    }

    @Test
    void aRightToLeftSentenceIsIsolatedWholeAndEnglishIsLeftAlone() {
        assertEquals(I + "كلمة (غير) صحيحة" + P, BidiIsolates.isolateTerms("كلمة (غير) صحيحة"));
        String english = "'Halvorsen' is a deprecated spelling; use 'Halvorsen'";
        assertSame(english, BidiIsolates.isolateTerms(english), "no right-to-left text: the very same string");
        assertSame("Halvorsen", BidiIsolates.isolate("Halvorsen"));
        assertEquals(I + "هالفورسن" + P, BidiIsolates.isolate(I + "هالفورسن" + P), "not isolated twice");
        assertEquals("'هالفورسن' x", BidiIsolates.strip("'" + I + "هالفورسن" + P + "' x\u200E"));
    }
}
