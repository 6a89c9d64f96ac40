package org.triptych.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;
import org.triptych.model.Sentence;

class SentenceSegmenterTest {

    private static List<String> split(Language lang, String text) {
        List<Sentence> sentences = SentenceSegmenter.forLanguage(lang).split(text);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets point at the sentence");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void englishAbbreviationsNumbersAndQuotesDoNotBreakSentences() {
        List<String> s = split(Language.ENGLISH,
                "The U.N. envoy, Mr. Haddad, met Dr. Olsen at 4.30 p.m. in Geneva. \"We will not give up,\" he said. "
                        + "\"Why now?\" she asked. Aid rose by 2.5 percent to $1,250.75 million.");
        assertEquals(List.of(
                "The U.N. envoy, Mr. Haddad, met Dr. Olsen at 4.30 p.m. in Geneva.",
                "\"We will not give up,\" he said.",
                "\"Why now?\" she asked.",
                "Aid rose by 2.5 percent to $1,250.75 million."), s);
    }

    @Test
    void englishTitleBeforeNameIsNotASentenceEnd() {
        assertEquals(1, split(Language.ENGLISH, "They spoke to Gen. Marlow and Sen. Price on Monday.").size());
    }

    @Test
    void russianAbbreviationsDatesAndDashQuotes() {
        List<String> s = split(Language.RUSSIAN,
                "Спецпосланник ООН, т.е. г-н Карпов, прибыл 3 марта 2024 г. в Женеву. «Мы не отступим», — сказал он. "
                        + "Встреча прошла на ул. им. Горького. Что дальше? Этого никто не знает.");
        assertEquals(List.of(
                "Спецпосланник ООН, т.е. г-н Карпов, прибыл 3 марта 2024 г. в Женеву.",
                "«Мы не отступим», — сказал он.",
                "Встреча прошла на ул. им. Горького.",
                "Что дальше?",
                "Этого никто не знает."), s);
    }

    @Test
    void russianAttributionAfterAQuotedQuestionStaysWithIt() {
        assertEquals(List.of("«Зачем нам туда ехать?» — спросил он.", "Ответа не было."),
                split(Language.RUSSIAN, "«Зачем нам туда ехать?» — спросил он. Ответа не было."));
    }

    @Test
    void arabicQuestionMarkAndArabicIndicDigits() {
        List<String> s = split(Language.ARABIC,
                "قال المبعوث إن المحادثات ستستأنف الأسبوع المقبل. هل ستنجح المفاوضات هذه المرة؟ "
                        + "وأضاف أن ١٢٥٠ أسرة عادت إلى منازلها، بحسب الوكالة.");
        assertEquals(3, s.size(), s.toString());
        assertTrue(s.get(1).endsWith("؟"));
        assertTrue(s.get(2).contains("١٢٥٠"));
    }

    @Test
    void offsetsSkipSurroundingWhiteSpaceAndBlankTextHasNoSentences() {
        List<Sentence> s = SentenceSegmenter.forLanguage(Language.ENGLISH).split("  First one.   Second one.  ");
        assertEquals(2, s.size());
        assertEquals(2, s.get(0).start());
        assertEquals("Second one.", s.get(1).text());
        assertTrue(SentenceSegmenter.forLanguage(Language.ENGLISH).split("   ").isEmpty());
    }

    @Test
    void languagesWithoutLanguageToolModuleUsePunctuation() {
        List<Sentence> s = SentenceSegmenter.forLanguage(Language.of("fr")).split("Il est venu. Elle est partie !");
        assertEquals(2, s.size());
    }

    @Test
    void threadsSplittingAtOnceGetWhatOneThreadGets() throws Exception {
        java.util.Map<Language, List<String>> paragraphs = new java.util.LinkedHashMap<>();
        for (Language l : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN)) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/org/triptych/sample/article-" + l.code() + ".txt")) {
                paragraphs.put(l, List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n\n")));
            }
        }
        java.util.Map<Language, List<List<String>>> serial = new java.util.LinkedHashMap<>();
        paragraphs.forEach((l, ps) -> serial.put(l, ps.stream().map(p -> split(l, p)).toList()));
        int threads = 4;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<java.util.Map<Language, List<List<String>>>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    java.util.Map<Language, List<List<String>>> mine = new java.util.LinkedHashMap<>();
                    for (int round = 0; round < 5; round++) {
                        paragraphs.forEach((l, ps) -> mine.put(l, ps.stream().map(p -> split(l, p)).toList()));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (var r : runs) {
                assertEquals(serial, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
