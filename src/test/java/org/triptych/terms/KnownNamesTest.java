package org.triptych.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triptych.model.Concept;
import org.triptych.model.ConceptType;
import org.triptych.model.Glossary;
import org.triptych.model.Language;
import org.triptych.model.Term;

/**
 * Names a translation translates (China | الصين | Китай) proposed from the shipped table of known names, only where
 * the aligned Arabic and Russian write them; on short articles written for these tests.
 */
class KnownNamesTest {

    private static final NameTransliteration SKELETONS = CandidateArticles.SKELETONS;

    private static Map<Language, List<AlignedUnit>> article(String[]... rows) {
        return CandidateArticles.article(rows);
    }

    private static List<TermCandidate> extract(Glossary glossary, KnownNames known, Map<Language, List<AlignedUnit>> a) {
        return new CandidateExtractor(TermMatcher.build(glossary), SKELETONS, known).extract(a);
    }

    private static List<TermCandidate> extract(Map<Language, List<AlignedUnit>> a) {
        return extract(new Glossary("none", List.of()), KnownNames.standard(), a);
    }

    private static TermCandidate find(List<TermCandidate> cs, String en) {
        return cs.stream().filter(c -> c.en().equals(en)).findFirst().orElse(null);
    }

    private static final String[][] TARIFFS = {
        {"China will answer the new tariffs, officials said.",
            "قال مسؤولون إن للصين حق الرد على الرسوم الجديدة.",
            "Официальные лица заявили, что у Китая есть право ответить на новые пошлины."},
        {"Trade with China fell in March, and the White House said talks would go on.",
            "وتراجعت التجارة مع الصين في مارس، وقال بيان للبيت الأبيض إن المحادثات ستستمر.",
            "Торговля с Китаем сократилась в марте, а в Белом доме заявили, что переговоры продолжатся."},
    };

    @Test
    void aTranslatedNameIsProposedWithTheTableFormsWhereTheTargetsWriteIt() {
        List<TermCandidate> cs = extract(article(TARIFFS));
        TermCandidate china = find(cs, "China");
        assertNotNull(china, cs.toString());
        // للصين (a clitic on the article) and Китая, Китаем (inflected) are the table's الصين and Китай
        assertEquals("الصين", china.ar());
        assertEquals("Китай", china.ru());
        assertEquals(ConceptType.PLACE, china.type());
        assertEquals(List.of(0, 1), china.units());
        TermCandidate house = find(cs, "White House");
        assertNotNull(house, cs.toString());
        assertEquals("البيت الأبيض", house.ar());
        assertEquals("Белый дом", house.ru());
        assertEquals(ConceptType.ORGANISATION, house.type());
    }

    @Test
    void withoutTheTableATranslatedNameIsNotProposed() {
        List<TermCandidate> cs = extract(new Glossary("none", List.of()), KnownNames.parse(List.of(), "empty"),
                article(TARIFFS));
        assertNull(find(cs, "China"), cs.toString());
        assertNull(find(cs, "White House"), cs.toString());
    }

    @Test
    void aKnownNameTheTargetDoesNotWriteIsNotProposed() {
        // the Arabic says Beijing for China: the table's الصين is not there, and nothing else is proposed for it
        List<TermCandidate> cs = extract(article(
                new String[] {"China will answer the new tariffs, officials said.",
                    "قال مسؤولون إن بكين سترد على الرسوم الجديدة.",
                    "Официальные лица заявили, что Китай ответит на новые пошлины."},
                new String[] {"Trade with China fell in March.",
                    "وتراجعت التجارة مع بكين في مارس.",
                    "Торговля с Китаем сократилась в марте."}));
        assertNull(find(cs, "China"), cs.toString());
    }

    @Test
    void aKnownNameTakesItsFormsFromTheTableEvenWhereTheTextMisspellsIt() {
        // لوندن has London's letters with a long vowel's letter added: the name is there, the table's لندن is proposed
        Map<Language, List<AlignedUnit>> a = article(
                new String[] {"Protests were held in London on Saturday.",
                    "ونظمت احتجاجات في لوندن يوم السبت.",
                    "В Лондоне в субботу прошли протесты."});
        TermCandidate alone = find(extract(new Glossary("none", List.of()), KnownNames.parse(List.of(), "empty"), a), "London");
        assertEquals("لوندن", alone.ar(), "transliteration alone takes the text's spelling");
        List<TermCandidate> cs = extract(a);
        assertEquals("لندن", find(cs, "London").ar(), cs.toString());
    }

    @Test
    void aRelatedFormShowsTheNameAndTheNameIsProposed() {
        List<TermCandidate> cs = extract(article(
                new String[] {"Labour won the seat by a wide margin.",
                    "وفاز حزب العمال بالمقعد بفارق كبير.",
                    "Лейбористы получили это место с большим отрывом."}));
        TermCandidate labour = find(cs, "Labour");
        assertNotNull(labour, cs.toString());
        assertEquals("حزب العمال", labour.ar());
        assertEquals("Лейбористская партия", labour.ru());
    }

    @Test
    void aKnownNameTheUsersGlossaryHoldsIsLeftOutWhateverEnglishFormItHasThere() {
        // the glossary holds the country as "US"; the article writes "United States"
        Concept us = new Concept("c1", ConceptType.PLACE, "", Map.of(Language.ENGLISH, List.of(Term.preferred("US")),
                Language.RUSSIAN, List.of(Term.preferred("США"))));
        Map<Language, List<AlignedUnit>> a = article(
                new String[] {"The United States will answer the new tariffs.",
                    "وسترد الولايات المتحدة على الرسوم الجديدة.",
                    "Соединенные Штаты ответят на новые пошлины."});
        TermCandidate proposed = find(extract(a), "United States");
        assertNotNull(proposed);
        // of the table's forms, the one the translation wrote (Соединенные Штаты, not the usual США)
        assertEquals("Соединенные Штаты", proposed.ru());
        assertEquals("الولايات المتحدة", proposed.ar());
        List<TermCandidate> cs = extract(new Glossary("user", List.of(us)), KnownNames.standard(), a);
        assertNull(find(cs, "United States"), cs.toString());
    }

    @Test
    void theShippedTableLoadsEveryLineAsANameInThreeLanguages() throws IOException {
        List<String> lines;
        try (InputStream in = KnownNames.class.getResourceAsStream("known-names.tsv")) {
            assertNotNull(in);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        long rows = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        List<Concept> concepts = KnownNames.standard().concepts();
        assertEquals(rows, concepts.size());
        assertTrue(rows >= 150, "rows: " + rows);
        Set<String> english = new HashSet<>();
        for (Concept c : concepts) {
            for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
                assertFalse(c.terms(l).isEmpty(), c.label() + " " + l);
                assertFalse(c.terms(l).get(0).derived(), c.label() + ": its first form is the name");
            }
            for (Term t : c.terms(Language.ENGLISH)) {
                assertTrue(english.add(t.text()), "listed twice: " + t.text());
            }
            assertTrue(c.terms(Language.ARABIC).stream().allMatch(t -> t.text().codePoints()
                    .allMatch(cp -> cp == ' ' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)),
                    c.label() + ": Arabic column");
            assertTrue(c.terms(Language.RUSSIAN).stream().anyMatch(t -> t.text().codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)),
                    c.label() + ": Russian column");
        }
    }

    @Test
    void aMalformedLineIsRefusedNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KnownNames.parse(List.of(
                "# comment", "place\tChina\tالصين\tКитай", "place\tJapan\tاليابان"), "t.tsv"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> KnownNames.parse(List.of("place\tChina\tالصين | \tКитай"), "t"));
        assertThrows(IllegalStateException.class, () -> KnownNames.parse(List.of("thing\tChina\tالصين\tКитай"), "t"));
    }

    @Test
    void aKnownNameInAnotherArabicSpellingIsProposedAsTheTextWritesIt() {
        // the table writes اسكتلندا, بيونغ يانغ, السوفيتي; agencies also write أسكتلندا, بيونج يانج, السوفييتي
        KnownNames table = KnownNames.parse(List.of(
                "place\tScotland\tاسكتلندا\tШотландия",
                "place\tPyongyang\tبيونغ يانغ\tПхеньян",
                "place\tSoviet Union\tالاتحاد السوفيتي\tСоветский Союз"), "t");
        List<TermCandidate> cs = extract(new Glossary("none", List.of()), table, article(
                new String[] {"Scotland and Pyongyang signed nothing in the days of the Soviet Union.",
                    "لم توقع أسكتلندا وبيونج يانج شيئا في أيام الاتحاد السوفييتي.",
                    "Шотландия и Пхеньян ничего не подписали во времена Советского Союза."}));
        assertEquals("أسكتلندا", find(cs, "Scotland").ar(), cs.toString());
        assertEquals("بيونج يانج", find(cs, "Pyongyang").ar(), cs.toString());
        assertEquals("الاتحاد السوفييتي", find(cs, "Soviet Union").ar(), cs.toString());
        // a spelling the table's letters do not allow is still no match
        List<TermCandidate> none = extract(new Glossary("none", List.of()), table, article(
                new String[] {"Scotland signed nothing.", "لم توقع سكوتلاند شيئا.", "Шотландия ничего не подписала."}));
        assertNull(find(none, "Scotland"), none.toString());
    }

    @Test
    void theArabicSpellingsVaryTheHamzaTheLongIAndTheHardG() {
        List<String> forms = KnownNames.arabicSpellings(List.of(Term.of("أوزبكستان", org.triptych.model.TermStatus.PREFERRED)))
                .stream().map(Term::text).toList();
        assertTrue(forms.contains("اوزبكستان"), forms.toString());
        assertTrue(forms.contains("إوزبكستان"), forms.toString());
        assertFalse(forms.contains("أوزبكستان"), "the form itself is not repeated");
        List<String> g = KnownNames.arabicSpellings(List.of(Term.of("ميشيغان", org.triptych.model.TermStatus.PREFERRED)))
                .stream().map(Term::text).toList();
        assertTrue(g.contains("ميشيجان"), g.toString());
        List<String> ya = KnownNames.arabicSpellings(List.of(Term.of("السوفيتي", org.triptych.model.TermStatus.PREFERRED)))
                .stream().map(Term::text).toList();
        assertTrue(ya.contains("السوفييتي"), ya.toString());
        List<String> plural = KnownNames.arabicSpellings(List.of(Term.of("الجمهوريون", org.triptych.model.TermStatus.PREFERRED)))
                .stream().map(Term::text).toList();
        assertTrue(plural.contains("الجمهوريين"), "the plural's other case: " + plural);
    }

    @Test
    void oneNameSpeltTwoWaysIsOneName() {
        assertTrue(KnownNames.sameSpelling("بيرنارد فان", "برنارد فان"), "a long vowel's letter written or not");
        assertTrue(KnownNames.sameSpelling("Ураган Роза", "ураган Роза"), "capitals");
        assertTrue(KnownNames.sameSpelling("غراهام", "جراهام"), "g as غ or ج");
        assertFalse(KnownNames.sameSpelling("كيم", "حكم"));
        assertFalse(KnownNames.sameSpelling("Северная Корея", "Южная Корея"));
    }

    @Test
    void aPartyNamedByItsMembersIsProposedAsTheParty() {
        // Republicans ends as a people's name does, but the table knows it: the Republican Party
        List<TermCandidate> cs = extract(article(
                new String[] {"Republicans in the Senate blocked the bill.",
                    "عرقل الجمهوريون في مجلس الشيوخ مشروع القانون.",
                    "Республиканцы в Сенате заблокировали законопроект."},
                new String[] {"The vote split Republicans again.",
                    "وأدى التصويت إلى انقسام الجمهوريين مجددا.",
                    "Голосование снова расколол республиканцев."}));
        TermCandidate party = cs.stream().filter(c -> "الحزب الجمهوري".equals(c.ar())).findFirst().orElse(null);
        assertNotNull(party, cs.toString());
        assertEquals("Republicans", party.en());
        assertEquals("Республиканская партия", party.ru());
        assertEquals(2, party.count());
    }

    @Test
    void aTableNameTheTextSpellsAnotherWayIsProposedInTheTablesSpelling() {
        // the table writes ميسيسيبي; this Arabic leaves a long vowel's letter out: مسيسيبي is still Mississippi
        KnownNames table = KnownNames.parse(List.of("place\tMississippi\tميسيسيبي\tМиссисипи"), "t");
        List<TermCandidate> cs = extract(new Glossary("none", List.of()), table, article(
                new String[] {"Floods hit Mississippi on Monday.", "ضربت الفيضانات مسيسيبي يوم الاثنين.",
                    "Наводнения обрушились на Миссисипи в понедельник."}));
        TermCandidate state = find(cs, "Mississippi");
        assertNotNull(state, cs.toString());
        assertEquals("ميسيسيبي", state.ar(), "the table's spelling: the glossary holds the standard one");
        assertEquals(ConceptType.PLACE, state.type());
        // a transliteration that is no spelling of the table's form is not taken for it
        KnownNames london = KnownNames.parse(List.of("place\tLondon\tلندن\tЛондон"), "t");
        List<TermCandidate> none = extract(new Glossary("none", List.of()), london, article(
                new String[] {"London voted on Monday.", "صوت المواطنون يوم الاثنين.", "Лондон проголосовал в понедельник."}));
        assertNull(find(none, "London"), none.toString());
    }

    @Test
    void aRenderingInAThirdOfTheNamesUnitsIsEnough() {
        // Brexit three times: the Arabic writes بريكست once and paraphrases it twice; a third of the units is enough
        String[] named = {"Brexit will change trade.", "سيغير بريكست التجارة.", "Brexit изменит торговлю."};
        String[] paraphrased = {"Brexit worries farmers.", "يقلق خروج بريطانيا المزارعين.", "Brexit беспокоит фермеров."};
        List<TermCandidate> cs = extract(article(named, paraphrased, paraphrased));
        TermCandidate brexit = find(cs, "Brexit");
        assertNotNull(brexit, cs.toString());
        assertEquals("بريكست", brexit.ar());
        // in a quarter it is not
        assertNull(find(extract(article(named, paraphrased, paraphrased, paraphrased)), "Brexit"));
    }
}
