package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

/** Entry forms beside an English name, as glossary candidates hold them: Arabic without clitics, Russian nominative. */
class NameBaseFormsTest {

    private static final BaseForms ARABIC = LanguageProfile.of(Language.ARABIC).baseForms();
    private static final BaseForms RUSSIAN = LanguageProfile.of(Language.RUSSIAN).baseForms();

    @Test
    void arabicCliticsTheEnglishNameDoesNotExplainAreCutOff() {
        assertEquals("ترامب", ARABIC.beside("لترامب", "Trump"));
        assertEquals("ترامب", ARABIC.beside("وترامب", "Trump"));
        assertEquals("ترامب", ARABIC.beside("ولترامب", "Trump"), "a conjunction, then a preposition");
        assertEquals("مانيلا", ARABIC.beside("بمانيلا", "Manila"));
        assertEquals("المكسيك", ARABIC.beside("للمكسيك", "Mexico"), "ل before the article, its alef dropped");
    }

    @Test
    void aFirstLetterTheNameBeginsWithIsTheNamesOwn() {
        assertEquals("لندن", ARABIC.beside("لندن", "London"));
        assertEquals("ويلز", ARABIC.beside("ويلز", "Wales"));
        assertEquals("بيتسبرغ", ARABIC.beside("بيتسبرغ", "Pittsburgh"));
        assertEquals("كولونيا", ARABIC.beside("كولونيا", "Cologne"));
        assertEquals("فرانشيسكو", ARABIC.beside("وفرانشيسكو", "Francesco"), "و before F: the conjunction");
        assertEquals("واشنطن", ARABIC.beside("وواشنطن", "Washington"), "a doubled و: the first is the conjunction");
        assertEquals("لندن", ARABIC.beside("للندن", "London"), "a doubled ل: the first is the preposition");
    }

    @Test
    void russianNamesGoToTheNominative() {
        assertEquals("Трамп", RUSSIAN.beside("Трампа", "Trump"));
        assertEquals("Трамп", RUSSIAN.beside("Трампу", "Trump"));
        assertEquals("Манила", RUSSIAN.beside("Маниле", "Manila"));
        assertEquals("Макилрой", RUSSIAN.beside("Макилроя", "McIlroy", BaseForms.NamePart.SURNAME), "oy: a glide, й");
        assertEquals("Макилрой", RUSSIAN.beside("Макилрой", "McIlroy", BaseForms.NamePart.SURNAME));
    }

    @Test
    void aRussianWordEndingAsTheEnglishSoundsIsKeptAsWritten() {
        assertEquals("Джанет", RUSSIAN.beside("Джанет", "Janet", BaseForms.NamePart.GIVEN));
        assertEquals("Пелли", RUSSIAN.beside("Пелли", "Pelley", BaseForms.NamePart.SURNAME));
        assertEquals("Гранде", RUSSIAN.beside("Гранде", "Grande", BaseForms.NamePart.SURNAME));
        assertEquals("Элизабет", RUSSIAN.beside("Элизабет", "Elisabeth", BaseForms.NamePart.GIVEN));
    }

    @Test
    void aNameEndingInMIsNotTakenForItsInstrumental() {
        // Рамом ends in м as Rahm does, but it is Рам with the instrumental -ом; Том and Салем are names themselves
        assertEquals("Рам", RUSSIAN.beside("Рамом", "Rahm"));
        assertEquals("Хаким", RUSSIAN.beside("Хакимом", "Hakeem"));
        assertEquals("Ын", RUSSIAN.beside("Ыном", "Un"), "a short name too");
        assertEquals("Том", RUSSIAN.beside("Томом", "Tom"));
        assertEquals("Том", RUSSIAN.beside("Том", "Tom"));
        assertEquals("Салем", RUSSIAN.beside("Салем", "Salem"));
    }

    @Test
    void aNameInOuDoesNotDecline() {
        // Snow ends in a consonant letter, but Сноу is the name in every case, not Сно with an ending
        assertEquals("Сноу", RUSSIAN.beside("Сноу", "Snow"));
        assertEquals("Харлоу", RUSSIAN.beside("Харлоу", "Harlow"));
    }

    @Test
    void anEAfterADoubledConsonantIsSilent() {
        // Nashville ends in a consonant sound: Нэшвилле is its prepositional case
        assertEquals("Нэшвилл", RUSSIAN.beside("Нэшвилле", "Nashville"));
    }

    @Test
    void aNameBeginningWithWAndALongOKeepsBothWaw() {
        assertEquals("وودز", ARABIC.beside("وودز", "Woods"), "W and oo, not and + ودز");
        assertEquals("وودز", ARABIC.beside("ووودز", "Woods"), "and + Woods");
        assertEquals("واشنطن", ARABIC.beside("وواشنطن", "Washington"));
    }

    @Test
    void aWawBeforeAnAlefIsAndBeforeANameBeginningWithAVowel() {
        // Omaha is written أوماها: the alef carries its first vowel, so the و before it is a conjunction
        assertEquals("أوماها", ARABIC.beside("وأوماها", "Omaha"));
        assertEquals("أوستن", ARABIC.beside("وأوستن", "Austin"));
        // before W, و and alef are the name's W and long a (واين, Wayne)
        assertEquals("واين", ARABIC.beside("واين", "Wayne"));
    }

    @Test
    void aSurnameSpeltLikeAnAdjectiveFormIsTheNameWithACaseEnding() {
        // Спитом reads as the adjective спитой, but its stem already ends as Spieth sounds: the instrumental of Спит
        assertEquals("Спит", RUSSIAN.beside("Спитом", "Spieth", BaseForms.NamePart.SURNAME));
        // a place's adjective stays one (Лондонской газете: Лондонский)
        assertEquals("Лондонский", RUSSIAN.beside("Лондонской", "London"));
    }
}
