package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class TranslationMemoryTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language AR = Language.ARABIC;
    private static final Language RU = Language.RUSSIAN;

    private static TranslationMemory memory() {
        return TranslationMemory.builder()
                .add(EN, "The Security Council extended the mission in Hodeidah.", RU,
                        "Совет Безопасности продлил миссию в Ходейде.", "a.tmx")
                .add(EN, "The UN sent 30 trucks with 1,200 tonnes of food.", AR,
                        "أرسلت الأمم المتحدة ٣٠ شاحنة تحمل ١٬٢٠٠ طن من الغذاء.", "a.tmx")
                .add(EN, "The UN sent 30 trucks with 1,200 tonnes of food.", RU,
                        "ООН отправила 30 грузовиков с 1,200 тоннами продовольствия.", "a.tmx")
                .add(EN, "Erik Halvorsen welcomed the vote in New York.", RU,
                        "Эрик Халворсен приветствовал голосование в Нью-Йорке.", "b.tmx")
                .add(EN, "The Security Council extended the mission in Hodeidah.", RU,
                        "СБ продлил миссию в Ходейде.", "b.tmx")
                .build();
    }

    private static Optional<MemoryMatch> match(TranslationMemory m, Language to, String text, int min) {
        return m.bestMatch(EN, to, text, min, List.of());
    }

    @Test
    void anExactMatchReproducesTheStoredTargetAndTheFirstMemoryWins() {
        MemoryMatch m = match(memory(), RU, "The Security Council extended the mission in Hodeidah.", 75).orElseThrow();
        assertEquals(100, m.score());
        assertEquals(MemoryMatch.Kind.EXACT, m.kind());
        assertEquals("Совет Безопасности продлил миссию в Ходейде.", m.target());
        assertEquals("a.tmx", m.origin());
        assertEquals(100, match(memory(), RU, "  The Security Council extended the mission\n in Hodeidah. ", 75)
                .orElseThrow().score(), "spacing is not a difference");
    }

    @Test
    void aFuzzyMatchScoresTheWordsThatNeedNoEditAndKeepsTheStoredTarget() {
        // 8 words, one replaced: 7/8 = 87.5 -> 87
        MemoryMatch m = match(memory(), RU, "The Security Council renewed the mission in Hodeidah.", 75).orElseThrow();
        assertEquals(MemoryMatch.Kind.FUZZY, m.kind());
        assertEquals(87, m.score());
        assertEquals("Совет Безопасности продлил миссию в Ходейде.", m.target());
        assertEquals("The Security Council extended the mission in Hodeidah.", m.storedSource());
        // punctuation only: the same words, not the same text
        assertEquals(99, match(memory(), RU, "The Security Council extended the mission in Hodeidah!", 75).orElseThrow().score());
    }

    @Test
    void theThresholdIsInclusiveAndNothingBelowItIsOffered() {
        // 8 words, two replaced: 6/8 = 75
        String twoOff = "The Security Council ended the mission near Hodeidah.";
        assertEquals(75, match(memory(), RU, twoOff, 75).orElseThrow().score());
        assertTrue(match(memory(), RU, twoOff, 76).isEmpty());
        assertTrue(match(memory(), RU, "Fighting resumed near the port overnight.", 75).isEmpty());
        assertTrue(match(memory(), AR, "The Security Council extended the mission in Hodeidah.", 75).isEmpty(),
                "no unit for this pair");
    }

    @Test
    void onlyNumbersDifferingPutsTheNewNumbersInTheTargetInItsOwnDigits() {
        String text = "The UN sent 45 trucks with 2,500 tonnes of food.";
        MemoryMatch ar = match(memory(), AR, text, 75).orElseThrow();
        assertEquals(MemoryMatch.Kind.PLACEABLE, ar.kind());
        assertEquals(99, ar.score());
        assertEquals("أرسلت الأمم المتحدة ٤٥ شاحنة تحمل ٢٬٥٠٠ طن من الغذاء.", ar.target());
        assertEquals("ООН отправила 45 грузовиков с 2,500 тоннами продовольствия.", match(memory(), RU, text, 75).orElseThrow().target());
    }

    @Test
    void aNumberTheTargetDoesNotHoldIsNotGuessed() {
        TranslationMemory m = TranslationMemory.builder()
                .add(EN, "The UN sent 30 trucks of food aid.", RU, "ООН отправила тридцать грузовиков с продовольствием.", "a").build();
        MemoryMatch got = match(m, RU, "The UN sent 45 trucks of food aid.", 75).orElseThrow();
        assertEquals(MemoryMatch.Kind.FUZZY, got.kind());
        assertEquals(87, got.score());
        assertEquals("ООН отправила тридцать грузовиков с продовольствием.", got.target());
    }

    @Test
    void onlyGlossaryNamesDifferingPutsTheOtherNamesTranslationInTheTarget() {
        List<GlossaryEntry> glossary = List.of(new GlossaryEntry("Erik Halvorsen", "Эрик Халворсен"),
                new GlossaryEntry("Hans Grundberg", "Ханс Грундберг"),
                new GlossaryEntry("New York", "Нью-Йорке"), new GlossaryEntry("Geneva", "Женеве"));
        MemoryMatch m = memory().bestMatch(EN, RU, "Hans Grundberg welcomed the vote in Geneva.", 75, glossary).orElseThrow();
        assertEquals(MemoryMatch.Kind.PLACEABLE, m.kind());
        assertEquals(99, m.score());
        assertEquals("Ханс Грундберг приветствовал голосование в Женеве.", m.target());
        assertTrue(match(memory(), RU, "Hans Grundberg welcomed the vote in Geneva.", 75).isEmpty(),
                "without the glossary two names of eight words differ: 5/9 words");
    }

    /** The index's shortcut (rarest words, lengths) finds what comparing with every unit would. */
    @Test
    void theIndexFindsTheSameBestMatchAsComparingEveryUnit() {
        Random random = new Random(11);
        String[] words = "the council mission vote said port city aid food trucks envoy talks ceasefire on in of a to and by new"
                .split(" ");
        TranslationMemory.Builder b = TranslationMemory.builder();
        List<List<String>> units = new ArrayList<>();
        for (int u = 0; u < 400; u++) {
            List<String> s = new ArrayList<>();
            for (int k = 0, n = 4 + random.nextInt(10); k < n; k++) {
                s.add(words[random.nextInt(words.length)]);
            }
            units.add(s);
            b.add(EN, String.join(" ", s), RU, "t" + u, "m");
        }
        TranslationMemory m = b.build();
        for (int q = 0; q < 300; q++) {
            List<String> query = new ArrayList<>(units.get(random.nextInt(units.size())));
            for (int edits = random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(query.size());
                switch (random.nextInt(3)) {
                    case 0 -> query.set(at, words[random.nextInt(words.length)]);
                    case 1 -> query.add(at, words[random.nextInt(words.length)]);
                    default -> {
                        if (query.size() > 1) {
                            query.remove(at);
                        }
                    }
                }
            }
            int bruteBest = -1;
            for (List<String> unit : units) {
                int longer = Math.max(unit.size(), query.size());
                int score = (int) Math.floor(100.0 * (longer - levenshtein(query, unit)) / longer + 1e-9);
                bruteBest = Math.max(bruteBest, String.join(" ", unit).equals(String.join(" ", query)) ? 100 : Math.min(99, score));
            }
            Optional<MemoryMatch> got = match(m, RU, String.join(" ", query), 60);
            assertEquals(bruteBest >= 60 ? bruteBest : -1, got.map(MemoryMatch::score).orElse(-1), "query " + query);
        }
    }

    private static int levenshtein(List<String> a, List<String> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.size(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
            }
        }
        return d[a.size()][b.size()];
    }
}
