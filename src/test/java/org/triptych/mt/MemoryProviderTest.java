package org.triptych.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.triptych.mt.MtTestKit.body;
import static org.triptych.mt.MtTestKit.ok;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.triptych.model.Language;

class MemoryProviderTest {

    private static final Language EN = Language.ENGLISH;
    private static final Language RU = Language.RUSSIAN;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** Splits at ". " so the test does not depend on the segmenter's rules. */
    private static final SentenceSplitter SPLIT = (lang, text) -> List.of(text.split("(?<=\\.) "));

    private static TranslationMemory memory() {
        return TranslationMemory.builder()
                .add(EN, "The council met.", RU, "Совет собрался.", "m.tmx")
                .add(EN, "It voted on the mission.", RU, "Он проголосовал по миссии.", "m.tmx")
                .add(EN, "The envoy welcomed the vote on Tuesday.", RU, "Посланник приветствовал голосование во вторник.", "m.tmx")
                .build();
    }

    @Test
    void onItsOwnItAnswersWhatTheMemoryHoldsAndLeavesTheRestEmpty() {
        MemoryProvider p = new MemoryProvider(memory(), 75, SPLIT, DraftChecker.NONE);
        MtResult r = p.translate(MtRequest.of(EN, List.of(RU), List.of("The council met.",
                "The envoy welcomed the vote on Monday.", "Fighting resumed overnight.")));
        List<Draft> drafts = r.draftsFor(RU);
        assertEquals(3, drafts.size());
        assertEquals("Совет собрался.", drafts.get(0).text());
        assertEquals(100, drafts.get(0).memory().score());
        assertEquals("memory", drafts.get(0).provider());
        assertEquals("Посланник приветствовал голосование во вторник.", drafts.get(1).text());
        assertEquals(85, drafts.get(1).memory().score(), "6 of 7 words need no edit");
        assertEquals("", drafts.get(2).text());
        assertNull(drafts.get(2).memory());
        assertEquals(List.of(0, 1, 2), drafts.stream().map(Draft::unit).toList());
    }

    @Test
    void aParagraphIsAnsweredFromItsSentencesOnlyWhenEveryOneHasAMatch() {
        MemoryProvider p = new MemoryProvider(memory(), 75, SPLIT, DraftChecker.NONE);
        MtResult r = p.translate(MtRequest.of(EN, List.of(RU), List.of("The council met. It voted on the mission.",
                "The council met. Fighting resumed overnight.")));
        Draft whole = r.draftsFor(RU).get(0);
        assertEquals("Совет собрался. Он проголосовал по миссии.", whole.text());
        assertEquals(100, whole.memory().score());
        assertEquals(MemoryMatch.Kind.EXACT, whole.memory().kind());
        assertEquals("", r.draftsFor(RU).get(1).text(), "no patchwork of memory and nothing");
    }

    @Test
    void withAMachineProviderOnlyWhatTheMemoryCouldNotAnswerIsSent() throws Exception {
        server.enqueue(ok("{\"translatedText\":[\"Бои возобновились ночью.\"]}"));
        Translator t = MtTestKit.translator(new LibreTranslateProvider(MtTestKit.config(server.url("/").toString(), null)),
                        new MtTestKit.RecordingSleeper(), null)
                .memory(new MemoryProvider(memory(), 75, SPLIT, DraftChecker.NONE)).build();
        MtResult r = t.translate(MtRequest.of(EN, List.of(RU), List.of("The council met.",
                "Fighting resumed overnight.", "The envoy welcomed the vote on Monday.")));
        assertEquals(List.of("Совет собрался.", "Бои возобновились ночью.", "Посланник приветствовал голосование во вторник."),
                r.textsFor(RU));
        assertEquals(List.of("memory", "libretranslate", "memory"), r.draftsFor(RU).stream().map(Draft::provider).toList());
        assertNull(r.draftsFor(RU).get(1).memory());
        assertEquals(1, server.getRequestCount());
        assertEquals("[\"Fighting resumed overnight.\"]", body(server.takeRequest()).path("q").toString());

        MtResult all = t.translate(MtRequest.of(EN, List.of(RU), List.of("The council met.")));
        assertEquals(List.of("Совет собрался."), all.textsFor(RU));
        assertEquals(1, server.getRequestCount(), "nothing sent when the memory answers everything");
        assertEquals(0, all.requests());
    }
}
