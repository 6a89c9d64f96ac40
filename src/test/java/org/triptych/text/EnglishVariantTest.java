package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishVariantTest {

    @Test
    void britishSpellingsMakeABritishDocument() {
        assertEquals("en-GB", EnglishVariant.guess(List.of(
                "The centre of the town was 20 metres from the harbour.",
                "Officials recognised that the neighbours had travelled far, and prices rose 3 per cent.")));
    }

    @Test
    void americanSpellingsAndNoEvidenceMakeAnAmericanDocument() {
        assertEquals("en-US", EnglishVariant.guess(List.of("The center recognized the neighbors' favorite color.")));
        assertEquals("en-US", EnglishVariant.guess(List.of("Nothing here tells the two apart.")));
        assertEquals("en-US", EnglishVariant.guess(List.of("The laboratory tour lasted four hours.")),
                "laboratory, tour and four are not British markers");
    }
}
