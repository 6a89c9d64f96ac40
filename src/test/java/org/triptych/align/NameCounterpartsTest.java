package org.triptych.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** A flagged name's counterparts in the other cells of its row, by consonant skeleton. */
class NameCounterpartsTest {

    private static final String EN = "Jordanian Water Minister Salim Haddad said after talks with his Iraqi counterpart,"
            + " Karim Al-Jaburi, that the stations would cost about 4,500,000 dinars.";
    private static final String RU = "Министр водных ресурсов Иордании Салим Хаддад после переговоров с иракским коллегой"
            + " Каримом аль-Джабури заявил, что станции обойдутся примерно в 4 500 000 динаров.";

    @Test
    void anArabicNameMeetsItsEnglishAndInflectedRussianFormsWithTheirArticle() {
        assertEquals(Optional.of("Al-Jaburi"), NameCounterparts.in("الجبوري", Language.ARABIC, EN, Language.ENGLISH));
        assertEquals(Optional.of("аль-Джабури"), NameCounterparts.in("الجبوري", Language.ARABIC, RU, Language.RUSSIAN));
        assertEquals(Optional.of("Халворсеном"), NameCounterparts.in("هالفورسن", Language.ARABIC,
                "после встреч в столице Омана с Эриком Халворсеном, посланником ООН", Language.RUSSIAN));
        assertEquals(Optional.of("Salim"), NameCounterparts.in("Salim", Language.ENGLISH, EN, Language.ENGLISH));
    }

    @Test
    void noWordOfTheCellSharesTheSkeletonOrTheNameIsTooShortToTell() {
        assertEquals(Optional.empty(), NameCounterparts.in("الجبوري", Language.ARABIC, "The weather was fine.", Language.ENGLISH));
        // حداد is one consonant class (T): too little to tell a name from chance
        assertEquals(Optional.empty(), NameCounterparts.in("حداد", Language.ARABIC, EN, Language.ENGLISH));
    }
}
