package org.triptych.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triptych.align.AlignOptions;
import org.triptych.align.SentenceAligner;
import org.triptych.model.AlignmentLevel;
import org.triptych.model.Bead;
import org.triptych.model.Language;

/** The align command's pairs share one English: its signals are found once, and each pair's links are unchanged. */
class ArticleAlignmentTest {

    private static final List<String> EN = List.of(
            "The council approved the budget on Tuesday.",
            "It sets aside 2,254 million dollars for schools.",
            "Mayor Helen Porter called the vote a victory.",
            "The council meets again in March.");
    private static final List<String> AR = List.of(
            "وافق المجلس على الميزانية يوم الثلاثاء.",
            "وتخصص ٢٬٢٥٤ مليون دولار للمدارس.",
            "ووصفت رئيسة البلدية هيلين بورتر التصويت بأنه انتصار.",
            "ويجتمع المجلس مرة أخرى في مارس.");
    private static final List<String> RU = List.of(
            "Во вторник совет утвердил бюджет.",
            "Он выделяет 2 254 миллиона долларов на школы.",
            "Мэр Хелен Портер назвала голосование победой.",
            "Совет снова соберется в марте.");

    @Test
    void bothPairsAskAboutEachEnglishSentenceOnce() throws Exception {
        AtomicInteger englishAsked = new AtomicInteger();
        AlignOptions options = AlignOptions.defaults().withTerms((text, language) -> {
            if (language.equals(Language.ENGLISH)) {
                englishAsked.incrementAndGet();
            }
            return List.of();
        });
        Map<Language, AlignmentInputs> targets = new LinkedHashMap<>();
        targets.put(Language.ARABIC, new AlignmentInputs(Language.ARABIC, null, null, AR));
        targets.put(Language.RUSSIAN, new AlignmentInputs(Language.RUSSIAN, null, null, RU));
        Map<Language, List<Bead>> links = new ArticleAlignment().alignPairs(
                new AlignmentInputs(Language.ENGLISH, null, null, EN), targets, AlignmentLevel.SENTENCE, options);
        assertEquals(EN.size(), englishAsked.get());
        SentenceAligner alone = new SentenceAligner();
        assertEquals(alone.align(EN, AR, Language.ARABIC, AlignOptions.defaults()), links.get(Language.ARABIC));
        assertEquals(alone.align(EN, RU, Language.RUSSIAN, AlignOptions.defaults()), links.get(Language.RUSSIAN));
    }
}
